package org.epma.prescribing.orderreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long signed orders waited for a pharmacist: the median and 90th percentile of the time from signing to
 * verification of those verified, and the share verified within 24 hours. The share counts only orders whose fate
 * against 24 hours is known: those verified, and those still waiting after more than 24 hours; an order still waiting
 * less than that may yet make it and is left out, as are orders rejected or stopped before verification.
 *
 * <p>The median is the middle waiting time (the mean of the two middle ones for an even count); the 90th percentile
 * is the nearest-rank one: the smallest time that at least 90% of verified orders waited no longer than.
 *
 * @param median null when no order was verified
 * @param shareWithin24h from 0 to 1; null when no order's fate against 24 hours is known
 */
public record TurnaroundFigures(int signed, int verified, int verifiedWithin24h, int waiting, int waitingOver24h,
                                int rejectedOrStopped, Duration median, Duration p90, Double shareWithin24h) {

    public static final Duration DAY = Duration.ofHours(24);

    /** One signed order: how long it took to verify (null if not verified), or how long it has waited so far. */
    public record Wait(Duration toVerification, Duration waitingSoFar) {
        public static Wait verifiedAfter(Duration d) {
            return new Wait(d, null);
        }

        public static Wait stillWaiting(Duration d) {
            return new Wait(null, d);
        }

        /** Rejected, or stopped or changed before a pharmacist verified it. */
        public static Wait closedUnverified() {
            return new Wait(null, null);
        }
    }

    public static TurnaroundFigures of(Collection<Wait> waits) {
        List<Duration> times = new ArrayList<>();
        int waiting = 0;
        int waitingOver = 0;
        int closed = 0;
        for (Wait wait : waits) {
            if (wait.toVerification() != null) {
                times.add(wait.toVerification());
            } else if (wait.waitingSoFar() != null) {
                waiting++;
                if (wait.waitingSoFar().compareTo(DAY) > 0) {
                    waitingOver++;
                }
            } else {
                closed++;
            }
        }
        times.sort(null);
        int within = (int) times.stream().filter(t -> t.compareTo(DAY) <= 0).count();
        int known = times.size() + waitingOver;
        return new TurnaroundFigures(waits.size(), times.size(), within, waiting, waitingOver, closed, median(times),
                nearestRank(times, 90), known == 0 ? null : (double) within / known);
    }

    /** A time as hours to one decimal, as the charts plot it; null stays null (nothing verified). */
    public static BigDecimal hours(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    static Duration nearestRank(List<Duration> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
