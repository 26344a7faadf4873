package org.epma.prescribing.infusion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An infusion as a prescriber writes it, before it is checked. {@code productCode} is the drug (an ampoule or vial made
 * up in a diluent, or a stocked ready-made bag) or, for a fluid, the bag. The rate is given one way — mL/hour, a dose
 * rate with its unit, or (fluids and intermittent infusions) the time the bag runs over — and the other is computed.
 * {@code peripheral}: whether the line is a peripheral cannula (concentration limits apply there). {@code vriiiScale}, for a
 * variable-rate intravenous insulin infusion only: the prescriber's glucose bands and the rate each gives.
 */
public record InfusionRequest(String kind, String productCode, BigDecimal drugAmount, String drugUnit, String diluentCode,
                              BigDecimal finalVolumeMl, BigDecimal rateMlPerHour, BigDecimal doseRate, String doseRateUnit,
                              BigDecimal durationHours, Integer overMinutes, String frequency, BigDecimal titrationLowest,
                              BigDecimal titrationHighest, String titrationTarget, Boolean peripheral, Instant start,
                              String indication, String instructions, List<VriiiScale.Band> vriiiScale) {
}
