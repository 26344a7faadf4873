/** Printouts as PDF: JasperReports templates (JRXML) filled from the domain's read models. */
package org.epma.reports;
