package org.epma.web.it;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mutated ADT and RDS^O13 messages ({@link Hl7Mutations}) over a real MLLP socket to the application's listener.
 * After each, a message the listener refuses without touching the records (an ORU^R01, which it does not take) marks
 * where the mutant's answers end. Each mutant in a frame must be answered by an acknowledgement (unless it is one, or
 * its MSH-15/16 may ask for none), none may be the AR of a failure inside ePMA ("could not apply the message now"),
 * the listener must not hang up on a frame, and a frame cut off by a peer that hangs up must see the listener close.
 */
final class Hl7ListenerFuzz {

    static final String TARGET = "HL7 listener";
    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'+0000'");
    private static final String FAILURE_INSIDE = "could not apply the message now";
    private static final int READ_TIMEOUT_MILLIS = 20_000;

    private final int port;
    private final long seed;
    private final FuzzTally tally;
    private final AtomicLong serial = new AtomicLong();
    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    Hl7ListenerFuzz(int port, long seed, FuzzTally tally) {
        this.port = port;
        this.seed = seed;
        this.tally = tally;
    }

    /** Valid messages, from Hl7InterfaceIT and docs/hl7.md, about a new patient, a known one, and an order of the known one. */
    private List<String> valid(Map<String, String> order) {
        String msh = "MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|${now}||";
        String known = "PID|1||" + order.get("hospitalNumber") + "^^^HOSPITAL^MR||Target^Fuzz||19700505|F";
        return List.of(
                msh + "ADT^A01^ADT_A01|${id}|P|2.5.1\rEVN|A01|${now}\rPID|1||${hospitalNumber}^^^HOSPITAL^MR||Ifans^Rhiannon^^^Mrs||19790303|F\r"
                        + "PV1|1|I|" + FuzzRecords.WARD + "^^28^HOSPITAL||||C123^Jones^Rhian^^^Dr\rAL1|1|DA|^Latex|MO|Urticaria~Rash\r",
                msh + "ADT^A04^ADT_A01|${id}|P|2.5.1\rEVN|A04|${now}\rPID|1||${hospitalNumber}^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\r",
                msh + "ADT^A08^ADT_A01|${id}|P|2.5.1\rEVN|A08|${now}|||clerk1|${now}\r" + known
                        + "\rPV1|1|I|" + FuzzRecords.WARD + "^^28^HOSPITAL||||C124^Evans^Rhys\rAL1|1|DA|PENICILLIN^penicillin^EPMA|SV|anaphylaxis\r",
                msh + "ADT^A02^ADT_A02|${id}|P|2.5.1\rEVN|A02|${now}\r" + known + "\rPV1|1|I|" + FuzzRecords.WARD + "^^26^HOSPITAL\r",
                msh + "ADT^A03^ADT_A03|${id}|P|2.5.1\rEVN|A03|${now}\r" + known + "\rPV1|1|I|" + FuzzRecords.WARD + "^^26^HOSPITAL\r",
                msh + "ADT^A40^ADT_A39|${id}|P|2.5.1\rEVN|A40|${now}\rPID|1||${hospitalNumber}^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\r"
                        + "MRG|${otherHospitalNumber}^^^HOSPITAL^MR\r",
                "MSH|^~\\&|PHARMACY|HOSPITAL|EPMA|HOSPITAL|${now}||RDS^O13^RDS_O13|${id}|P|2.5.1\r" + known + "\rORC|RE|order-"
                        + order.get("prescriptionId") + "^EPMA|F998\rRXD|1|PARACETAMOL-TAB-500^Paracetamol 500 mg tablets^EPMA|${now}|56"
                        + "|{tablet}^tablet^UCUM||RX-778|||ph.hughes^Hughes^Elin\rRXR|PO\r");
    }

