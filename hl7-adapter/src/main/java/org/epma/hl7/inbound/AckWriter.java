package org.epma.hl7.inbound;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

import org.epma.hl7.codes.Hl7DateTime;

/**
 * Writes our answers, original-mode ACKs and enhanced-mode accept and application ACKs alike: MSH addressed back
 * to the sender, MSA with the code and the acknowledged control id, and for errors an ERR segment (ERR-3 table
 * 0357 code, ERR-4 severity E, ERR-8 the reason in words). The reason is also in MSA-3, which v2.3 senders read where they know no ERR-8.
 * MSH-12 repeats the sender's version, so a v2.3 sender reads an answer in its own version.
 */
final class AckWriter {

    private final PipeParser parser;
    private final Clock clock;
    private final ZoneId zone;
    private final String application;
    private final String facility;
    private final String idPrefix;
    private final AtomicLong sequence = new AtomicLong();

    AckWriter(PipeParser parser, Clock clock, ZoneId zone, String application, String facility) {
        this.parser = parser;
        this.clock = clock;
        this.zone = zone;
        this.application = application;
        this.facility = facility;
        // unique across restarts without shared state: the start time in base 36, then a counter
        this.idPrefix = "A" + Long.toString(clock.millis(), 36) + "-";
    }

    String accept(InboundHeader to, String note) {
        return write(to, "AA", note, null);
    }

    String error(InboundHeader to, Hl7ErrorCode code, String reason) {
        return write(to, "AE", reason, code);
    }

    String reject(InboundHeader to, Hl7ErrorCode code, String reason) {
        return write(to, "AR", reason, code);
    }

    /** An answer to bytes that are not an HL7 message at all: there is no header to address it to. */
    String rejectUnaddressed(Hl7ErrorCode code, String reason) {
        return write(new InboundHeader("", "", application, facility, "", "", "", "P", "2.5.1", "", ""), "AR", reason, code);
    }

    /** An enhanced-mode accept acknowledgement: CA (taken), CE or CR (refused before it was applied). */
    String acceptAck(InboundHeader to, String code, Hl7ErrorCode error, String reason) {
        return write(to, code, reason, error);
    }

    /**
     * An enhanced-mode application acknowledgement. Its own MSH-15/16 are NE: we want no accept ACK for it, so
     * a sender that honours MSH-15 does not send one (one that does anyway is read and not answered).
     */
    String applicationAck(InboundHeader to, String code, Hl7ErrorCode error, String reason) {
        return write(to, code, reason, error, true);
    }

    // synchronized: connection threads share this writer and its parser, and an ACK takes microseconds
    /** An original-mode ACK (or accept ACK) with this code; {@code error} null for AA and CA. */
    String write(InboundHeader to, String ackCode, String text, Hl7ErrorCode error) {
        return write(to, ackCode, text, error, false);
    }

    private synchronized String write(InboundHeader to, String ackCode, String text, Hl7ErrorCode error,
                                      boolean wantsNoAcceptAck) {
        try {
            ACK ack = new ACK();
            ack.setParser(parser);
            MSH msh = ack.getMSH();
            msh.getFieldSeparator().setValue("|");
            msh.getEncodingCharacters().setValue("^~\\&");
            set(msh, 3, 1, application.isEmpty() ? to.receivingApplication() : application);
            set(msh, 4, 1, facility.isEmpty() ? to.receivingFacility() : facility);
            set(msh, 5, 1, to.sendingApplication());
            set(msh, 6, 1, to.sendingFacility());
            set(msh, 7, 1, Hl7DateTime.format(clock.instant(), zone));
            set(msh, 9, 1, "ACK");
            if (!to.trigger().isEmpty()) {
                set(msh, 9, 2, to.trigger());
                set(msh, 9, 3, "ACK");
            }
            set(msh, 10, 1, idPrefix + sequence.incrementAndGet());
            set(msh, 11, 1, to.processingId().isEmpty() ? "P" : to.processingId());
            set(msh, 12, 1, to.version().isEmpty() ? "2.5.1" : to.version());
            if (wantsNoAcceptAck) {
                set(msh, 15, 1, "NE");
                set(msh, 16, 1, "NE");
            }
            set(ack.getMSA(), 1, 1, ackCode);
            set(ack.getMSA(), 2, 1, to.controlId());
            set(ack.getMSA(), 3, 1, text == null ? "" : truncate(text, 80));
            if (error != null) {
                ERR err = ack.getERR();
                set(err, 3, 1, error.code());
                set(err, 3, 2, error.text());
                set(err, 3, 3, "HL70357");
                set(err, 4, 1, "E");
                set(err, 8, 1, text);
            }
            return parser.encode(ack);
        } catch (HL7Exception e) {
            // Only our own code can fail here (a field number wrong); the model accepts any text.
            throw new IllegalStateException("could not write an acknowledgement", e);
        }
    }

    /** MSA-3 is 80 characters at most; ERR-8 carries the whole reason. */
    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void set(ca.uhn.hl7v2.model.Segment segment, int field, int component, String value)
            throws HL7Exception {
        if (value != null && !value.isEmpty()) {
            Terser.set(segment, field, 0, component, 1, value);
        }
    }
}
