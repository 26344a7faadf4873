package org.epma.hl7.outbound;

import java.time.ZoneId;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.group.RDE_O11_ORDER;
import ca.uhn.hl7v2.model.v251.group.RDE_O11_PATIENT;
import ca.uhn.hl7v2.model.v251.message.RDE_O11;
import ca.uhn.hl7v2.model.v251.segment.RXE;
import ca.uhn.hl7v2.parser.PipeParser;

import org.epma.hl7.codes.CodedValue;
import org.epma.hl7.codes.FormCodes;
import org.epma.hl7.codes.UnitCodes;

/**
 * Writes a pharmacist-verified order as RDE^O11 (HL7 v2.5.1) for a dispensing system. Segments, in order:
 * MSH, PID, PV1, AL1 per allergy, ORC, RXE, NTE per instruction, TQ1, RXR, RXC per ingredient (or, for an infusion, per
 * component of the bag: base and additives, with the rate in RXE-23/24 and how long each bag runs in TQ1-13). A discharge
 * supply is a new order of its own (ORC-2 its placer number, ORC-4 the discharge prescription, ORC-29 outpatient) with
 * the quantity to dispense in RXE-10/11 and the days it lasts in TQ1-6.
 * <p>
 * The pharmacist who verified goes in RXE-14 (Pharmacist/Treatment Supplier's Verifier ID): ORC-11
 * (Verified By) is for whoever checked a transcribed order on entry, not for pharmaceutical verification.
 * <p>
 * Keep one builder per thread (like {@link org.epma.hl7.mllp.MllpClient}); it reuses one parser, so a build
 * takes about a tenth of a millisecond once warm.
 */
public final class RdeO11Builder {

    private final PipeParser parser = OutboundParser.create();

    /**
     * @throws IllegalArgumentException when the order has no verifying pharmacist
     */
    public String build(PharmacyOrder order) {
        if (order.verifiedBy() == null) {
            throw new IllegalArgumentException("an RDE^O11 carries a pharmacist-verified order: verifiedBy is required");
        }
        try {
            return parser.encode(toMessage(order));
        } catch (HL7Exception e) {
            throw new IllegalStateException("could not write RDE^O11 for order " + order.placerOrderNumber(), e);
        }
    }

    private RDE_O11 toMessage(PharmacyOrder order) throws HL7Exception {
        ZoneId zone = order.header().zone();
        RDE_O11 message = new RDE_O11();
        message.setParser(parser);
        OrderSegments.header(message.getMSH(), order.header(), "RDE", "O11", "RDE_O11");

        RDE_O11_PATIENT patient = message.getPATIENT();
        OrderSegments.patient(patient.getPID(), order.patient());
        OrderSegments.visit(patient.getPATIENT_VISIT().getPV1(), order.patient(), zone);
        List<KnownAllergy> allergies = order.allergies();
        for (int i = 0; i < allergies.size(); i++) {
            OrderSegments.allergy(patient.getAL1(i), i + 1, allergies.get(i));
        }

        RDE_O11_ORDER group = message.getORDER();
        OrderSegments.commonOrder(group.getORC(), order);
        encodedOrder(group.getRXE(), order);
        List<String> instructions = order.instructions();
        for (int i = 0; i < instructions.size(); i++) {
            OrderSegments.note(group.getNTE(i), i + 1, instructions.get(i));
        }
        OrderSegments.timing(group.getTIMING_ENCODED().getTQ1(), order.timing(), zone);
        OrderSegments.route(group.getRXR(), order);
        if (order.supply() != null) {
            OrderSegments.dischargeSupply(group.getRXE(), group.getTIMING_ENCODED().getTQ1(), order.supply());
        }
        if (order.infusion() != null) {
            OrderSegments.infusionDuration(group.getTIMING_ENCODED().getTQ1(), order.infusion());
            List<OrderedInfusion.Component> components = order.infusion().components();
            for (int i = 0; i < components.size(); i++) {
                OrderSegments.component(group.getRXC(i), components.get(i));
            }
            return message;
        }
        List<Ingredient> ingredients = order.ingredients();
        for (int i = 0; i < ingredients.size(); i++) {
            OrderSegments.component(group.getRXC(i), ingredients.get(i));
        }
        return message;
    }

    private static void encodedOrder(RXE rxe, PharmacyOrder order) throws HL7Exception {
        OrderSegments.coded(rxe, 2, 0, new CodedValue(order.product().code(), order.product().name(),
                order.product().codingSystem()));
        OrderSegments.set(rxe, 3, OrderSegments.amount(order.dose().amount()));
        if (order.dose().upTo() != null) {
            OrderSegments.set(rxe, 4, OrderSegments.amount(order.dose().upTo()));
        }
        OrderSegments.coded(rxe, 5, 0, UnitCodes.coded(order.dose().unit()));
        OrderSegments.coded(rxe, 6, 0, FormCodes.coded(order.form()));
        OrderSegments.clinician(rxe, 14, order.verifiedBy());
        OrderSegments.dailyMaximum(rxe, 19, order);
        if (!order.indication().isEmpty()) {
            OrderSegments.set(rxe, 27, 0, 2, order.indication());
        }
        if (order.infusion() != null) {
            // RXE-23/24 Give Rate Amount and Units: the pump's rate; the dose rate it gives is in the order's NTE
            OrderSegments.set(rxe, 23, OrderSegments.amount(order.infusion().rateMlPerHour()));
            OrderSegments.coded(rxe, 24, 0, UnitCodes.ML_PER_HOUR);
        }
    }
}
