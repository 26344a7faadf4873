package org.epma.hl7.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.util.Terser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.epma.pharmacy.outbox.OrderControl;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

/** Infusion orders in RDE^O11, parsed back: the bag as RXC base and additive, the pump rate in RXE-23/24, TQ1-13. */
class InfusionMessageTest {

    private final RdeO11Builder builder = new RdeO11Builder();

    private static PharmacyOrder infusion(OrderedProduct product, GiveDose dose, Form form, Timing timing, String text,
                                          OrderedInfusion infusion) {
        PharmacyOrder base = OrderExamples.paracetamolQds();
        return new PharmacyOrder(base.header(), OrderControl.NW, "order-140", 1, base.event(), base.patient(), base.allergies(),
                product, dose, form, Route.IV, timing, base.prescriber(), base.verifiedBy(), "pulmonary embolism", List.of(text),
                List.of(), infusion);
    }

    /** Heparin 25,000 units made up to 50 mL with sodium chloride 0.9%, at 2 mL/hour (1,000 units/hour). */
    static PharmacyOrder heparinInfusion() {
        OrderedInfusion bag = new OrderedInfusion(List.of(
                new OrderedInfusion.Component("B", "NACL-0P9-100ML", "Sodium chloride 0.9% solution for infusion 100 mL bags",
                        new BigDecimal("50"), Unit.ML),
                new OrderedInfusion.Component("A", "HEPARIN-INJ-25000U-5ML", "Heparin sodium 25,000 units/5 mL", new BigDecimal("25000"),
                        Unit.UNIT)), new BigDecimal("2"), null);
        return infusion(new OrderedProduct("HEPARIN-INJ-25000U-5ML", "Heparin sodium 25,000 units/5 mL"),
                new GiveDose(new BigDecimal("25000"), Unit.UNIT), Form.INJECTION,
                Timing.regular(Frequency.STAT, List.of(), Instant.parse("2026-12-04T10:00:00Z"), null),
                "Continuous infusion: 25000 units in Sodium chloride 0.9% to 50 mL (500 units/mL), at 2 mL/hour (1000 units/hour)", bag);
    }

    @Test
    void aMadeUpInfusionSendsItsDiluentAsBaseItsDrugAsAdditiveAndItsPumpRate() throws HL7Exception {
        Terser t = RdeO11BuilderTest.readBack(builder.build(heparinInfusion()));
        assertEquals("B", t.get("/ORDER/RXC(0)-1"));
        assertEquals("NACL-0P9-100ML", t.get("/ORDER/RXC(0)-2-1"));
        assertEquals("50", t.get("/ORDER/RXC(0)-3"));
        assertEquals("mL", t.get("/ORDER/RXC(0)-4-1"));
        assertEquals("A", t.get("/ORDER/RXC(1)-1"));
        assertEquals("HEPARIN-INJ-25000U-5ML", t.get("/ORDER/RXC(1)-2-1"));
        assertEquals("25000", t.get("/ORDER/RXC(1)-3"));
        assertEquals("[iU]", t.get("/ORDER/RXC(1)-4-1"));
        assertEquals("2", t.get("/ORDER/RXE-23"));
        assertEquals("mL/h", t.get("/ORDER/RXE-24-1"));
        assertEquals("UCUM", t.get("/ORDER/RXE-24-3"));
        assertEquals("IV", t.get("/ORDER/RXR-1-1"));
        assertEquals(null, t.get("/ORDER/TIMING_ENCODED/TQ1-13-1"), "a continuous infusion runs until stopped");
        assertEquals("Continuous infusion: 25000 units in Sodium chloride 0.9% to 50 mL (500 units/mL), at 2 mL/hour (1000 units/hour)",
                t.get("/ORDER/NTE-3"));
    }

    @Test
    void aStockedFluidIsItsOwnBaseAndSaysHowLongTheBagRuns() throws HL7Exception {
        OrderedInfusion bag = new OrderedInfusion(List.of(new OrderedInfusion.Component("B", "NACL-0P9-1000ML",
                "Sodium chloride 0.9% solution for infusion 1000 mL bags", new BigDecimal("1000"), Unit.ML)), new BigDecimal("125"), 480);
        PharmacyOrder fluid = infusion(new OrderedProduct("NACL-0P9-1000ML", "Sodium chloride 0.9% solution for infusion 1000 mL bags"),
                new GiveDose(new BigDecimal("1000"), Unit.ML), Form.INFUSION,
                Timing.regular(Frequency.STAT, List.of(), Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T18:00:00Z")),
                "Fluid: 1000 mL of Sodium chloride 0.9% solution for infusion 1000 mL bags, at 125 mL/hour, over 8 hours", bag);
        Terser t = RdeO11BuilderTest.readBack(builder.build(fluid));
        assertEquals("B", t.get("/ORDER/RXC(0)-1"));
        assertEquals("1000", t.get("/ORDER/RXC(0)-3"));
        assertEquals(null, t.get("/ORDER/RXC(1)-1"));
        assertEquals("125", t.get("/ORDER/RXE-23"));
        assertEquals("480", t.get("/ORDER/TIMING_ENCODED/TQ1-13-1"));
        assertEquals("min", t.get("/ORDER/TIMING_ENCODED/TQ1-13-2-1"));
        assertEquals("1000", t.get("/ORDER/RXE-3"));
    }

    @Test
    void anInfusionWithoutABaseOrRateIsNotWritten() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedInfusion(List.of(new OrderedInfusion.Component("A", "X", "x",
                BigDecimal.ONE, Unit.MG)), BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> new OrderedInfusion(List.of(new OrderedInfusion.Component("B", "X", "x",
                BigDecimal.ONE, Unit.ML)), BigDecimal.ZERO, null));
    }
}
