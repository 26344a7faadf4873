package org.epma.hl7.codes;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 v2 date-times (DTM/TS). Outbound values always carry their UTC offset, so a receiver never has to guess
 * the zone across a clock change; inbound values without an offset are read in the site's zone.
 */
public final class Hl7DateTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final Pattern DTM = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d{1,4})?([+-]\\d{4})?");

    private Hl7DateTime() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    public static String format(LocalTime time) {
        return TIME.format(time);
    }

    /**
     * Reads a DTM of any precision from year to fractions of a second; missing parts take their lowest value.
     *
     * @throws DateTimeException naming the value when it is not a valid HL7 date-time
     */
    public static Instant parseInstant(String value, ZoneId zoneWhenNoOffset) {
        Matcher m = DTM.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new DateTimeException("'" + value + "' is not an HL7 date-time (YYYYMMDDHHMMSS[+ZZZZ])");
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), part(m.group(2), 1), part(m.group(3), 1),
                    part(m.group(4), 0), part(m.group(5), 0), part(m.group(6), 0), nanos(m.group(7)));
            ZoneId zone = m.group(8) == null ? zoneWhenNoOffset : ZoneOffset.of(m.group(8));
            return local.atZone(zone).toInstant();
        } catch (DateTimeException invalid) {
            throw new DateTimeException("'" + value + "' is not a valid date-time: " + invalid.getMessage(), invalid);
        }
    }

    /**
     * Reads a date (DT), or the date part of a date-time, as a birth date is often sent as TS.
     *
     * @throws DateTimeException naming the value when it is not a valid HL7 date
     */
    public static LocalDate parseDate(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 8 || !DTM.matcher(v).matches()) {
            throw new DateTimeException("'" + value + "' is not an HL7 date (YYYYMMDD)");
        }
        try {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException invalid) {
            throw new DateTimeException("'" + value + "' is not a valid date", invalid);
        }
    }

    private static int part(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String digits = (fraction.substring(1) + "000000000").substring(0, 9);
        return Integer.parseInt(digits);
    }
}
