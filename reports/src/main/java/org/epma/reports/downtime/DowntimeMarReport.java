package org.epma.reports.downtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.reports.print.Labels;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 1, the downtime medicines chart of a ward: for each patient a page (or more) headed with allergies and weight,
 * each current order, and a box to sign for every dose due in the next 24 hours.
 */
@ApplicationScoped
public class DowntimeMarReport {

    static final String TEMPLATE = "org/epma/reports/downtime/downtime-mar.jrxml";

    private final DowntimeChart chart;
    private final PdfPrinter printer;

    @Inject
    public DowntimeMarReport(DowntimeChart chart, PdfPrinter printer) {
        this.chart = chart;
        this.printer = printer;
    }

    protected DowntimeMarReport() {
        this(null, null);
    }

    /** The chart of the ward as it stands now; an unknown ward is a {@link org.epma.prescribing.refusal.NotFoundException}. */
    public Pdf print(String wardCode, Printing printing) {
        // the read ends (and its transaction with it) before filling starts: printing holds nothing a nurse waits on
        return print(chart.sheet(wardCode), printing);
    }

    public Pdf print(DowntimeChart.Sheet sheet, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        String wardName = Printing.WELSH.equals(printing.locale()) ? sheet.wardNameCy() : sheet.wardName();
        Map<String, Object> parameters = Map.of(
                "WARD", wardName + " (" + sheet.wardCode() + ")",
                "PERIOD", DowntimeMarRows.period(labels, sheet.zone(), sheet.from(), sheet.until()));
        return printer.print(TEMPLATE, printing, sheet.zone(), parameters, new DowntimeMarRows(labels, sheet.zone()).of(sheet));
    }
}
