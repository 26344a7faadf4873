package org.epma.hl7.outbound;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.segment.AL1;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.NTE;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import ca.uhn.hl7v2.model.v251.segment.RXC;
import ca.uhn.hl7v2.model.v251.segment.RXR;
import ca.uhn.hl7v2.model.v251.segment.TQ1;
import ca.uhn.hl7v2.util.Terser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.epma.hl7.codes.CodedValue;
import org.epma.hl7.codes.FrequencyCodes;
import org.epma.hl7.codes.Hl7DateTime;
import org.epma.hl7.codes.RouteCodes;
import org.epma.hl7.codes.SeverityCodes;
import org.epma.hl7.codes.SexCodes;
import org.epma.hl7.codes.UnitCodes;
import org.epma.pharmacy.outbox.OrderControl;
import org.epma.prescribing.formulary.Frequency;

/**
 * Fills the segments RDE^O11 and OMP^O09 share. Fields are set by number through Terser's segment-level
 * setter, so each line reads like the conformance table in docs/hl7.md, and no path is parsed per call.
 */
final class OrderSegments {

    static final String PRIORITY_TABLE = "HL70485";

    private OrderSegments() {
    }

    static void header(MSH msh, MessageHeader header, String code, String trigger, String structure) throws HL7Exception {
        msh.getFieldSeparator().setValue("|");
        msh.getEncodingCharacters().setValue("^~\\&");
        set(msh, 3, header.sendingApplication());
        set(msh, 4, header.sendingFacility());
        set(msh, 5, header.receivingApplication());
        set(msh, 6, header.receivingFacility());
        set(msh, 7, Hl7DateTime.format(header.sentAt(), header.zone()));
        set(msh, 9, 0, 1, code);
        set(msh, 9, 0, 2, trigger);
        set(msh, 9, 0, 3, structure);
        set(msh, 10, header.controlId());
        set(msh, 11, header.processingId().code());
        set(msh, 12, "2.5.1");
        if (header.acknowledgementMode() == AcknowledgementMode.ENHANCED) {
            set(msh, 15, "AL");
            set(msh, 16, "AL");
        }
        set(msh, 18, "UNICODE UTF-8");
    }

    static void patient(PID pid, OrderPatient patient) throws HL7Exception {
        set(pid, 1, "1");
        set(pid, 3, 0, 1, patient.hospitalNumber().value());
        set(pid, 3, 0, 4, patient.hospitalNumberAuthority());
        set(pid, 3, 0, 5, "MR");
        if (patient.nhsNumber() != null) {
            set(pid, 3, 1, 1, patient.nhsNumber().value());
            set(pid, 3, 1, 4, "NHS");
            set(pid, 3, 1, 5, "NH");
        }
        set(pid, 5, 0, 1, patient.familyName());
        set(pid, 5, 0, 2, patient.givenName());
        set(pid, 7, Hl7DateTime.format(patient.birthDate()));
        set(pid, 8, SexCodes.code(patient.sex()));
    }

    static void visit(PV1 pv1, OrderPatient patient, ZoneId zone) throws HL7Exception {
        set(pv1, 1, "1");
        // table 0004: I inpatient; U unknown for a patient on no ward
        set(pv1, 2, patient.wardCode() == null ? "U" : "I");
        if (patient.wardCode() != null) {
            set(pv1, 3, 0, 1, patient.wardCode());
            set(pv1, 3, 0, 3, patient.bed());
        }
        if (patient.attending() != null) {
            clinician(pv1, 7, patient.attending());
        }
        set(pv1, 19, patient.visitNumber());
        if (patient.admittedAt() != null) {
            set(pv1, 44, Hl7DateTime.format(patient.admittedAt(), zone));
        }
    }

    static void allergy(AL1 al1, int setId, KnownAllergy allergy) throws HL7Exception {
        set(al1, 1, String.valueOf(setId));
        coded(al1, 2, 0, new CodedValue(allergy.type().name(), allergy.type().words(), "HL70127"));
        coded(al1, 3, 0, allergy.substance());
        set(al1, 3, 0, 4, allergy.alternate().code());
        set(al1, 3, 0, 5, allergy.alternate().text());
        set(al1, 3, 0, 6, allergy.alternate().system());
        set(al1, 3, 0, 9, allergy.recordedAs());
        coded(al1, 4, 0, new CodedValue(SeverityCodes.code(allergy.severity()),
                SeverityCodes.words(allergy.severity()), SeverityCodes.TABLE));
        set(al1, 5, allergy.reaction());
    }

