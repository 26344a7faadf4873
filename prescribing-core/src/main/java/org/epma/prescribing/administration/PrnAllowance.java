package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.epma.prescribing.order.OrderSentence;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.wording.Wording;

/**
 * The limits of an as-needed (PRN) order at the bedside: no dose sooner than the minimum interval after the last
 * one, and no more than the maximum in any 24 hours ending at the time of the dose. Intervals and the 24 hours are
 * elapsed time, so across a clock change "4 hours" is four real hours whatever the wall clock says.
 */
public record PrnAllowance(BigDecimal minIntervalHours, int maxDosesIn24Hours) {

    private static final Duration DAY = Duration.ofHours(24);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.UK);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    public PrnAllowance {
        if (minIntervalHours == null || minIntervalHours.signum() <= 0) {
            throw new InvalidInputException("prnMinIntervalHours", OrderSentence.PRN_INTERVAL_NEEDED.with(), "An as-needed order needs the shortest time between doses.");
        }
        if (maxDosesIn24Hours <= 0) {
            throw new InvalidInputException("prnMaxPer24h", OrderSentence.PRN_MAXIMUM_NEEDED.with(), "An as-needed order needs the most doses in 24 hours.");
        }
    }

    public static PrnAllowance of(ValidOrder.PrnLimits limits) {
        return new PrnAllowance(limits.minIntervalHours(), limits.maxPer24h());
    }

    /** The minimum interval, rounded up to a whole second so that it is never shorter than prescribed. */
    public Duration minInterval() {
        return Duration.ofSeconds(minIntervalHours.multiply(SECONDS_PER_HOUR).setScale(0, RoundingMode.CEILING).longValueExact());
    }

    /**
     * Whether another dose may be given at {@code at}.
     *
     * <p>Times count to the minute, as the chart shows them, so the time a refusal names is the first minute the
     * same question is answered yes. Only doses given at or before {@code at} count: this answers "may I give one
     * now"; a dose recorded afterwards for an earlier time is a different question.
     *
     * @param givenDoses when the order's doses were GIVEN (not those recorded as not given), in any order
     * @param zone       the ward's time zone, for the times in the message
     */
    public PrnDecision decide(List<Instant> givenDoses, Instant at, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Instant now = at.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> before = givenDoses.stream().map(t -> t.truncatedTo(ChronoUnit.MINUTES))
                .filter(t -> !t.isAfter(now)).sorted().toList();
        if (before.isEmpty()) {
            return new PrnDecision.Allowed();
        }
        Instant last = before.get(before.size() - 1);
        Instant intervalEnds = last.plus(minInterval());
        // the rolling 24 hours ending now: a dose exactly 24 hours ago has just left it
        List<Instant> inLastDay = before.stream().filter(t -> t.isAfter(now.minus(DAY))).toList();
        int count = inLastDay.size();
        boolean intervalStops = now.isBefore(intervalEnds);
        boolean maximumStops = count >= maxDosesIn24Hours;
        if (!intervalStops && !maximumStops) {
            return new PrnDecision.Allowed();
        }
        // the count falls below the maximum once enough of the oldest doses in the window are 24 hours old
        Instant maximumEnds = maximumStops ? inLastDay.get(count - maxDosesIn24Hours).plus(DAY) : now;
        if (maximumStops && !maximumEnds.isBefore(intervalEnds)) {
            String limit = count == maxDosesIn24Hours ? "the most this order allows"
                    : "more than the " + maxDosesIn24Hours + " this order allows";
            String given = count == 1 ? "1 dose has" : count + " doses have";
            Clock next = Clock.of(maximumEnds, now, zone);
            StopSentence sentence = count == maxDosesIn24Hours ? StopSentence.PRN_MAXIMUM : StopSentence.PRN_OVER_MAXIMUM;
            return new PrnDecision.Refused(PrnDecision.PrnLimit.MAXIMUM_IN_24_HOURS, last, count, maximumEnds,
                    given + " been given in the last 24 hours, " + limit + "; the next may be given from " + next.english() + ".",
                    sentence.with(count, maxDosesIn24Hours, next.wording()));
        }
        Clock lastAt = Clock.of(last, now, zone);
        Clock next = Clock.of(intervalEnds, now, zone);
        return new PrnDecision.Refused(PrnDecision.PrnLimit.MINIMUM_INTERVAL, last, count, intervalEnds,
                "The last dose was at " + lastAt.english() + "; the next may be given from " + next.english() + ".",
                StopSentence.PRN_INTERVAL.with(lastAt.wording(), next.wording()));
    }

    /**
     * "14:05", with "yesterday", "tomorrow" or the date when it is not today on the ward, and with the zone's name
     * in the hour the autumn clock change repeats, when "01:30" alone could be either.
     */
    private record Clock(String time, LocalDate day, LocalDate today) {

        static Clock of(Instant instant, Instant now, ZoneId zone) {
            ZonedDateTime at = instant.atZone(zone);
            String time = at.format(CLOCK);
            if (zone.getRules().getValidOffsets(at.toLocalDateTime()).size() > 1) {
                time += " " + at.format(ZONE_NAME);
            }
            return new Clock(time, at.toLocalDate(), now.atZone(zone).toLocalDate());
        }

        String english() {
            if (day.equals(today)) {
                return time;
            }
            if (day.equals(today.minusDays(1))) {
                return time + " yesterday";
            }
            if (day.equals(today.plusDays(1))) {
                return time + " tomorrow";
            }
            return time + " on " + day.format(DAY_OF_MONTH);
        }

        /** The same as a message key, with the date in digits when it is not yesterday, today or tomorrow. */
        Wording wording() {
            if (day.equals(today)) {
                return StopSentence.TIME_TODAY.with(time);
            }
            if (day.equals(today.minusDays(1))) {
                return StopSentence.TIME_YESTERDAY.with(time);
            }
            if (day.equals(today.plusDays(1))) {
                return StopSentence.TIME_TOMORROW.with(time);
            }
            return StopSentence.TIME_ON_DATE.with(time, day.format(NUMERIC_DATE));
        }
    }
}
