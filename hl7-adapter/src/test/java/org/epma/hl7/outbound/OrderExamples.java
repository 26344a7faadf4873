package org.epma.hl7.outbound;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.pharmacy.outbox.OrderControl;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.ward.AttendingDoctor;

/** Test orders on realistic content; each method returns a fresh order. */
final class OrderExamples {

    static final Instant SENT = Instant.parse("2026-11-23T09:15:30Z");

    private OrderExamples() {
    }

    static MessageHeader header(AcknowledgementMode mode) {
        return new MessageHeader("msg-0001", SENT, "EPMA", "RXX01", "PHARMACY", "RXX01",
                ProcessingId.PRODUCTION, mode);
    }

    static OrderPatient patient() {
        return new OrderPatient(new HospitalNumber("H1234567"), "RXX01", new NhsNumber("9434765919"), "Jones", "Mair",
                LocalDate.of(1948, 3, 2), Sex.FEMALE, "WARD7", "B12",
                Clinician.attending(new AttendingDoctor("C123", "Evans", "Rhys", "Dr")), "V000123", Instant.parse("2026-11-20T14:05:00Z"));
    }

    static KnownAllergy penicillinAllergy() {
        return new KnownAllergy(AllergenType.DA, new CodedValue("PENICILLIN", "penicillin", AllergenCoding.CLASS_SYSTEM), null,
                "penicillin", AllergySeverity.SEVERE, "anaphylaxis");
    }

    /** Paracetamol 1 g four times a day by mouth, verified. */
    static PharmacyOrder paracetamolQds() {
        return new PharmacyOrder(header(AcknowledgementMode.ORIGINAL), OrderControl.NW, "order-123", 1,
                new OrderEventFacts(Instant.parse("2026-11-23T09:10:00Z"), ""), patient(), List.of(penicillinAllergy()),
                new OrderedProduct("PARA500TAB", "paracetamol 500 mg tablets"),
                new GiveDose(new BigDecimal("1"), Unit.G), Form.TABLET, Route.PO,
                Timing.regular(Frequency.QDS,
                        List.of(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(18, 0), LocalTime.of(22, 0)),
                        Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-30T22:00:00Z")),
                Clinician.staff("dr.evans", "Dr Rhys Evans"), Clinician.staff("ph.hughes", "Siân Hughes"),
                "pain", List.of("Do not exceed 4 g in 24 hours."), List.of());
    }

    /** Co-codamol 30/500, two tablets, with its two ingredients. */
    static PharmacyOrder coCodamol() {
        PharmacyOrder base = paracetamolQds();
        return new PharmacyOrder(base.header(), OrderControl.NW, "order-124", 1, base.event(), base.patient(),
                base.allergies(), new OrderedProduct("COCOD30500TAB", "co-codamol 30 mg/500 mg tablets"),
                new GiveDose(new BigDecimal("2"), Unit.TABLET), Form.TABLET, Route.PO, base.timing(),
                base.prescriber(), base.verifiedBy(), "pain", List.of(),
                List.of(new Ingredient("codeine phosphate", new BigDecimal("30"), Unit.MG),
                        new Ingredient("paracetamol", new BigDecimal("500"), Unit.MG)));
    }

    /** Morphine oral solution 2.5 to 5 mg every 4 hours when required for pain. */
    static PharmacyOrder morphinePrn() {
        PharmacyOrder base = paracetamolQds();
        return new PharmacyOrder(base.header(), OrderControl.NW, "order-125", 1, base.event(), base.patient(),
                base.allergies(), new OrderedProduct("MORPH10ML5", "morphine sulfate 10 mg/5 mL oral solution"),
                new GiveDose(new BigDecimal("2.5"), new BigDecimal("5.0"), Unit.MG), Form.ORAL_LIQUID, Route.PO,
                Timing.asNeeded(Frequency.Q4H, Instant.parse("2026-11-23T09:10:00Z"), null, "for breakthrough pain",
                        new AsNeededLimits(Duration.ofHours(4), 6)),
                base.prescriber(), base.verifiedBy(), "", List.of(), List.of());
    }

    /** Paracetamol 1 g when required for pain, at least 4 hours apart, at most 4 doses in 24 hours. */
    static PharmacyOrder paracetamolPrn() {
        PharmacyOrder base = paracetamolQds();
        return new PharmacyOrder(base.header(), OrderControl.NW, "order-127", 1, base.event(), base.patient(),
                base.allergies(), base.product(), base.dose(), Form.TABLET, Route.PO,
                Timing.asNeeded(Frequency.PRN, Instant.parse("2026-11-23T09:10:00Z"), null, "for pain",
                        new AsNeededLimits(Duration.ofHours(4), 4)),
                base.prescriber(), base.verifiedBy(), "pain", List.of(), List.of());
    }

    /** Levothyroxine 75 microgram once a day: a changed order (version 2) whose unit must be written out. */
    static PharmacyOrder microgramDose() {
        PharmacyOrder base = paracetamolQds();
        return new PharmacyOrder(base.header(), OrderControl.XO, "order-126", 2, base.event(), base.patient(),
                base.allergies(), new OrderedProduct("LEVO50TAB", "levothyroxine 50 microgram tablets"),
                new GiveDose(new BigDecimal("75"), Unit.MICROGRAM), Form.TABLET, Route.PO,
                Timing.regular(Frequency.OD, List.of(LocalTime.of(8, 0)), Instant.parse("2026-11-24T08:00:00Z"), null),
                base.prescriber(), base.verifiedBy(), "hypothyroidism", List.of(), List.of());
    }

    /** The paracetamol order put on hold by the prescriber, two days after it was signed. */
    static PharmacyOrder paracetamolHeld() {
        PharmacyOrder o = paracetamolQds();
        return new PharmacyOrder(o.header(), OrderControl.HD, o.placerOrderNumber(), o.version(),
                new OrderEventFacts(Instant.parse("2026-11-25T14:20:00Z"), "nil by mouth for surgery"), o.patient(),
                o.allergies(), o.product(), o.dose(), o.form(), o.route(), o.timing(), o.prescriber(), o.verifiedBy(),
                o.indication(), o.instructions(), o.ingredients());
    }

    static PharmacyOrder withHeader(PharmacyOrder o, MessageHeader header, Clinician verifiedBy) {
        return new PharmacyOrder(header, o.control(), o.placerOrderNumber(), o.version(), o.event(), o.patient(),
                o.allergies(), o.product(), o.dose(), o.form(), o.route(), o.timing(), o.prescriber(), verifiedBy,
                o.indication(), o.instructions(), o.ingredients());
    }
}
