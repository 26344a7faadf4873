/** The controlled-drug administration register of a ward over a period. */
package org.epma.reports.controlled;
