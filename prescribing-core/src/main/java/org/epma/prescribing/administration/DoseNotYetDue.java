package org.epma.prescribing.administration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scheduled dose whose window has not opened yet, as a nurse needs to hear it: when it is due and when it may first
 * be given, on the ward's clock, and whether that is today, tomorrow or a later day there ("Due at 08:00 tomorrow").
 * The screens word it in the reader's language from {@link #args()}; {@link #english()} is the sentence the problem
 * carries for any other client.
 */
public record DoseNotYetDue(Instant dueAt, Instant windowOpens, ZoneId zone, Day day) {

    /** The ward-local day the dose is due, counted from the ward-local day it is now. */
    public enum Day { TODAY, TOMORROW, LATER }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public DoseNotYetDue {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(windowOpens, "windowOpens");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(day, "day");
    }

    public static DoseNotYetDue of(Instant dueAt, Instant windowOpens, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate due = LocalDate.ofInstant(dueAt, zone);
        Day day = due.equals(today) ? Day.TODAY : due.equals(today.plusDays(1)) ? Day.TOMORROW : Day.LATER;
        return new DoseNotYetDue(dueAt, windowOpens, zone, day);
    }

    /**
     * What the screens word the stop from: the instants (ISO-8601) and the ward's zone, and the same read on the
     * ward's clock, so a screen whose own clock or zone differs still says the ward's day and time.
     */
    public Map<String, String> args() {
        ZonedDateTime due = dueAt.atZone(zone);
        ZonedDateTime opens = windowOpens.atZone(zone);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("dueAt", dueAt.toString());
        args.put("windowOpens", windowOpens.toString());
        args.put("timeZone", zone.getId());
        args.put("day", day.name().toLowerCase(Locale.ROOT));
        args.put("dueDate", due.toLocalDate().toString());
        args.put("dueTime", due.format(TIME));
        args.put("opensDate", opens.toLocalDate().toString());
        args.put("opensTime", opens.format(TIME));
        return args;
    }

    /** "The dose due at 08:00 tomorrow is not due yet: it may be given from 07:00. To give it early, record the reason." */
    public String english() {
        ZonedDateTime due = dueAt.atZone(zone);
        ZonedDateTime opens = windowOpens.atZone(zone);
        String when = switch (day) {
            case TODAY -> "today";
            case TOMORROW -> "tomorrow";
            case LATER -> "on " + due.format(DATE);
        };
        String from = opens.format(TIME) + (opens.toLocalDate().equals(due.toLocalDate()) ? "" : " on " + opens.format(DATE));
        return "The dose due at " + due.format(TIME) + " " + when + " is not due yet: it may be given from " + from
                + ". To give it early, record the reason.";
    }
}
