package org.epma.prescribing.time;

import java.time.ZoneId;

/**
 * The hospital's time zone: the calendar of whatever belongs to no ward (a patient's age today, the days a direction is
 * in force, an admission's first day) and of a ward that names none in config/wards.csv. The product serves UK sites,
 * all of them on UK time; a ward's own zone, where it has one, wins for its doses.
 */
public final class HospitalZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private HospitalZone() {
    }
}