    static void commonOrder(ORC orc, PharmacyOrder order) throws HL7Exception {
        ZoneId zone = order.header().zone();
        set(orc, 1, order.control().name());
        set(orc, 2, 0, 1, order.placerOrderNumber());
        set(orc, 2, 0, 2, order.header().sendingApplication());
        // ORC-4, placer group: the version an order message describes, or the discharge prescription a supply is part of
        set(orc, 4, 0, 1, order.supply() == null ? order.placerOrderNumber() + "-v" + order.version() : order.supply().dischargeGroup());
        set(orc, 4, 0, 2, order.header().sendingApplication());
        if (order.control() == OrderControl.SC) {
            set(orc, 5, "CM"); // table 0038: the order has run its course (its end passed, or its single dose was given)
        }
        set(orc, 9, Hl7DateTime.format(order.event().at(), zone));
        clinician(orc, 12, order.prescriber());
        set(orc, 15, Hl7DateTime.format(order.timing().start(), zone));
        // ORC-16 is a CWE of a user-defined table; ePMA records reasons as words, so they go in the text component
        set(orc, 16, 0, 2, order.event().reason());
        if (order.supply() != null) {
            // ORC-29, order type (table 0482, I inpatient / O outpatient: "whether the order is to be executed in an inpatient
            // or an outpatient setting"): a discharge supply is taken at home
            coded(orc, 29, 0, DISCHARGE_ORDER_TYPE);
        }
    }

    /** Table 0482 as the ORC-29 of a discharge supply. */
    static final CodedValue DISCHARGE_ORDER_TYPE = new CodedValue("O", "Outpatient Order", "HL70482");

    /**
     * A discharge supply's own fields: RXE-10/11 dispense amount and units (the quantity in the product's own unit), RXE-21
     * special dispensing instructions as the local code {@code TTO} (v2.5.1 has no code for "to take out"), and how many
     * days the supply is meant to last as TQ1-6, service duration (CQ, days in UCUM).
     */
    static void dischargeSupply(Segment rxe, TQ1 tq1, DischargeSupply supply) throws HL7Exception {
        set(rxe, 10, amount(supply.quantity()));
        coded(rxe, 11, 0, UnitCodes.coded(supply.unit()));
        coded(rxe, 21, 0, TO_TAKE_OUT);
        set(tq1, 6, 0, 1, String.valueOf(supply.days()));
        subcomponent(tq1, 6, 2, 1, "d");
        subcomponent(tq1, 6, 2, 2, "day");
        subcomponent(tq1, 6, 2, 3, UnitCodes.SYSTEM);
    }

    /** RXE-21 of a discharge supply: a local code, named for the ward word (TTO, "to take out"). */
    static final CodedValue TO_TAKE_OUT = new CodedValue("TTO", "discharge supply (to take out)", "EPMA");

    static void timing(TQ1 tq1, Timing timing, ZoneId zone) throws HL7Exception {
        set(tq1, 1, "1");
        // RPT-1 is itself a CWE, so the pattern's code, text and table are subcomponents of TQ1-3.1
        CodedValue pattern = FrequencyCodes.coded(timing.frequency());
        subcomponent(tq1, 3, 1, 1, pattern.code());
        subcomponent(tq1, 3, 1, 2, pattern.text());
        subcomponent(tq1, 3, 1, 3, pattern.system());
        if (timing.limits() != null) {
            // RPT-5/RPT-6, period quantity and units: with PRN in TQ1-9, "no more often than every <period>"
            Period interval = Period.of(timing.limits().minimumInterval());
            set(tq1, 3, 0, 5, interval.quantity());
            set(tq1, 3, 0, 6, interval.units());
        }
        List<LocalTime> times = timing.doseTimes();
        for (int i = 0; i < times.size(); i++) {
            set(tq1, 4, i, 1, Hl7DateTime.format(times.get(i)));
        }
        set(tq1, 7, Hl7DateTime.format(timing.start(), zone));
        if (timing.end() != null) {
            set(tq1, 8, Hl7DateTime.format(timing.end(), zone));
        }
        CodedValue priority;
        if (timing.asNeeded()) {
            priority = new CodedValue("PRN", "as needed", PRIORITY_TABLE);
        } else if (timing.frequency() == Frequency.STAT) {
            priority = new CodedValue("S", "stat", PRIORITY_TABLE);
        } else {
            priority = new CodedValue("R", "routine", PRIORITY_TABLE);
        }
        coded(tq1, 9, 0, priority);
        set(tq1, 10, timing.prnCondition());
    }

