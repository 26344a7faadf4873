package org.epma.hl7.inbound;

import java.net.InetAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * Turns one received message into its acknowledgement(s): check the sender, route by MSH-9, parse, read the
 * event, hand it to the application, answer in original mode or, when MSH-15/16 ask, in enhanced mode ({@link
 * #answer}). Whatever goes wrong ends in an answer, never in an exception to the connection.
 * <ul>
 * <li>AR: not HL7, a sender not on the list for its address, a type or event we do not take, a message HAPI
 * cannot parse, or the handler failing in a way that may pass (the sender tries again later).</li>
 * <li>AE: content we read and refuse (missing PID, unknown sex code, A40 without MRG…), or the handler's
 * {@link MessageRefused}: resending the same message will not help.</li>
 * <li>AA: applied, or a repeat of a message already applied.</li>
 * </ul>
 * Messages of versions 2.3 to 2.5.1 (and later 2.x) are parsed into the v2.5.1 model, and fields are read by
 * number, which v2 keeps stable across versions. HAPI's validation is off: the readers check what ePMA relies on
 * and say which field is wrong, where HAPI would refuse a whole message for a field we do not read.
 * Safe for use by several connection threads at once.
 */
public final class MessageReceiver {

    private static final System.Logger LOG = System.getLogger(MessageReceiver.class.getName());
    /** MSH-10's length in v2.5.1 and later, and the column that keeps it. */
    static final int MOST_CONTROL_ID = 199;

    private final InboundHandler handler;
    private final Clock clock;
    private final ZoneId zone;
    private final ThreadLocal<PipeParser> parsers;
    private final AckWriter acks;
    private final SenderAllowList senders;

    /**
     * @param zone the zone of date-times sent without an offset
     * @param application our name for MSH-3 of the ACKs; empty to repeat the message's MSH-5
     * @param facility our facility for MSH-4 of the ACKs; empty to repeat the message's MSH-6
     * @param senders who may send what from where
     */
    public MessageReceiver(InboundHandler handler, Clock clock, ZoneId zone, String application, String facility,
                           SenderAllowList senders) {
        this.handler = handler;
        this.clock = clock;
        this.zone = zone;
        this.senders = senders;
        // a parser per thread: HAPI does not promise that one parser may parse on several threads at once
        this.parsers = ThreadLocal.withInitial(MessageReceiver::newParser);
        this.acks = new AckWriter(newParser(), clock, zone, application, facility);
    }

    /** A receiver that takes messages from any sender. */
    public MessageReceiver(InboundHandler handler, Clock clock, ZoneId zone, String application, String facility) {
        this(handler, clock, zone, application, facility, SenderAllowList.anyone());
    }

    private static PipeParser newParser() {
        HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation());
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        return context.getPipeParser();
    }

    /** The original-mode acknowledgement for one message from a sender already admitted, in ER7. */
    public String receive(String text) {
        Optional<InboundHeader> read = InboundHeader.read(text);
        if (read.isEmpty()) {
            return notHl7(text);
        }
        Verdict verdict = judge(read.get(), text, null);
        return acks.write(read.get(), verdict.code(), verdict.reason(), verdict.error());
    }

    /**
     * The frames to send back for one message that came from {@code from}, in order. Original mode (MSH-15 and
     * MSH-16 empty): one ACK, AA, AE or AR. Enhanced mode: an accept ACK as MSH-15 asks (AL always, ER only for CE
     * or CR, SU only for CA, NE never), then, for a message taken, the application ACK as MSH-16 asks. A message
     * applied or refused on its content is CA, then AA or AE; one rejected (AR in original mode: unknown sender,
     * unsupported type, unparseable, a passing failure) is CR, with no application ACK, since it was not taken.
     * An acknowledgement we receive (the sender's accept ACK for our application ACK) is not answered.
     */
    public List<String> answer(String text, InetAddress from) {
        Optional<InboundHeader> read = InboundHeader.read(text);
        if (read.isEmpty()) {
            return List.of(notHl7(text));
        }
        InboundHeader header = read.get();
        if (header.messageCode().equals("ACK")) {
            LOG.log(System.Logger.Level.DEBUG, "Acknowledgement " + header.controlId() + " from "
                    + header.sendingApplication() + " read; acknowledgements are not answered");
            return List.of();
        }
        Verdict verdict = judge(header, text, from);
        if (!header.enhancedMode()) {
            return List.of(acks.write(header, verdict.code(), verdict.reason(), verdict.error()));
        }
        boolean taken = !verdict.code().equals("AR");
        List<String> frames = new ArrayList<>(2);
        String acceptCode = taken ? "CA" : "CR";
        if (wanted(header.acceptAckType(), taken)) {
            frames.add(acks.acceptAck(header, acceptCode, taken ? null : verdict.error(), taken ? "" : verdict.reason()));
        }
        if (taken && wanted(header.applicationAckType(), verdict.code().equals("AA"))) {
            frames.add(acks.applicationAck(header, verdict.code(), verdict.error(), verdict.reason()));
        }
        return frames;
    }

    /** MSH-15/16 conditions, table 0155: AL always, NE never, ER only on error, SU only on success; empty is AL. */
    private static boolean wanted(String condition, boolean success) {
        return switch (condition) {
            case "NE" -> false;
            case "ER" -> !success;
            case "SU" -> success;
            default -> true;
        };
    }

    private String notHl7(String text) {
        LOG.log(System.Logger.Level.WARNING, "Refused a frame that is not an HL7 message: " + preview(text));
        return acks.rejectUnaddressed(Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR,
                "Not an HL7 v2 message: it does not start with an MSH segment.");
    }

    /** What became of a message: AA, AE or AR, with the table 0357 code and reason for the last two. */
    private record Verdict(String code, Hl7ErrorCode error, String reason) {
        static Verdict accepted(String note) {
            return new Verdict("AA", null, note);
        }
    }

    /** @param from the connection's address; null for a sender already admitted */
    private Verdict judge(InboundHeader header, String text, InetAddress from) {
        if (header.controlId().isEmpty()) {
            return refuse(header, true, Hl7ErrorCode.REQUIRED_FIELD_MISSING, "MSH-10 message control id is empty.");
        }
        if (header.controlId().length() > MOST_CONTROL_ID || header.controlId().chars().anyMatch(Character::isISOControl)) {
            // it is stored to recognise a resend: a longer one, or a NUL, the database refused, which answered AR 207
            return refuse(header, true, Hl7ErrorCode.DATA_TYPE_ERROR, "MSH-10 message control id must be at most "
                    + MOST_CONTROL_ID + " characters without control characters.");
        }
        if (from != null && !senders.admits(header.sendingApplication(), header.sendingFacility(), from)) {
            // 207: table 0357 has no code for "not authorised"; AR tells the sender it was not taken at all
            return refuse(header, true, Hl7ErrorCode.APPLICATION_INTERNAL_ERROR, "Sending application "
                    + header.sendingApplication() + " at facility " + header.sendingFacility() + " may not send from "
                    + from.getHostAddress() + ": it is not in ePMA's list of HL7 senders. Nothing was applied.");
        }
        Optional<AdtTrigger> adt = AdtTrigger.fromCode(header.trigger());
        boolean isAdt = header.messageCode().equals("ADT");
        boolean isDispense = header.messageCode().equals("RDS");
        if (!isAdt && !isDispense) {
            return refuse(header, true, Hl7ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "Message type " + header.messageType() + " is not accepted here; ADT and RDS^O13 are.");
        }
        if ((isAdt && adt.isEmpty()) || (isDispense && !header.trigger().equals("O13"))) {
            return refuse(header, true, Hl7ErrorCode.UNSUPPORTED_EVENT_CODE,
                    "Event " + header.messageType() + " is not accepted here.");
        }
        Optional<String> beyond = MessageBounds.exceeded(text);
        if (beyond.isPresent()) {
            return refuse(header, true, Hl7ErrorCode.DATA_TYPE_ERROR, beyond.get());
        }
        Message message;
        try {
            message = parsers.get().parse(text);
        } catch (HL7Exception unparseable) {
            return refuse(header, true, Hl7ErrorCode.DATA_TYPE_ERROR,
                    "The message could not be parsed: " + unparseable.getMessage());
        } catch (RuntimeException broken) {
            // HAPI fails on some structures with a ClassCastException (a segment without a name inside an RDS^O13),
            // which, not caught here, closed the connection without an answer
            LOG.log(System.Logger.Level.DEBUG, "HAPI failed to parse " + header.controlId(), broken);
            return refuse(header, true, Hl7ErrorCode.DATA_TYPE_ERROR,
                    "The message could not be parsed: its segments are not in an order this message type allows.");
        }
        MessageOrigin origin = new MessageOrigin(header.controlId(), header.sendingApplication(),
                header.sendingFacility(), header.messageType(), header.version(), clock.instant(), ContentDigest.of(text));
        try {
            Receipt receipt;
            if (isAdt) {
                receipt = handler.onAdt(AdtReader.read(message, adt.get(), zone), origin);
            } else {
                List<DispenseEvent> dispenses = DispenseReader.read(message, zone);
                receipt = handler.onDispense(dispenses, origin);
            }
            return Verdict.accepted(receipt == Receipt.REPEAT ? "Repeat of a message already applied." : "");
        } catch (MessageRefused refused) {
            return refuse(header, false, refused.code(), refused.getMessage());
        } catch (HL7Exception unreadable) {
            return refuse(header, true, Hl7ErrorCode.DATA_TYPE_ERROR,
                    "The message could not be read: " + unreadable.getMessage());
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.ERROR, "Handler failed on " + header.messageType() + " " + header.controlId()
                    + " from " + header.sendingApplication(), failed);
            return new Verdict("AR", Hl7ErrorCode.APPLICATION_INTERNAL_ERROR,
                    "ePMA could not apply the message now; send it again later.");
        }
    }

    /** The answer to bytes that did not form an MLLP frame. */
    public String rejectFrame(String reason) {
        return acks.rejectUnaddressed(Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "Broken MLLP frame: " + reason);
    }

    private Verdict refuse(InboundHeader header, boolean reject, Hl7ErrorCode code, String reason) {
        LOG.log(System.Logger.Level.WARNING, (reject ? "Rejected " : "Refused ") + header.messageType() + " "
                + header.controlId() + " from " + header.sendingApplication() + ": " + reason);
        return new Verdict(reject ? "AR" : "AE", code, reason);
    }

    private static String preview(String text) {
        String oneLine = text.replace('\r', ' ').replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }
}
