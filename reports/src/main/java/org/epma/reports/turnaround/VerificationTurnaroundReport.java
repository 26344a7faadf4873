package org.epma.reports.turnaround;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.epma.prescribing.orderreview.TurnaroundFigures;
import org.epma.prescribing.orderreview.VerificationTurnaround;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Labels;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 6, verification turnaround: for each ward (or the one asked for) the orders signed in the period, the median
 * and 90th percentile of the time from signing to verification, and the share verified within 24 hours, with a chart of
 * the median and 90th percentile by day drawn by Jasper's charts. Counts and times only: no patient is named.
 */
@ApplicationScoped
public class VerificationTurnaroundReport {

    static final String TEMPLATE = "org/epma/reports/turnaround/verification-turnaround.jrxml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter CHART_DAY = DateTimeFormatter.ofPattern("d MMM");

    private final VerificationTurnaround turnaround;
    private final PdfPrinter printer;

    @Inject
    public VerificationTurnaroundReport(VerificationTurnaround turnaround, PdfPrinter printer) {
        this.turnaround = turnaround;
        this.printer = printer;
    }

    protected VerificationTurnaroundReport() {
        this(null, null);
    }

    /** {@code wardCode} null for every ward. */
    public Pdf print(String wardCode, ReportPeriod period, Printing printing) {
        return print(turnaround.report(wardCode, period), printing);
    }

    public Pdf print(VerificationTurnaround.Report report, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        boolean welsh = Printing.WELSH.equals(printing.locale());
        DateTimeFormatter day = DAY.withLocale(printing.locale());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (VerificationTurnaround.WardFigures ward : report.wards()) {
            String name = ward.wardCode() == null ? labels.text("turnaround.noWard")
                    : (welsh ? ward.wardNameCy() : ward.wardName()) + " (" + ward.wardCode() + ")";
            rows.add(row(labels, name, ward.figures(), false));
        }
        if (report.wardCode() == null) {
            rows.add(row(labels, labels.text("turnaround.allWards"), report.total(), true));
        }
        List<Map<String, ?>> chart = new ArrayList<>();
        DateTimeFormatter chartDay = CHART_DAY.withLocale(printing.locale());
        for (VerificationTurnaround.DayFigures d : report.days()) {
            String category = chartDay.format(d.day());
            chart.add(point(labels.text("turnaround.median"), category, hours(d.figures().median())));
            chart.add(point(labels.text("turnaround.p90"), category, hours(d.figures().p90())));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("WARD", report.wardCode() == null ? labels.text("turnaround.everyWard")
                : (welsh ? report.wardNameCy() : report.wardName()) + " (" + report.wardCode() + ")");
        parameters.put("PERIOD", labels.text("period", day.format(report.period().first()), day.format(report.period().last())));
        parameters.put("CHART", new JRMapCollectionDataSource(chart));
        parameters.put("HAS_ORDERS", report.total().signed() > 0);
        return printer.print(TEMPLATE, printing, report.zone(), parameters, rows);
    }

    private static Map<String, ?> point(String series, String category, Double value) {
        Map<String, Object> point = new HashMap<>();
        point.put("series", series);
        point.put("day", category);
        point.put("hours", value);
        return point;
    }

    private static Map<String, ?> row(Labels labels, String ward, TurnaroundFigures f, boolean total) {
        Map<String, Object> row = new HashMap<>();
        row.put("ward", ward);
        row.put("signed", f.signed());
        row.put("verified", f.verified());
        row.put("median", duration(labels, f.median()));
        row.put("p90", duration(labels, f.p90()));
        row.put("within24h", f.shareWithin24h() == null ? "–"
                : labels.text("turnaround.share", Math.round(f.shareWithin24h() * 100), f.verifiedWithin24h(),
                f.verified() + f.waitingOver24h()));
        row.put("waiting", f.waiting() == 0 ? "0" : labels.text("turnaround.waiting", f.waiting(), f.waitingOver24h()));
        row.put("closed", f.rejectedOrStopped());
        row.put("total", total);
        return row;
    }

    /** Hours and minutes, "3 h 05 min"; a dash when nothing was verified. */
    static String duration(Labels labels, Duration d) {
        if (d == null) {
            return "–";
        }
        long minutes = Math.round(d.toSeconds() / 60.0);
        return labels.text("turnaround.duration", minutes / 60, String.format("%02d", minutes % 60));
    }

    private static Double hours(Duration d) {
        return d == null ? null : TurnaroundFigures.hours(d).doubleValue();
    }
}
