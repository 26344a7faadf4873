package org.epma.reports.critical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.epma.prescribing.administration.CriticalDoseOmissions.Entry;
import org.epma.prescribing.administration.CriticalDoseOmissions.Kind;
import org.epma.prescribing.administration.CriticalDoseOmissions;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Labels;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 3, omitted and delayed doses of critical medicines on a ward: each one with the patient, the medicine, what
 * happened and why, and a chart of them by day drawn by Jasper's charts.
 */
@ApplicationScoped
public class CriticalOmissionsReport {

    static final String TEMPLATE = "org/epma/reports/critical/critical-omissions.jrxml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter CHART_DAY = DateTimeFormatter.ofPattern("d MMM");

    private final CriticalDoseOmissions omissions;
    private final PdfPrinter printer;

    @Inject
    public CriticalOmissionsReport(CriticalDoseOmissions omissions, PdfPrinter printer) {
        this.omissions = omissions;
        this.printer = printer;
    }

    protected CriticalOmissionsReport() {
        this(null, null);
    }

    public Pdf print(String wardCode, ReportPeriod period, Printing printing) {
        return print(omissions.report(wardCode, period), printing);
    }

    public Pdf print(CriticalDoseOmissions.Report report, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        DateTimeFormatter time = TIME.withLocale(printing.locale());
        DateTimeFormatter day = DAY.withLocale(printing.locale());
        List<Map<String, ?>> rows = report.entries().stream().<Map<String, ?>>map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("scheduled", time.format(e.scheduledAt().atZone(report.zone())));
            row.put("patient", e.patientName() + " · " + e.hospitalNumber());
            row.put("medicine", e.medicine());
            row.put("what", what(labels, e, report));
            row.put("why", why(labels, e));
            row.put("by", e.recordedBy());
            return row;
        }).toList();
        List<Map<String, ?>> chart = new ArrayList<>();
        DateTimeFormatter chartDay = CHART_DAY.withLocale(printing.locale());
        for (CriticalDoseOmissions.Day d : report.days()) {
            String category = chartDay.format(d.day());
            chart.add(point(labels.text("omissions.kind.OMITTED"), category, d.omitted()));
            chart.add(point(labels.text("omissions.kind.NOT_RECORDED"), category, d.notRecorded()));
            chart.add(point(labels.text("omissions.kind.DELAYED"), category, d.delayed()));
        }
        String wardName = Printing.WELSH.equals(printing.locale()) ? report.wardNameCy() : report.wardName();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("WARD", wardName + " (" + report.wardCode() + ")");
        parameters.put("PERIOD", labels.text("period", day.format(report.period().first()), day.format(report.period().last())));
        parameters.put("TOTALS", labels.text("omissions.totals", report.criticalDosesDue(), report.count(Kind.OMITTED),
                report.count(Kind.NOT_RECORDED), report.count(Kind.DELAYED)));
        parameters.put("CHART", new JRMapCollectionDataSource(chart));
        return printer.print(TEMPLATE, printing, report.zone(), parameters, rows);
    }

    private static Map<String, ?> point(String series, String category, int value) {
        return Map.of("series", series, "day", category, "count", value);
    }

    private static String what(Labels labels, Entry e, CriticalDoseOmissions.Report report) {
        String kind = labels.text("omissions.kind." + e.kind().name());
        if (e.kind() == Kind.DELAYED) {
            return kind + " " + labels.text("omissions.late", CLOCK.format(e.administeredAt().atZone(report.zone())),
                    e.minutesLate() / 60, e.minutesLate() % 60);
        }
        return kind;
    }

    private static String why(Labels labels, Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.reason() != null) {
            parts.add(labels.text("reason." + e.reason().name()));
        }
        if (e.note() != null && !e.note().isBlank()) {
            parts.add(e.note().strip());
        }
        if (e.timingReason() != null && !e.timingReason().isBlank()) {
            parts.add(e.timingReason().strip());
        }
        if (parts.isEmpty() && e.kind() == Kind.NOT_RECORDED) {
            parts.add(labels.text("omissions.noReason"));
        }
        return String.join(" · ", parts);
    }
}
