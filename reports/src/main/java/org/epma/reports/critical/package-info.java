/** Omitted and delayed doses of critical medicines on a ward, with a chart by day. */
package org.epma.reports.critical;
