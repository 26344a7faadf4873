/** The downtime (contingency) medicines chart of a ward: the paper a ward carries on with when the system is down. */
package org.epma.reports.downtime;