    /**
     * Sends {@code inputs} mutants on one connection (opening another when one must be hung up), then checks that a
     * valid message is still applied.
     *
     * @param order a verified order of a known patient: its hospitalNumber and prescriptionId
     */
    void run(int inputs, Map<String, String> order) throws IOException {
        Random random = new Random(seed ^ TARGET.hashCode());
        Hl7Mutations mutations = new Hl7Mutations(random);
        List<String> valid = valid(order);
        MllpConnection connection = new MllpConnection(port, READ_TIMEOUT_MILLIS);
        try {
            for (int i = 0; i < inputs; i++) {
                String message = fill(valid.get(random.nextInt(valid.size())));
                Hl7Mutations.Mutant mutant = i == inputs / 3 || i == 2 * inputs / 3 ? mutations.oversized(message) : mutations.mutate(message);
                if (mutant.framing() == Hl7Mutations.Framing.UNTERMINATED) {
                    hangUpInsideAFrame(mutant);
                    continue;
                }
                connection.write(mutant.wire());
                String sync = "SYNC-" + run + "-" + serial.incrementAndGet();
                connection.write(MllpConnection.frame(fill("MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|${now}||ORU^R01^ORU_R01|" + sync
                        + "|P|2.5.1\r").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                List<String> answers = new ArrayList<>();
                boolean synced = false;
                while (!synced) {
                    Optional<String> answer = readFrame(connection);
                    if (answer.isEmpty()) {
                        break;
                    }
                    synced = answer.get().contains("\rMSA|AR|" + sync);
                    if (!synced) {
                        answers.add(answer.get());
                    }
                }
                judge(mutant, answers, synced);
                if (!synced) {
                    connection.close();
                    connection = new MllpConnection(port, READ_TIMEOUT_MILLIS);
                }
            }
        } finally {
            connection.close();
        }
    }

    /** The next frame; empty when the listener hung up or said nothing within the read timeout. */
    private static Optional<String> readFrame(MllpConnection connection) throws IOException {
        try {
            return connection.readFrame();
        } catch (SocketTimeoutException silent) {
            return Optional.empty();
        }
    }

    /** A valid message on a new connection after the fuzz: the listener still applies it. */
    String answerToAValidMessage() throws IOException {
        try (MllpConnection connection = new MllpConnection(port, READ_TIMEOUT_MILLIS)) {
            connection.write(MllpConnection.frame(fill("MSH|^~\\&|PAS|HOSPITAL|EPMA|HOSPITAL|${now}||ADT^A04^ADT_A01|${id}|P|2.5.1\r"
                    + "EVN|A04|${now}\rPID|1||${hospitalNumber}^^^HOSPITAL^MR||Ifans^Rhiannon||19790303|F\r")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return connection.readFrame().orElse("(the listener closed the connection)");
        }
    }

    /** A peer that starts a frame and hangs up inside it: the listener closes the connection too. */
    private void hangUpInsideAFrame(Hl7Mutations.Mutant mutant) throws IOException {
        try (MllpConnection connection = new MllpConnection(port, READ_TIMEOUT_MILLIS)) {
            connection.write(mutant.wire());
            connection.endOutput();
            boolean closed = connection.closedByListener();
            tally.count(TARGET, closed ? "closed after a cut-off frame" : "left open");
            if (!closed) {
                tally.fail(TARGET, "the connection stayed open after the peer hung up inside a frame");
            }
        }
    }

    private void judge(Hl7Mutations.Mutant mutant, List<String> answers, boolean synced) {
        String input = mutant.family() + " " + WriteEndpointFuzz.preview(mutant.message());
        if (!synced) {
            tally.count(TARGET, "connection lost");
            tally.fail(TARGET, "the listener hung up (or said nothing for " + READ_TIMEOUT_MILLIS / 1000 + " s) after " + input);
            return;
        }
        if (answers.isEmpty()) {
            tally.count(TARGET, "no answer");
            if (mutant.mustBeAnswered()) {
                tally.fail(TARGET, "no acknowledgement for " + input);
            }
            return;
        }
        List<String> codes = new ArrayList<>();
        for (String answer : answers) {
            int msa = answer.indexOf("\rMSA|");
            codes.add(msa < 0 || answer.length() < msa + 7 ? "not an ACK" : answer.substring(msa + 5, msa + 7));
            if (msa < 0 || !answer.startsWith("MSH|")) {
                tally.fail(TARGET, "an answer that is not an acknowledgement, " + WriteEndpointFuzz.preview(answer.getBytes()) + ", to " + input);
            } else if (answer.contains(FAILURE_INSIDE)) {
                tally.fail(TARGET, "a failure inside ePMA (AR 207) for " + input + " — " + WriteEndpointFuzz.preview(answer.getBytes()));
            }
        }
        tally.count(TARGET, String.join("+", codes));
    }

    private String fill(String template) {
        String now = HL7_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        long n = serial.incrementAndGet();
        return template.replace("${now}", now).replace("${id}", "FZ" + run + "-" + n)
                .replace("${hospitalNumber}", "FH" + run + n).replace("${otherHospitalNumber}", "FH" + run + (n - 1));
    }
}
