/**
 * MLLP, the Minimal Lower Layer Protocol that carries HL7 v2 over TCP: the frame (0x0B, message, 0x1C 0x0D),
 * and a client that sends one message at a time and reads what the receiver acknowledged.
 */
package org.epma.hl7.mllp;
