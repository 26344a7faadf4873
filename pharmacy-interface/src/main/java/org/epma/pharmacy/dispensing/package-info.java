/** What the dispensing systems report they dispensed for our orders (RDS^O13). */
package org.epma.pharmacy.dispensing;
