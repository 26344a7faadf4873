package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.RDE_O11;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import org.junit.jupiter.api.Test;

class RdeO11BuilderTest {

    private final RdeO11Builder builder = new RdeO11Builder();

    static Terser readBack(String er7) throws HL7Exception {
        Message message = new DefaultHapiContext(ValidationContextFactory.defaultValidation()).getPipeParser().parse(er7);
        return new Terser(message);
    }

    @Test
    void paracetamolQdsOrderIsWrittenAsAValidRdeO11() throws HL7Exception {
        String er7 = builder.build(OrderExamples.paracetamolQds());
        Terser t = readBack(er7);

        assertTrue(t.getSegment("/MSH").getMessage() instanceof RDE_O11);
        assertEquals("EPMA", t.get("/MSH-3"));
        assertEquals("PHARMACY", t.get("/MSH-5"));
        assertEquals("20261123091530+0000", t.get("/MSH-7"));
        assertEquals("RDE", t.get("/MSH-9-1"));
        assertEquals("O11", t.get("/MSH-9-2"));
        assertEquals("RDE_O11", t.get("/MSH-9-3"));
        assertEquals("msg-0001", t.get("/MSH-10"));
        assertEquals("P", t.get("/MSH-11"));
        assertEquals("2.5.1", t.get("/MSH-12"));
        assertEquals(null, t.get("/MSH-15"));

        assertEquals("H1234567", t.get("/.PID-3(0)-1"));
        assertEquals("RXX01", t.get("/.PID-3(0)-4"));
        assertEquals("MR", t.get("/.PID-3(0)-5"));
        assertEquals("9434765919", t.get("/.PID-3(1)-1"));
        assertEquals("NHS", t.get("/.PID-3(1)-4"));
        assertEquals("NH", t.get("/.PID-3(1)-5"));
        assertEquals("Jones", t.get("/.PID-5-1"));
        assertEquals("Mair", t.get("/.PID-5-2"));
        assertEquals("19480302", t.get("/.PID-7"));
        assertEquals("F", t.get("/.PID-8"));
        assertEquals("WARD7", t.get("/.PV1-3-1"));
        assertEquals("B12", t.get("/.PV1-3-3"));
        assertEquals("C123", t.get("/.PV1-7-1"), "the attending doctor by the PAS's code");
        assertEquals("Evans", t.get("/.PV1-7-2"));
        assertEquals("Rhys", t.get("/.PV1-7-3"));
        assertEquals("Dr", t.get("/.PV1-7-6"));

        assertEquals("DA", t.get("/.AL1-2-1"));
        assertEquals("penicillin", t.get("/.AL1-3-2"));
        assertEquals("SV", t.get("/.AL1-4-1"));
        assertEquals("anaphylaxis", t.get("/.AL1-5"));

        assertEquals("NW", t.get("/ORDER/ORC-1"));
        assertEquals("order-123", t.get("/ORDER/ORC-2-1"));
        assertEquals("EPMA", t.get("/ORDER/ORC-2-2"));
        assertEquals("order-123-v1", t.get("/ORDER/ORC-4-1"));
        assertEquals("dr.evans", t.get("/ORDER/ORC-12-1"));
        assertEquals("Evans", t.get("/ORDER/ORC-12-2"));
        assertEquals("Rhys", t.get("/ORDER/ORC-12-3"));
        assertEquals("Dr", t.get("/ORDER/ORC-12-6"));

        assertEquals("PARA500TAB", t.get("/ORDER/RXE-2-1"));
        assertEquals("paracetamol 500 mg tablets", t.get("/ORDER/RXE-2-2"));
        assertEquals("EPMA", t.get("/ORDER/RXE-2-3"));
        assertEquals("1", t.get("/ORDER/RXE-3"));
        assertEquals(null, t.get("/ORDER/RXE-4"));
        assertEquals("g", t.get("/ORDER/RXE-5-1"));
        assertEquals("g", t.get("/ORDER/RXE-5-2"));
        assertEquals("UCUM", t.get("/ORDER/RXE-5-3"));
        assertEquals("TABLET", t.get("/ORDER/RXE-6-1"));
        assertEquals("tablet", t.get("/ORDER/RXE-6-2"));
        assertEquals("ph.hughes", t.get("/ORDER/RXE-14-1"));
        assertEquals("Hughes", t.get("/ORDER/RXE-14-2"));
        assertEquals("Siân", t.get("/ORDER/RXE-14-3"));
        assertEquals("pain", t.get("/ORDER/RXE-27-2"));
        assertEquals("Do not exceed 4 g in 24 hours.", t.get("/ORDER/NTE-3"));

        assertEquals("QID", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-1"));
        assertEquals("four times a day", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-2"));
        assertEquals("HL70335", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-3"));
        assertEquals("0800", t.get("/ORDER/TIMING_ENCODED/TQ1-4(0)"));
        assertEquals("1200", t.get("/ORDER/TIMING_ENCODED/TQ1-4(1)"));
        assertEquals("1800", t.get("/ORDER/TIMING_ENCODED/TQ1-4(2)"));
        assertEquals("2200", t.get("/ORDER/TIMING_ENCODED/TQ1-4(3)"));
        assertEquals("20261123120000+0000", t.get("/ORDER/TIMING_ENCODED/TQ1-7"));
        assertEquals("20261130220000+0000", t.get("/ORDER/TIMING_ENCODED/TQ1-8"));
        assertEquals("R", t.get("/ORDER/TIMING_ENCODED/TQ1-9-1"));

        assertEquals("PO", t.get("/ORDER/RXR-1-1"));
        assertEquals("oral", t.get("/ORDER/RXR-1-2"));
        assertEquals("HL70162", t.get("/ORDER/RXR-1-3"));
        assertFalse(er7.contains("RXC"), "a single-ingredient product has no RXC");
    }

    @Test
    void enhancedModeAsksForAcceptAndApplicationAcknowledgements() throws HL7Exception {
        PharmacyOrder order = OrderExamples.paracetamolQds();
        order = OrderExamples.withHeader(order, OrderExamples.header(AcknowledgementMode.ENHANCED), order.verifiedBy());
        Terser t = readBack(builder.build(order));
        assertEquals("AL", t.get("/MSH-15"));
        assertEquals("AL", t.get("/MSH-16"));
    }

    @Test
    void dateTimesAreWrittenInTheHeadersZoneWithTheirOffset() throws HL7Exception {
        PharmacyOrder order = OrderExamples.paracetamolQds();
        MessageHeader h = order.header();
        MessageHeader summer = new MessageHeader(h.controlId(), java.time.Instant.parse("2026-07-01T07:00:00Z"),
                ZoneId.of("Europe/London"), h.sendingApplication(), h.sendingFacility(), h.receivingApplication(),
                h.receivingFacility(), h.processingId(), h.acknowledgementMode());
        Terser t = readBack(builder.build(OrderExamples.withHeader(order, summer, order.verifiedBy())));
        assertEquals("20260701080000+0100", t.get("/MSH-7"));
    }

    @Test
    void combinationProductListsEachIngredientAsAnRxc() throws HL7Exception {
        String er7 = builder.build(OrderExamples.coCodamol());
        Terser t = readBack(er7);
        assertEquals("2", t.get("/ORDER/RXE-3"));
        assertEquals("{tablet}", t.get("/ORDER/RXE-5-1"));
        assertEquals("tablet", t.get("/ORDER/RXE-5-2"));
        assertEquals("B", t.get("/ORDER/RXC(0)-1"));
        assertEquals("codeine phosphate", t.get("/ORDER/RXC(0)-2-2"));
        assertEquals("30", t.get("/ORDER/RXC(0)-3"));
        assertEquals("mg", t.get("/ORDER/RXC(0)-4-1"));
        assertEquals("paracetamol", t.get("/ORDER/RXC(1)-2-2"));
        assertEquals("500", t.get("/ORDER/RXC(1)-3"));
        assertEquals("mg", t.get("/ORDER/RXC(1)-4-2"));
    }

    @Test
    void asNeededOrderHasPrnPriorityConditionAndDoseRange() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.morphinePrn()));
        assertEquals("2.5", t.get("/ORDER/RXE-3"));
        assertEquals("5", t.get("/ORDER/RXE-4"));
        assertEquals("mg", t.get("/ORDER/RXE-5-1"));
        assertEquals("Q4H", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-1"));
        assertEquals("PRN", t.get("/ORDER/TIMING_ENCODED/TQ1-9-1"));
        assertEquals("HL70485", t.get("/ORDER/TIMING_ENCODED/TQ1-9-3"));
        assertEquals("for breakthrough pain", t.get("/ORDER/TIMING_ENCODED/TQ1-10"));
        assertEquals(null, t.get("/ORDER/TIMING_ENCODED/TQ1-4"));
        assertEquals(null, t.get("/ORDER/TIMING_ENCODED/TQ1-8"));
        assertEquals("ORAL_LIQUID", t.get("/ORDER/RXE-6-1"));
    }

    @Test
    void anAsNeededOrderCarriesItsMinimumIntervalAndItsMostIn24HoursAsValues() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.paracetamolPrn()));
        assertEquals("PRN", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-1"));
        assertEquals("4", t.get("/ORDER/TIMING_ENCODED/TQ1-3-5"));
        assertEquals("H", t.get("/ORDER/TIMING_ENCODED/TQ1-3-6"));
        assertEquals("PRN", t.get("/ORDER/TIMING_ENCODED/TQ1-9-1"));
        assertEquals("4", t.get("/ORDER/RXE-19-1"), "four doses of 1 g at most in 24 hours");
        assertEquals("g", t.get("/ORDER/RXE-19-2-1"));
        assertEquals("UCUM", t.get("/ORDER/RXE-19-2-3"));
    }

    @Test
    void aDoseRangeCountsItsTopForTheMostIn24Hours() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.morphinePrn()));
        assertEquals("30", t.get("/ORDER/RXE-19-1"), "six doses of up to 5 mg");
        assertEquals("mg", t.get("/ORDER/RXE-19-2-1"));
        assertEquals("4", t.get("/ORDER/TIMING_ENCODED/TQ1-3-5"));
    }

    @Test
    void anIntervalThatIsNotWholeHoursIsWrittenInMinutes() throws HL7Exception {
        PharmacyOrder prn = OrderExamples.paracetamolPrn();
        Timing every90Minutes = Timing.asNeeded(prn.timing().frequency(), prn.timing().start(), null, "for nausea",
                new AsNeededLimits(java.time.Duration.ofMinutes(90), 3));
        PharmacyOrder order = new PharmacyOrder(prn.header(), prn.control(), prn.placerOrderNumber(), 1, prn.event(),
                prn.patient(), prn.allergies(), prn.product(), prn.dose(), prn.form(), prn.route(), every90Minutes,
                prn.prescriber(), prn.verifiedBy(), "", List.of(), List.of());
        Terser t = readBack(builder.build(order));
        assertEquals("90", t.get("/ORDER/TIMING_ENCODED/TQ1-3-5"));
        assertEquals("M", t.get("/ORDER/TIMING_ENCODED/TQ1-3-6"));
    }

    @Test
    void aRegularOrderHasNoDailyMaximumOrPeriod() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.paracetamolQds()));
        assertEquals(null, t.get("/ORDER/RXE-19-1"));
        assertEquals(null, t.get("/ORDER/TIMING_ENCODED/TQ1-3-5"));
    }

    @Test
    void aHoldIsDatedWhenItWasDoneAndCarriesItsReason() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.paracetamolHeld()));
        assertEquals("HD", t.get("/ORDER/ORC-1"));
        assertEquals("20261125142000+0000", t.get("/ORDER/ORC-9"), "the time of the hold, not of signing");
        assertEquals("nil by mouth for surgery", t.get("/ORDER/ORC-16-2"));
    }

    @Test
    void aNewOrderHasNoControlReason() throws HL7Exception {
        Terser t = readBack(builder.build(OrderExamples.paracetamolQds()));
        assertEquals("20261123091000+0000", t.get("/ORDER/ORC-9"));
        assertEquals(null, t.get("/ORDER/ORC-16-2"));
    }

    @Test
    void microgramIsWrittenInFullForPeopleAndAsUgForUcum() throws HL7Exception {
        String er7 = builder.build(OrderExamples.microgramDose());
        Terser t = readBack(er7);
        assertEquals("75", t.get("/ORDER/RXE-3"));
        assertEquals("ug", t.get("/ORDER/RXE-5-1"));
        assertEquals("microgram", t.get("/ORDER/RXE-5-2"));
        assertEquals("UCUM", t.get("/ORDER/RXE-5-3"));
        assertFalse(er7.contains("mcg"));
        assertEquals("XO", t.get("/ORDER/ORC-1"));
        assertEquals("order-126", t.get("/ORDER/ORC-2-1"));
        assertEquals("order-126-v2", t.get("/ORDER/ORC-4-1"));
        assertEquals("Q1D", t.get("/ORDER/TIMING_ENCODED/TQ1-3-1-1"));
    }

    @Test
    void orderWithoutVerifyingPharmacistIsRefused() {
        PharmacyOrder order = OrderExamples.paracetamolQds();
        PharmacyOrder unverified = OrderExamples.withHeader(order, order.header(), null);
        assertThrows(IllegalArgumentException.class, () -> builder.build(unverified));
    }

    @Test
    void anOrderThatHasRunItsCourseGoesAsStatusChangedToCompleted() throws HL7Exception {
        PharmacyOrder o = OrderExamples.paracetamolQds();
        PharmacyOrder completed = new PharmacyOrder(o.header(), org.epma.pharmacy.outbox.OrderControl.SC, o.placerOrderNumber(),
                o.version(), o.event(), o.patient(), o.allergies(), o.product(), o.dose(), o.form(), o.route(), o.timing(),
                o.prescriber(), o.verifiedBy(), o.indication(), o.instructions(), o.ingredients());
        Terser t = readBack(builder.build(completed));
        assertEquals("SC", t.get("/ORDER/ORC-1"));
        assertEquals("CM", t.get("/ORDER/ORC-5"));
        assertEquals(null, readBack(builder.build(o)).get("/ORDER/ORC-5"));
    }

    @Test
    void nebulisedRouteUsesTheLocalCodeBecauseTable0162HasNone() throws HL7Exception {
        PharmacyOrder o = OrderExamples.paracetamolQds();
        PharmacyOrder neb = new PharmacyOrder(o.header(), o.control(), o.placerOrderNumber(), o.version(),
                o.event(), o.patient(), o.allergies(), new OrderedProduct("SALB25NEB", "salbutamol 2.5 mg/2.5 mL nebuliser liquid"),
                new GiveDose(new java.math.BigDecimal("2.5"), org.epma.prescribing.formulary.Unit.MG),
                org.epma.prescribing.formulary.Form.NEBULISER_SOLUTION, org.epma.prescribing.formulary.Route.NEB,
                o.timing(), o.prescriber(), o.verifiedBy(), "", java.util.List.of(), java.util.List.of());
        Terser t = readBack(builder.build(neb));
        assertEquals("NEB", t.get("/ORDER/RXR-1-1"));
        assertEquals("nebulised", t.get("/ORDER/RXR-1-2"));
        assertEquals("EPMA", t.get("/ORDER/RXR-1-3"));
    }
}
