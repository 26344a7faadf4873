package org.epma.prescribing.order;

import java.math.BigDecimal;
import java.time.Instant;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;

/** An order whose every part has been checked against the formulary and the rules of a well-formed order. */
public record ValidOrder(Product product, Dose dose, Route route, Frequency frequency, PrnLimits prn, Instant start,
                         Instant end, String indication, Instant reviewAt, String instructions) {

    /** The limits an as-needed order must state (CLINICAL.md). */
    public record PrnLimits(String reason, BigDecimal minIntervalHours, int maxPer24h) {
    }

    public OrderLine line(String reference) {
        return new OrderLine(reference, product, dose, route, frequency, prn == null ? null : prn.maxPer24h());
    }
}
