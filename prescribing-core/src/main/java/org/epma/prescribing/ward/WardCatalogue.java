package org.epma.prescribing.ward;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The wards a site has, read from config/wards.csv (code, name, name_cy, specialty, time_zone, beds, and the
 * optional dose_window_minutes, time_critical_window_minutes) and
 * config/dose-times.csv (ward_code, frequency, times; ward_code '*' is the hospital default that a ward's
 * own row overrides).
 */
public record WardCatalogue(List<WardDefinition> wards, Map<String, List<String>> beds) {

    public static WardCatalogue read(CsvTable wardTable, CsvTable doseTimeTable) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, Map<String, String>> perWard = new HashMap<>();
        for (CsvTable.Row row : doseTimeTable.rows()) {
            String times = normaliseTimes(row);
            String frequency = row.text("frequency");
            String ward = row.text("ward_code");
            if ("*".equals(ward)) {
                defaults.put(frequency, times);
            } else {
                perWard.computeIfAbsent(ward, w -> new LinkedHashMap<>()).put(frequency, times);
            }
        }
        List<WardDefinition> wards = new ArrayList<>();
        Map<String, List<String>> beds = new LinkedHashMap<>();
        for (CsvTable.Row row : wardTable.rows()) {
            String code = row.text("code");
            if (!code.matches("[A-Z0-9]{2,16}")) {
                throw row.problem("code", "'" + code + "' must be 2 to 16 capital letters or digits");
            }
            if (beds.containsKey(code)) {
                throw row.problem("code", "ward " + code + " is listed twice");
            }
            ZoneId zone;
            try {
                String zoneText = row.optional("time_zone");
                zone = zoneText == null ? WardDefinition.DEFAULT_TIME_ZONE : ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                throw row.problem("time_zone", "'" + row.optional("time_zone") + "' is not a time zone such as Europe/London");
            }
            Map<String, String> times = new LinkedHashMap<>(defaults);
            times.putAll(perWard.getOrDefault(code, Map.of()));
            wards.add(new WardDefinition(code, row.text("name"), row.text("name_cy"),
                    row.choice("specialty", WardSpecialty.class), zone, times, doseWindows(row)));
            beds.put(code, bedLabels(row));
        }
        for (String ward : perWard.keySet()) {
            if (!beds.containsKey(ward)) {
                throw new org.epma.prescribing.sitedata.SiteDataException(doseTimeTable.source(), 0, "ward_code",
                        "ward " + ward + " is not in " + wardTable.source());
            }
        }
        return new WardCatalogue(List.copyOf(wards), Map.copyOf(beds));
    }

    /** Optional columns dose_window_minutes and time_critical_window_minutes; empty keeps CLINICAL.md's ±60/±30. */
    private static WardDefinition.DoseWindows doseWindows(CsvTable.Row row) {
        String standard = row.optional("dose_window_minutes");
        String critical = row.optional("time_critical_window_minutes");
        try {
            return new WardDefinition.DoseWindows(
                    standard == null ? WardDefinition.DoseWindows.STANDARD.standardMinutes() : Integer.parseInt(standard),
                    critical == null ? WardDefinition.DoseWindows.STANDARD.timeCriticalMinutes() : Integer.parseInt(critical));
        } catch (IllegalArgumentException e) {
            throw row.problem(standard == null ? "time_critical_window_minutes" : "dose_window_minutes",
                    "dose windows must be whole minutes, 1 to 240, the time-critical one no wider than the standard");
        }
    }

    /** "1-12;SR1" gives beds 1 to 12 and side room SR1. */
    private static List<String> bedLabels(CsvTable.Row row) {
        List<String> labels = new ArrayList<>();
        for (String part : row.text("beds").split(";")) {
            String token = part.strip();
            if (token.matches("\\d+-\\d+")) {
                String[] ends = token.split("-");
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[1]);
                if (to < from || to - from > 200) {
                    throw row.problem("beds", "'" + token + "' is not a sensible range of beds");
                }
                for (int bed = from; bed <= to; bed++) {
                    labels.add(Integer.toString(bed));
                }
            } else if (token.matches("[A-Za-z0-9]{1,16}")) {
                labels.add(token);
            } else {
                throw row.problem("beds", "'" + token + "' is neither a bed label nor a range such as 1-12");
            }
        }
        if (labels.size() != labels.stream().distinct().count()) {
            throw row.problem("beds", "a bed is listed twice");
        }
        return labels;
    }

    private static String normaliseTimes(CsvTable.Row row) {
        List<String> times = new ArrayList<>();
        for (String part : row.text("times").split(";")) {
            try {
                times.add(LocalTime.parse(part.strip()).toString());
            } catch (DateTimeException e) {
                throw row.problem("times", "'" + part.strip() + "' is not a time of day such as 08:00");
            }
        }
        return String.join(",", times);
    }
}
