package org.epma.hl7.mllp;

import java.io.IOException;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * Reads acknowledgements of any version from 2.3 up into the v2.5.1 model (receivers answer in their own
 * version), and writes the accept ACK that enhanced-mode receivers expect for their application ACK.
 */
final class AckReader {

    private final PipeParser parser;

    AckReader() {
        HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation());
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        parser = context.getPipeParser();
    }

    ReceivedAck read(String er7) throws HL7Exception {
        Terser t = new Terser(parser.parse(er7));
        String code = text(t.get("/MSA-1"));
        if (code.isEmpty()) {
            throw new HL7Exception("the answer has no MSA-1 acknowledgement code");
        }
        return new ReceivedAck(code.toUpperCase(java.util.Locale.ROOT), text(t.get("/MSA-2")), errorText(t),
                text(t.get("/MSH-10")), text(t.get("/MSH-15")), er7);
    }

    /** A CA for an application acknowledgement, addressed back to its sender. */
    String acceptAckFor(ReceivedAck applicationAck) throws HL7Exception {
        try {
            Message ack = parser.parse(applicationAck.raw()).generateACK(AcknowledgmentCode.CA, null);
            return parser.encode(ack);
        } catch (IOException e) {
            throw new HL7Exception("could not write an accept acknowledgement", e);
        }
    }

    /**
     * The most specific reason the peer gives: its user message (ERR-8), the original text of its error code
     * (ERR-3.9, where HAPI puts an exception's message), its diagnostic (ERR-7), MSA-3, and only then the code's
     * generic wording.
     */
    private static String errorText(Terser t) throws HL7Exception {
        for (String path : new String[] {"/ERR-8", "/ERR-3-9", "/ERR-7", "/MSA-3", "/ERR-1-4-2", "/ERR-3-2", "/ERR-3-1",
                "/ERR-1-4-1"}) {
            String value = text(t.get(path));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
