package org.epma.prescribing.ward;

import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.order.DoseSchedule;

/** A ward as the site configures it (config/wards.csv and config/dose-times.csv). */
public record WardDefinition(String code, String name, String nameCy, WardSpecialty specialty, ZoneId timeZone,
                             Map<String, String> doseTimes, DoseWindows doseWindows) {

    public static final ZoneId DEFAULT_TIME_ZONE = DoseSchedule.DEFAULT_ZONE;

    public WardDefinition {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(nameCy);
        Objects.requireNonNull(specialty);
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        doseTimes = Map.copyOf(doseTimes);
        doseWindows = doseWindows == null ? DoseWindows.STANDARD : doseWindows;
    }

    /**
     * Minutes either side of a scheduled dose in which it may be given: CLINICAL.md's ±60, and ±30 for
     * time-critical medicines, unless the ward sets its own.
     */
    public record DoseWindows(int standardMinutes, int timeCriticalMinutes) {
        public static final DoseWindows STANDARD = new DoseWindows(60, 30);

        public DoseWindows {
            if (standardMinutes < 1 || standardMinutes > 240 || timeCriticalMinutes < 1 || timeCriticalMinutes > standardMinutes) {
                throw new IllegalArgumentException("dose windows must be 1 to 240 minutes, the time-critical one no wider than the standard");
            }
        }
    }

    public String auditState() {
        JsonObjectBuilder times = AuditJson.object();
        new TreeMap<>(doseTimes).forEach(times::add);
        return AuditJson.object()
                .add("code", code).add("name", name).add("nameCy", nameCy)
                .add("specialty", specialty.name()).add("timeZone", timeZone.getId())
                .add("doseTimes", times)
                .add("doseWindowMinutes", doseWindows.standardMinutes())
                .add("timeCriticalWindowMinutes", doseWindows.timeCriticalMinutes())
                .build().toString();
    }
}
