package org.epma.reports.downtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;

/**
 * The chart's rows for the template: one row for each line of boxes, {@value #SLOTS} boxes a line, so an order with
 * more doses than that runs onto a second line. An as-needed order gets a line of empty boxes to fill in.
 */
final class DowntimeMarRows {

    static final int SLOTS = 6;
    private static final DateTimeFormatter DOSE_TIME = DateTimeFormatter.ofPattern("HH:mm EEE d");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** What a row holds, which the template reads to choose what to print. */
    enum Kind { DOSES, AS_NEEDED, NONE_DUE, NO_ORDERS }

    private final Labels labels;
    private final OrderWords words;
    private final ZoneId zone;
    private final DateTimeFormatter doseTime;
    private final DateTimeFormatter birth;

    DowntimeMarRows(Labels labels, ZoneId zone) {
        this.labels = labels;
        this.words = OrderWords.of(labels.bundle().getLocale());
        this.zone = zone;
        this.doseTime = DOSE_TIME.withLocale(labels.bundle().getLocale());
        this.birth = BIRTH.withLocale(labels.bundle().getLocale());
    }

    List<Map<String, ?>> of(DowntimeChart.Sheet sheet) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int patientNo = 0;
        int orderNo = 0;
        for (DowntimeChart.PatientSheet patient : sheet.patients()) {
            patientNo++;
            if (patient.orders().isEmpty()) {
                rows.add(row(patientNo, patient, ++orderNo, null, Kind.NO_ORDERS, true, List.of()));
            }
            for (DowntimeChart.OrderSheet order : patient.orders()) {
                orderNo++;
                if (order.asNeeded()) {
                    rows.add(row(patientNo, patient, orderNo, order, Kind.AS_NEEDED, true, List.of("", "", "", "", "", "")));
                } else if (order.doses().isEmpty()) {
                    rows.add(row(patientNo, patient, orderNo, order, Kind.NONE_DUE, true, List.of()));
                }
                List<String> slots = order.doses().stream().map(this::slot).toList();
                for (int i = 0; i < slots.size() && !order.asNeeded(); i += SLOTS) {
                    rows.add(row(patientNo, patient, orderNo, order, Kind.DOSES, i == 0,
                            slots.subList(i, Math.min(i + SLOTS, slots.size()))));
                }
            }
        }
        return rows;
    }

    private String slot(DowntimeChart.DueDose dose) {
        String time = doseTime.format(dose.scheduledAt().atZone(zone));
        return dose.overdue() ? time + " " + labels.text("dose.overdue") : time;
    }

    private Map<String, Object> row(int patientNo, DowntimeChart.PatientSheet patient, int orderNo,
                                    DowntimeChart.OrderSheet order, Kind kind, boolean firstLine, List<String> slots) {
        Map<String, Object> row = new HashMap<>();
        row.put("patientNo", patientNo);
        row.put("patientName", patient.familyName().toUpperCase(labels.bundle().getLocale()) + ", " + patient.givenName());
        row.put("bed", patient.bed());
        row.put("dateOfBirth", patient.dateOfBirth() == null ? null : birth.format(patient.dateOfBirth()));
        row.put("hospitalNumber", patient.hospitalNumber());
        row.put("nhsNumber", patient.nhsNumber());
        row.put("weight", weight(patient.weight()));
        row.put("allergies", allergies(patient));
        row.put("orderNo", orderNo);
        row.put("kind", kind.name());
        row.put("firstLine", firstLine);
        row.put("description", order == null ? labels.text("orders.none") : words.order(order.wording()));
        row.put("details", order == null ? null : details(order));
        row.put("controlled", order != null && order.controlled());
        for (int i = 0; i < SLOTS; i++) {
            row.put("slot" + (i + 1), i < slots.size() ? slots.get(i) : null);
        }
        return row;
    }

    private String weight(DowntimeChart.Weight weight) {
        if (weight == null) {
            return labels.text("weight.none");
        }
        return labels.text("weight.value", weight.value().stripTrailingZeros().toPlainString() + " " + weight.unit(),
                birth.format(weight.measuredAt().atZone(zone)));
    }

    private String allergies(DowntimeChart.PatientSheet patient) {
        return switch (patient.allergyStatus()) {
            case NOT_RECORDED -> labels.text("allergies.notRecorded");
            case NO_KNOWN_ALLERGIES -> labels.text("allergies.none");
            case KNOWN_ALLERGIES -> String.join("; ", patient.allergies());
        };
    }

    /** The warnings a nurse must not miss, then the prescriber's instructions. */
    private String details(DowntimeChart.OrderSheet order) {
        List<String> parts = new ArrayList<>();
        if (order.suspended()) {
            parts.add(labels.text("flag.suspended"));
        }
        if (order.critical()) {
            parts.add(labels.text("flag.critical"));
        }
        if (order.controlled()) {
            parts.add(labels.text("flag.controlled"));
        }
        if (order.asNeeded()) {
            parts.add(labels.text("flag.asNeeded"));
        }
        if (!order.verified()) {
            parts.add(labels.text("flag.notVerified"));
        }
        if (order.instructions() != null && !order.instructions().isBlank()) {
            parts.add(order.instructions().strip());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    static String period(Labels labels, ZoneId zone, Instant from, Instant until) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withLocale(labels.bundle().getLocale());
        return labels.text("period", f.format(from.atZone(zone)), f.format(until.atZone(zone)));
    }
}
