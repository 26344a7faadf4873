/** How long signed orders waited for pharmacy verification, by ward and by day, with a chart. */
package org.epma.reports.turnaround;
