package org.epma.prescribing.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * The days a report covers, from the first to the last inclusive, in the ward's time zone; at most a year, so that a
 * mistyped year does not read the whole history.
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    public static final int LONGEST_DAYS = 366;

    public ReportPeriod {
        if (first == null) {
            throw new InvalidInputException("from", PeriodSentence.FIRST_DAY_NEEDED.with(), "Give the first day of the report, such as 2026-12-01.");
        }
        if (last == null) {
            throw new InvalidInputException("to", PeriodSentence.LAST_DAY_NEEDED.with(), "Give the last day of the report, such as 2026-12-07.");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", PeriodSentence.LAST_BEFORE_FIRST.with(last, first), "The last day (" + last + ") is before the first (" + first + ").");
        }
        if (last.isAfter(first.plusDays(LONGEST_DAYS - 1))) {
            throw new InvalidInputException("to", PeriodSentence.TOO_LONG.with(LONGEST_DAYS), "A report covers at most " + LONGEST_DAYS + " days.");
        }
    }

    /** The period from a request's two days (ISO dates); a missing or malformed one is refused naming its field. */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(date(from, "from"), date(to, "to"));
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The end, exclusive: midnight after the last day. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, PeriodSentence.NOT_A_DATE.with(), "Give a date such as 2026-12-01.");
        }
    }
}
