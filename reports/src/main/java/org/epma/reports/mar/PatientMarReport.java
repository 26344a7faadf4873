package org.epma.reports.mar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.administration.PatientMarHistory.Dose;
import org.epma.prescribing.administration.PatientMarHistory.OrderRecord;
import org.epma.prescribing.administration.PatientMarHistory;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 2, a patient's medicines administration record over a period: order by order, every dose scheduled and what
 * happened to it (given, by whom, when, witnessed by whom; not given and why; nothing recorded), and as-needed doses given.
 */
@ApplicationScoped
public class PatientMarReport {

    static final String TEMPLATE = "org/epma/reports/mar/patient-mar.jrxml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final PatientMarHistory history;
    private final PdfPrinter printer;

    @Inject
    public PatientMarReport(PatientMarHistory history, PdfPrinter printer) {
        this.history = history;
        this.printer = printer;
    }

    protected PatientMarReport() {
        this(null, null);
    }

    public Pdf print(long patientId, ReportPeriod period, Printing printing) {
        return print(history.record(patientId, period), printing);
    }

    public Pdf print(PatientMarHistory.Record record, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        OrderWords words = OrderWords.of(printing.locale());
        ZoneId zone = record.zone();
        DateTimeFormatter time = TIME.withLocale(printing.locale());
        DateTimeFormatter day = DAY.withLocale(printing.locale());
        List<Map<String, ?>> rows = new ArrayList<>();
        int orderNo = 0;
        for (OrderRecord order : record.orders()) {
            orderNo++;
            String heading = words.order(order.wording());
            String details = details(labels, order, day, zone);
            if (order.doses().isEmpty()) {
                rows.add(row(orderNo, heading, details, labels.text("mar.noDoses"), null, null, null, null, null, false));
            }
            for (Dose dose : order.doses()) {
                String when = dose.scheduledAt() == null ? labels.text("mar.asNeededDose") : time.format(dose.scheduledAt().atZone(zone));
                String given = dose.administeredAt() == null ? null
                        : (dose.scheduledAt() != null && sameDay(dose.scheduledAt(), dose.administeredAt(), zone)
                        ? CLOCK.format(dose.administeredAt().atZone(zone)) : time.format(dose.administeredAt().atZone(zone)));
                rows.add(row(orderNo, heading, details, when, fate(labels, dose), given, words.quantity(dose.dose()), who(dose), notes(labels, dose),
                        dose.fate() == PatientMarHistory.Fate.NO_RECORD || dose.fate() == PatientMarHistory.Fate.NOT_GIVEN
                                || dose.outsideWindow()));
            }
        }
        String ward = record.wardCode() == null ? labels.text("mar.noWard")
                : (Printing.WELSH.equals(printing.locale()) ? record.wardNameCy() : record.wardName()) + " (" + record.wardCode() + ")"
                + (record.bed() == null ? "" : " · " + labels.text("bed") + " " + record.bed());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("WARD", ward);
        parameters.put("PERIOD", labels.text("period", day.format(record.period().first()), day.format(record.period().last())));
        parameters.put("PATIENT", record.familyName().toUpperCase(printing.locale()) + ", " + record.givenName());
        parameters.put("IDENTIFIERS", labels.text("hospitalNumber") + " " + record.hospitalNumber()
                + (record.nhsNumber() == null ? "" : " · " + labels.text("nhsNumber") + " " + record.nhsNumber())
                + (record.dateOfBirth() == null ? "" : " · " + labels.text("dateOfBirth") + " " + day.format(record.dateOfBirth())));
        parameters.put("ALLERGIES", labels.text("allergies") + ": " + switch (record.allergyStatus()) {
            case NOT_RECORDED -> labels.text("allergies.notRecorded");
            case NO_KNOWN_ALLERGIES -> labels.text("allergies.none");
            case KNOWN_ALLERGIES -> String.join("; ", record.allergies());
        });
        return printer.print(TEMPLATE, printing, zone, parameters, rows);
    }

    private static boolean sameDay(Instant a, Instant b, ZoneId zone) {
        return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
    }

    private static Map<String, Object> row(int orderNo, String heading, String details, String when, String fate, String given,
                                           String dose, String by, String notes, boolean attention) {
        Map<String, Object> row = new HashMap<>();
        row.put("orderNo", orderNo);
        row.put("order", heading);
        row.put("orderDetails", details);
        row.put("scheduled", when);
        row.put("fate", fate);
        row.put("givenAt", given);
        row.put("dose", dose);
        row.put("by", by);
        row.put("attention", attention);
        row.put("notes", notes);
        return row;
    }

    private static String details(Labels labels, OrderRecord order, DateTimeFormatter day, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(labels.text("mar.version", order.versionNo(), labels.text("status." + order.status().name())));
        parts.add(labels.text("mar.prescribedBy", order.prescribedBy()));
        parts.add(labels.text("mar.from", day.format(order.startAt().atZone(zone)))
                + (order.endAt() == null ? "" : " " + labels.text("mar.until", day.format(order.endAt().atZone(zone)))));
        if (order.critical()) {
            parts.add(labels.text("flag.critical"));
        }
        if (order.controlled()) {
            parts.add(labels.text("flag.controlled"));
        }
        return String.join(" · ", parts);
    }

    private static String fate(Labels labels, Dose dose) {
        String text = labels.text("fate." + dose.fate().name());
        if (dose.reason() != null) {
            text += ": " + labels.text("reason." + dose.reason().name());
        }
        if (dose.outsideWindow()) {
            text += " " + labels.text("mar.outsideWindow");
        }
        return text;
    }

    private static String who(Dose dose) {
        if (dose.recordedBy() == null) {
            return null;
        }
        return dose.witnessedBy() == null ? dose.recordedBy() : dose.recordedBy() + " + " + dose.witnessedBy();
    }

    private static String notes(Labels labels, Dose dose) {
        List<String> parts = new ArrayList<>();
        if (dose.note() != null && !dose.note().isBlank()) {
            parts.add(dose.note().strip());
        }
        if (dose.prnReason() != null && !dose.prnReason().isBlank()) {
            parts.add(labels.text("mar.prnReason", dose.prnReason().strip()));
        }
        if (dose.timingReason() != null && !dose.timingReason().isBlank()) {
            parts.add(labels.text("mar.timingReason", dose.timingReason().strip()));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
