package org.epma.prescribing.order;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.time.HospitalZone;

/**
 * When the doses of an order fall due. Fixed-time frequencies (OD, BD, TDS, QDS, ON, MANE) take the
 * ward's standard local times, so an 08:00 dose stays at 08:00 on the wall clock across the clock
 * changes; interval frequencies (Q4H … Q72H) count elapsed hours from the first dose; WEEKLY falls on the
 * start's weekday at its local time; STAT once at the start; PRN has no schedule.
 */
public final class DoseSchedule {

    /** The zone of a ward that names none (config/wards.csv). */
    public static final ZoneId DEFAULT_ZONE = HospitalZone.ZONE;

    /** CLINICAL.md defaults, used when the ward does not set its own. */
    static final Map<Frequency, String> DEFAULT_TIMES = Map.of(Frequency.OD, "08:00", Frequency.BD, "08:00,20:00",
            Frequency.TDS, "08:00,14:00,22:00", Frequency.QDS, "08:00,12:00,18:00,22:00", Frequency.ON, "22:00",
            Frequency.MANE, "08:00", Frequency.FIVE, "07:00,11:00,15:00,19:00,23:00");

    private final Map<String, String> wardTimes;
    private final ZoneId zone;
    // read once a frequency: a ward's round asks for the times of each of its hundreds of orders
    private final Map<Frequency, List<LocalTime>> parsedTimes = new ConcurrentHashMap<>();

    /** @param wardTimes the ward's standard times by frequency code, e.g. "BD" → "08:00,20:00" */
    public DoseSchedule(Map<String, String> wardTimes, ZoneId zone) {
        this.wardTimes = Map.copyOf(wardTimes);
        this.zone = zone;
    }

    /** The ward's local dose times of a fixed-time frequency (BD: 08:00, 20:00); empty for the others. */
    public List<LocalTime> clockTimes(Frequency frequency) {
        return parsedTimes.computeIfAbsent(frequency, f -> {
            String times = wardTimes.getOrDefault(f.name(), DEFAULT_TIMES.get(f));
            return times == null ? List.of()
                    : Arrays.stream(times.split(",")).map(String::strip).map(LocalTime::parse).sorted().toList();
        });
    }

    /** The dose times of an order from its start (inclusive) to its end (exclusive), within [from, to). */
    public List<Instant> times(Frequency frequency, Instant start, Instant end, Instant from, Instant to) {
        Instant windowStart = from.isBefore(start) ? start : from;
        Instant windowEnd = end != null && end.isBefore(to) ? end : to;
        List<Instant> times = new ArrayList<>();
        if (!windowStart.isBefore(windowEnd)) {
            return times;
        }
        switch (frequency) {
            case PRN -> { }
            case STAT -> {
                if (!start.isBefore(from) && start.isBefore(windowEnd)) {
                    times.add(start);
                }
            }
            case Q4H, Q6H, Q8H, Q12H, Q48H, Q72H -> {
                Duration every = Duration.ofHours(frequency.intervalHours().orElseThrow());
                long skip = Math.max(0, Duration.between(start, windowStart).toMinutes() / every.toMinutes());
                for (Instant t = start.plus(every.multipliedBy(skip)); t.isBefore(windowEnd); t = t.plus(every)) {
                    if (!t.isBefore(windowStart)) {
                        times.add(t);
                    }
                }
            }
            case WEEKLY -> {
                ZonedDateTime first = start.atZone(zone);
                DayOfWeek day = first.getDayOfWeek();
                for (LocalDate date = windowStart.atZone(zone).toLocalDate(); !date.atStartOfDay(zone).toInstant().isAfter(windowEnd);
                     date = date.plusDays(1)) {
                    if (date.getDayOfWeek() == day) {
                        addIfWithin(times, ZonedDateTime.of(date, first.toLocalTime(), zone).toInstant(), windowStart, windowEnd);
                    }
                }
            }
            default -> {
                List<LocalTime> clock = clockTimes(frequency);
                for (LocalDate date = windowStart.atZone(zone).toLocalDate(); !date.atStartOfDay(zone).toInstant().isAfter(windowEnd);
                     date = date.plusDays(1)) {
                    for (LocalTime time : clock) {
                        // ZonedDateTime.of moves a time that does not exist (the spring gap) forward by the gap
                        addIfWithin(times, ZonedDateTime.of(date, time, zone).toInstant(), windowStart, windowEnd);
                    }
                }
            }
        }
        return times;
    }

    private static void addIfWithin(List<Instant> times, Instant t, Instant from, Instant to) {
        if (!t.isBefore(from) && t.isBefore(to)) {
            times.add(t);
        }
    }
}
