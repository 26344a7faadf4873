/** What every printout shares: the heading (hospital, printed by and when, language, training), the labels, and the PDF engine. */
package org.epma.reports.print;
