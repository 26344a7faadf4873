/** A patient's medicines administration record over a period: every dose scheduled and what happened to it. */
package org.epma.reports.mar;
