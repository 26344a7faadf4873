package org.epma.prescribing.pgd;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.time.HospitalZone;

/**
 * One medicine of the site's homely remedies protocol (config/homely-remedies.csv): the dose a trained nurse may give
 * without a prescription, for what, who it is not for (its exclusions and cautions, shown as written), from what age,
 * how often (the minimum interval between doses and the most doses in 24 hours), for how long before a prescriber must
 * be asked (the protocol's maximum duration, counted from the patient's first dose of it), and how soon a prescriber
 * reviews each dose. NICE SC1 (2014) asks a homely remedies protocol to name the medicine, its indication, dose,
 * frequency, maximum daily dose and how long it may be used before the patient is referred to a prescriber.
 */
public record HomelyRemedy(String id, String version, String title, String productCode, BigDecimal dose, String doseUnit,
                           Route route, String indication, String exclusionsCautions, Integer minimumAgeYears,
                           int minimumIntervalHours, int maximumDosesIn24Hours, int maximumDurationHours,
                           int reviewWithinHours, String source) implements Direction {

    private static final Duration DAY = Duration.ofHours(24);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HospitalZone.ZONE);

    public HomelyRemedy {
        Objects.requireNonNull(id, "id");
        if (minimumIntervalHours <= 0 || maximumDosesIn24Hours <= 0 || maximumDurationHours <= 0 || reviewWithinHours <= 0) {
            throw new IllegalArgumentException("a homely remedy's interval, daily count, duration and review time are positive");
        }
    }

    @Override
    public DirectionKind kind() {
        return DirectionKind.HOMELY_REMEDY;
    }

    @Override
    public String instruction() {
        return "Given as a homely remedy under the site's protocol " + id + " version " + version + ": " + title;
    }

    /**
     * Whether the protocol allows another dose now, given when the patient's earlier doses of this remedy were started.
     * The duration is checked first, as once it has run the nurse asks a prescriber whatever the interval says. The
     * duration runs from the first dose and a dose exactly at its end is refused (the protocol covers the hours before
     * it); a dose exactly the minimum interval after the last is allowed, and so is one exactly 24 hours after the earliest
     * of the doses that filled the day (the 24 hours are those up to now, a dose exactly 24 hours old no longer in them).
     *
     * @throws RemedyLimitException naming the limit reached and, for the interval and the daily count, when the next
     *                              dose is allowed
     */
    public void allowAnotherDose(Collection<Instant> earlier, Instant now) {
        if (earlier.isEmpty()) {
            return;
        }
        List<Instant> sorted = earlier.stream().sorted().toList();
        Instant first = sorted.get(0);
        Instant last = sorted.get(sorted.size() - 1);
        Instant durationEnds = first.plus(Duration.ofHours(maximumDurationHours));
        if (!now.isBefore(durationEnds)) {
            throw new RemedyLimitException(RemedyLimitException.Limit.DURATION,
                    DirectionSentence.REMEDY_DURATION_REACHED.with(title, maximumDurationHours, SHOWN.format(first)),
                    title + " may be given as a homely remedy for " + maximumDurationHours + " hours from the first dose ("
                    + SHOWN.format(first) + "): ask a prescriber to review the patient.");
        }
        List<Instant> inLastDay = sorted.stream().filter(t -> t.isAfter(now.minus(DAY))).toList();
        if (inLastDay.size() >= maximumDosesIn24Hours) {
            Instant next = inLastDay.get(inLastDay.size() - maximumDosesIn24Hours).plus(DAY);
            throw new RemedyLimitException(RemedyLimitException.Limit.DAILY_MAXIMUM,
                    DirectionSentence.REMEDY_DAILY_MAXIMUM.with(title, maximumDosesIn24Hours, SHOWN.format(next)),
                    title + ": " + maximumDosesIn24Hours + " doses have been given in the last 24 hours, the most the protocol"
                    + " allows; the next may be given from " + SHOWN.format(next) + ".");
        }
        Instant next = last.plus(Duration.ofHours(minimumIntervalHours));
        if (now.isBefore(next)) {
            throw new RemedyLimitException(RemedyLimitException.Limit.TOO_SOON,
                    DirectionSentence.REMEDY_TOO_SOON.with(title, minimumIntervalHours, SHOWN.format(next)),
                    title + " is given at least " + minimumIntervalHours + " hours apart: the next dose may be given from "
                    + SHOWN.format(next) + ".");
        }
    }

}
