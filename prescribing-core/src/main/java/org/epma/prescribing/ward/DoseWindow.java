package org.epma.prescribing.ward;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * How long either side of its scheduled time a dose may be given (CLINICAL.md: ±60 minutes, ±30 for time-critical
 * medicines; a ward may set its own). The window is counted in elapsed time, not on the wall clock, so on the night
 * the clocks change a window still lasts exactly twice {@code eitherSide}, even if the local times shown for its
 * ends are three hours or one hour apart.
 */
public record DoseWindow(Duration eitherSide) {

    public static final int STANDARD_MINUTES = 60;
    public static final int TIME_CRITICAL_MINUTES = 30;

    /** Wider than this, the windows of a twice-daily order's two doses would overlap. */
    private static final Duration WIDEST = Duration.ofHours(6);

    public DoseWindow {
        Objects.requireNonNull(eitherSide, "eitherSide");
        if (eitherSide.isNegative() || eitherSide.isZero() || eitherSide.compareTo(WIDEST) > 0) {
            throw new InvalidInputException("doseWindowMinutes", WardSentence.DOSE_WINDOW_RANGE.with(),
                    "A dose window is 1 minute to 6 hours either side of the dose time.");
        }
    }

    public static DoseWindow ofMinutes(int minutes) {
        return new DoseWindow(Duration.ofMinutes(minutes));
    }

    /** ±60 minutes. */
    public static DoseWindow standard() {
        return ofMinutes(STANDARD_MINUTES);
    }

    /** ±30 minutes. */
    public static DoseWindow timeCritical() {
        return ofMinutes(TIME_CRITICAL_MINUTES);
    }

    /**
     * The ward's window for a product: the formulary's critical flag (NPSA/2010/RRR009, medicines whose doses must
     * not be missed or delayed) marks the time-critical ones.
     */
    public static DoseWindow forProduct(Product product, int wardStandardMinutes, int wardTimeCriticalMinutes) {
        return ofMinutes(product.critical() ? wardTimeCriticalMinutes : wardStandardMinutes);
    }

    /** The window of a dose scheduled at {@code scheduled}: open from {@code opens}, closed from {@code closes}. */
    public Bounds around(Instant scheduled) {
        return new Bounds(scheduled.minus(eitherSide), scheduled.plus(eitherSide));
    }

    public DueStatus statusAt(Instant scheduled, Instant now) {
        Bounds window = around(scheduled);
        if (now.isBefore(window.opens())) {
            return DueStatus.NOT_YET_DUE;
        }
        return now.isBefore(window.closes()) ? DueStatus.DUE : DueStatus.OVERDUE;
    }

    /** Inclusive at {@code opens}, exclusive at {@code closes}, so back-to-back windows never share an instant. */
    public record Bounds(Instant opens, Instant closes) {

        public Bounds {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(opens) && instant.isBefore(closes);
        }
    }
}
