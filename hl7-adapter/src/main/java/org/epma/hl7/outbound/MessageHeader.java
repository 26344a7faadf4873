package org.epma.hl7.outbound;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.epma.prescribing.time.HospitalZone;

/**
 * The MSH content of one outbound message. The control id must be unique per sending application, across databases
 * and reinstalls: the outbox gives the database's instance prefix and the row's id, and a resend of the same row
 * carries the same id so the receiver can recognise the repeat.
 *
 * @param zone the zone the message's date-times are written in; they always carry their offset
 */
public record MessageHeader(String controlId, Instant sentAt, ZoneId zone,
                            String sendingApplication, String sendingFacility,
                            String receivingApplication, String receivingFacility,
                            ProcessingId processingId, AcknowledgementMode acknowledgementMode) {

    public static final ZoneId DEFAULT_ZONE = HospitalZone.ZONE;

    public MessageHeader {
        requireText(controlId, "controlId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(zone, "zone");
        requireText(sendingApplication, "sendingApplication");
        requireText(receivingApplication, "receivingApplication");
        sendingFacility = Objects.requireNonNullElse(sendingFacility, "");
        receivingFacility = Objects.requireNonNullElse(receivingFacility, "");
        Objects.requireNonNull(processingId, "processingId");
        Objects.requireNonNull(acknowledgementMode, "acknowledgementMode");
        if (controlId.length() > 20) {
            throw new IllegalArgumentException("controlId is longer than the 20 characters MSH-10 allows: " + controlId);
        }
    }

    /** A header written in the default zone, Europe/London. */
    public MessageHeader(String controlId, Instant sentAt, String sendingApplication, String sendingFacility,
                         String receivingApplication, String receivingFacility,
                         ProcessingId processingId, AcknowledgementMode acknowledgementMode) {
        this(controlId, sentAt, DEFAULT_ZONE, sendingApplication, sendingFacility, receivingApplication,
                receivingFacility, processingId, acknowledgementMode);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