    /**
     * The most an as-needed order allows in any 24 hours, as a total daily dose (CQ: quantity ^ unit): the largest
     * single dose times the most doses (RXE-19 Total Daily Dose, RXO-23 in OMP^O09). Empty for a regular order.
     */
    static void dailyMaximum(Segment segment, int field, PharmacyOrder order) throws HL7Exception {
        AsNeededLimits limits = order.timing().limits();
        if (limits == null) {
            return;
        }
        BigDecimal largestDose = order.dose().upTo() == null ? order.dose().amount() : order.dose().upTo();
        set(segment, field, amount(largestDose.multiply(BigDecimal.valueOf(limits.maxDosesIn24Hours()))));
        CodedValue unit = UnitCodes.coded(order.dose().unit());
        subcomponent(segment, field, 2, 1, unit.code());
        subcomponent(segment, field, 2, 2, unit.text());
        subcomponent(segment, field, 2, 3, unit.system());
    }

    /** An interval as RPT period quantity and units (S, M, H, D): whole hours in H, otherwise whole minutes in M. */
    private record Period(String quantity, String units) {
        static Period of(Duration interval) {
            if (interval.toMinutesPart() == 0 && interval.toSecondsPart() == 0) {
                return new Period(String.valueOf(interval.toHours()), "H");
            }
            return new Period(String.valueOf(Math.max(1, interval.toMinutes())), "M");
        }
    }

    static void route(RXR rxr, PharmacyOrder order) throws HL7Exception {
        coded(rxr, 1, 0, RouteCodes.coded(order.route()));
    }

    /** Every ingredient of a fixed combination is a base ("B", table 0166): none is added to another. */
    static void component(RXC rxc, Ingredient ingredient) throws HL7Exception {
        set(rxc, 1, "B");
        set(rxc, 2, 0, 2, ingredient.name());
        set(rxc, 3, amount(ingredient.amount()));
        coded(rxc, 4, 0, UnitCodes.coded(ingredient.unit()));
    }

    /** An infusion's bag components: the fluid is the base ("B"), a drug added to it an additive ("A"), table 0166. */
    static void component(RXC rxc, OrderedInfusion.Component component) throws HL7Exception {
        set(rxc, 1, component.type());
        set(rxc, 2, 0, 1, component.code());
        set(rxc, 2, 0, 2, component.name());
        set(rxc, 3, amount(component.amount()));
        coded(rxc, 4, 0, UnitCodes.coded(component.unit()));
    }

    /** TQ1-13 Occurrence Duration (CQ): how long one bag or one intermittent dose runs, in minutes ("min", UCUM). */
    static void infusionDuration(TQ1 tq1, OrderedInfusion infusion) throws HL7Exception {
        if (infusion.minutesEach() != null) {
            set(tq1, 13, 0, 1, String.valueOf(infusion.minutesEach()));
            subcomponent(tq1, 13, 2, 1, "min");
            subcomponent(tq1, 13, 2, 2, "minute");
            subcomponent(tq1, 13, 2, 3, UnitCodes.SYSTEM);
        }
    }

    static void note(NTE nte, int setId, String text) throws HL7Exception {
        set(nte, 1, String.valueOf(setId));
        set(nte, 2, "P");
        set(nte, 3, text);
    }

    /** XCN: id ^ family ^ given ^ further given names ^ ^ prefix (docs/hl7.md, Clinicians). */
    static void clinician(Segment segment, int field, Clinician clinician) throws HL7Exception {
        Clinician.NameParts name = clinician.name();
        set(segment, field, 0, 1, clinician.id());
        set(segment, field, 0, 2, name.family());
        set(segment, field, 0, 3, name.given());
        set(segment, field, 0, 4, name.furtherGiven());
        set(segment, field, 0, 6, name.prefix());
    }

    static void coded(Segment segment, int field, int rep, CodedValue value) throws HL7Exception {
        set(segment, field, rep, 1, value.code());
        set(segment, field, rep, 2, value.text());
        set(segment, field, rep, 3, value.system());
    }

    /** Plain decimal notation: HL7 NM has no exponent, and "1.000" would read as more precise than it is. */
    static String amount(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static void set(Segment segment, int field, String value) throws HL7Exception {
        set(segment, field, 0, 1, value);
    }

    static void set(Segment segment, int field, int rep, int component, String value) throws HL7Exception {
        subcomponent(segment, field, rep, component, 1, value);
    }

    private static void subcomponent(Segment segment, int field, int component, int sub, String value) throws HL7Exception {
        subcomponent(segment, field, 0, component, sub, value);
    }

    private static void subcomponent(Segment segment, int field, int rep, int component, int sub, String value)
            throws HL7Exception {
        if (value != null && !value.isEmpty()) {
            Terser.set(segment, field, rep, component, sub, value);
        }
    }
}
