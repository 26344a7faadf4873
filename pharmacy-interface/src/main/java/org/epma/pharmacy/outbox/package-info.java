/**
 * The outbound port to dispensing systems: order events written to an outbox table in the same transaction as the
 * clinical change, and the claiming, delivery and parking of those messages by whichever sender gets to them.
 */
package org.epma.pharmacy.outbox;
