package org.epma.prescribing.order;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.insulin.CorrectionScale;

/** An order whose every part has been checked against the formulary and the rules of a well-formed order. */
public record ValidOrder(Product product, Dose dose, Route route, Frequency frequency, PrnLimits prn, Instant start,
                         Instant end, String indication, Instant reviewAt, String instructions, CorrectionScale correction) {

    /** An order without a correction scale. */
    public ValidOrder(Product product, Dose dose, Route route, Frequency frequency, PrnLimits prn, Instant start,
                      Instant end, String indication, Instant reviewAt, String instructions) {
        this(product, dose, route, frequency, prn, start, end, indication, reviewAt, instructions, null);
    }

    /** The limits an as-needed order must state (CLINICAL.md). */
    public record PrnLimits(String reason, BigDecimal minIntervalHours, int maxPer24h) {
    }

    /** The order as the checks and the words read it; a weekly order's day is the start's in {@code zone}. */
    public OrderLine line(String reference, ZoneId zone) {
        DayOfWeek weeklyOn = start == null ? null : start.atZone(zone).getDayOfWeek();
        return new OrderLine(reference, product, dose, route, frequency, prn == null ? null : prn.maxPer24h(), weeklyOn);
    }
}
