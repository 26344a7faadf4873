/**
 * Outbound pharmacy orders: what ePMA tells a dispensing system (the order content records) and the builders
 * that write it as HL7 v2.5.1 RDE^O11 and OMP^O09 messages.
 */
package org.epma.hl7.outbound;
