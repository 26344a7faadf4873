package org.epma.reports.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.orderreview.OverridesAndInterventions.OrderSummary;
import org.epma.prescribing.orderreview.OverridesAndInterventions;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Labels;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 5, alert overrides and pharmacist interventions on a ward: first every alert overridden at signing (the
 * alert, who overrode it and why), then what pharmacists did (interventions and rejections), each with where the order
 * ended: verified, changed into a new version, rejected, stopped or still waiting.
 */
@ApplicationScoped
public class OverridesInterventionsReport {

    static final String TEMPLATE = "org/epma/reports/review/overrides-interventions.jrxml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final OverridesAndInterventions review;
    private final PdfPrinter printer;

    @Inject
    public OverridesInterventionsReport(OverridesAndInterventions review, PdfPrinter printer) {
        this.review = review;
        this.printer = printer;
    }

    protected OverridesInterventionsReport() {
        this(null, null);
    }

    public Pdf print(String wardCode, ReportPeriod period, Printing printing) {
        return print(review.report(wardCode, period), printing);
    }

    public Pdf print(OverridesAndInterventions.Report report, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        DateTimeFormatter time = TIME.withLocale(printing.locale());
        DateTimeFormatter day = DAY.withLocale(printing.locale());
        ZoneId zone = report.zone();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (OverridesAndInterventions.Overridden o : report.overrides()) {
            rows.add(row(labels.text("review.overrides"), 1, time.format(o.signedAt().atZone(zone)), o.order(),
                    labels.text("severity." + o.severity().name()) + " · " + labels.text("category." + o.category().name()) + ": "
                            + o.message() + "\n" + labels.text("review.reason", o.reason()),
                    o.overriddenBy(), outcome(labels, o.order(), time, zone)));
        }
        for (OverridesAndInterventions.PharmacistAction a : report.actions()) {
            String what = a.kind() == OverridesAndInterventions.ActionKind.REJECTION
                    ? labels.text("review.rejected", a.note())
                    : labels.text("review.intervention", labels.text("intervention." + a.category()), a.note());
            rows.add(row(labels.text("review.actions"), 2, time.format(a.at().atZone(zone)), a.order(), what, a.pharmacist(),
                    outcome(labels, a.order(), time, zone)));
        }
        String wardName = Printing.WELSH.equals(printing.locale()) ? report.wardNameCy() : report.wardName();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("WARD", wardName + " (" + report.wardCode() + ")");
        parameters.put("PERIOD", labels.text("period", day.format(report.period().first()), day.format(report.period().last())));
        parameters.put("TOTALS", labels.text("review.totals", report.overrides().size(),
                report.actions().stream().filter(a -> a.kind() == OverridesAndInterventions.ActionKind.INTERVENTION).count(),
                report.actions().stream().filter(a -> a.kind() == OverridesAndInterventions.ActionKind.REJECTION).count(),
                report.verifiedInPeriod()));
        return printer.print(TEMPLATE, printing, zone, parameters, rows);
    }

    private static Map<String, ?> row(String section, int sectionNo, String when, OrderSummary order, String what, String by,
                                      String outcome) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", section);
        row.put("sectionNo", sectionNo);
        row.put("when", when);
        row.put("patient", order.patientName() + " · " + order.hospitalNumber());
        row.put("medicine", order.medicine());
        row.put("what", what);
        row.put("by", by);
        row.put("outcome", outcome);
        return row;
    }

    private static String outcome(Labels labels, OrderSummary order, DateTimeFormatter time, ZoneId zone) {
        String fate = labels.text("fate.order." + order.fate().name());
        if (order.by() != null) {
            fate += " " + labels.text("review.byAt", order.by(), order.at() == null ? "" : time.format(order.at().atZone(zone)));
        }
        if (order.reason() != null && order.fate() != OverridesAndInterventions.Fate.REJECTED) {
            fate += ": " + order.reason();
        }
        return fate;
    }
}
