package org.epma.hl7.outbound;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * The parser the builders encode with. Validation is off because the builders write only what the records
 * allow and the tests read every field back; HAPI's rules would add time to every build. The in-memory id
 * generator stops HAPI writing an id_file into the working directory.
 */
final class OutboundParser {

    private OutboundParser() {
    }

    static PipeParser create() {
        HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        return context.getPipeParser();
    }
}
