package org.epma.hl7.outbound;

import java.time.ZoneId;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.group.OMP_O09_ORDER;
import ca.uhn.hl7v2.model.v251.group.OMP_O09_PATIENT;
import ca.uhn.hl7v2.model.v251.message.OMP_O09;
import ca.uhn.hl7v2.model.v251.segment.RXO;
import ca.uhn.hl7v2.parser.PipeParser;

import org.epma.hl7.codes.CodedValue;
import org.epma.hl7.codes.FormCodes;
import org.epma.hl7.codes.UnitCodes;

/**
 * Writes an order as the prescriber signed it, before pharmacy verification, as OMP^O09 (HL7 v2.5.1).
 * Segments, in order: MSH, PID, PV1, AL1 per allergy, ORC, TQ1, RXO, NTE per instruction, RXR, RXC per
 * ingredient. A verifying pharmacist, if the record holds one, goes in RXO-15.
 * <p>
 * Keep one builder per thread; it reuses one parser.
 */
public final class OmpO09Builder {

    private final PipeParser parser = OutboundParser.create();

    public String build(PharmacyOrder order) {
        try {
            return parser.encode(toMessage(order));
        } catch (HL7Exception e) {
            throw new IllegalStateException("could not write OMP^O09 for order " + order.placerOrderNumber(), e);
        }
    }

    private OMP_O09 toMessage(PharmacyOrder order) throws HL7Exception {
        ZoneId zone = order.header().zone();
        OMP_O09 message = new OMP_O09();
        message.setParser(parser);
        OrderSegments.header(message.getMSH(), order.header(), "OMP", "O09", "OMP_O09");

        OMP_O09_PATIENT patient = message.getPATIENT();
        OrderSegments.patient(patient.getPID(), order.patient());
        OrderSegments.visit(patient.getPATIENT_VISIT().getPV1(), order.patient(), zone);
        List<KnownAllergy> allergies = order.allergies();
        for (int i = 0; i < allergies.size(); i++) {
            OrderSegments.allergy(patient.getAL1(i), i + 1, allergies.get(i));
        }

        OMP_O09_ORDER group = message.getORDER();
        OrderSegments.commonOrder(group.getORC(), order);
        OrderSegments.timing(group.getTIMING().getTQ1(), order.timing(), zone);
        requestedOrder(group.getRXO(), order);
        List<String> instructions = order.instructions();
        for (int i = 0; i < instructions.size(); i++) {
            OrderSegments.note(group.getNTE(i), i + 1, instructions.get(i));
        }
        OrderSegments.route(group.getRXR(), order);
        List<Ingredient> ingredients = order.ingredients();
        for (int i = 0; i < ingredients.size(); i++) {
            OrderSegments.component(group.getCOMPONENT(i).getRXC(), ingredients.get(i));
        }
        return message;
    }

    private static void requestedOrder(RXO rxo, PharmacyOrder order) throws HL7Exception {
        OrderSegments.coded(rxo, 1, 0, new CodedValue(order.product().code(), order.product().name(),
                order.product().codingSystem()));
        OrderSegments.set(rxo, 2, OrderSegments.amount(order.dose().amount()));
        if (order.dose().upTo() != null) {
            OrderSegments.set(rxo, 3, OrderSegments.amount(order.dose().upTo()));
        }
        OrderSegments.coded(rxo, 4, 0, UnitCodes.coded(order.dose().unit()));
        OrderSegments.coded(rxo, 5, 0, FormCodes.coded(order.form()));
        if (order.verifiedBy() != null) {
            OrderSegments.clinician(rxo, 15, order.verifiedBy());
        }
        if (!order.indication().isEmpty()) {
            OrderSegments.set(rxo, 20, 0, 2, order.indication());
        }
        OrderSegments.dailyMaximum(rxo, 23, order);
    }
}
