/**
 * Inbound HL7 v2: the MLLP listener, the events read from ADT and RDS^O13 messages, the handler the application
 * implements to apply them, and the acknowledgements sent back.
 */
package org.epma.hl7.inbound;
