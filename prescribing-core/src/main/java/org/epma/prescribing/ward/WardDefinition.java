package org.epma.prescribing.ward;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A ward as the site configures it (config/wards.csv and config/dose-times.csv). */
public record WardDefinition(String code, String name, String nameCy, WardSpecialty specialty, ZoneId timeZone,
                             Map<String, String> doseTimes) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");

    public WardDefinition {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(nameCy);
        Objects.requireNonNull(specialty);
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        doseTimes = Map.copyOf(doseTimes);
    }

    public String auditState() {
        JsonObjectBuilder times = Json.createObjectBuilder();
        new TreeMap<>(doseTimes).forEach(times::add);
        return Json.createObjectBuilder()
                .add("code", code).add("name", name).add("nameCy", nameCy)
                .add("specialty", specialty.name()).add("timeZone", timeZone.getId())
                .add("doseTimes", times)
                .build().toString();
    }
}
