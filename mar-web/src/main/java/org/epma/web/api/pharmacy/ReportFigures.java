package org.epma.web.api.pharmacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.epma.prescribing.administration.CriticalDoseOmissions;
import org.epma.prescribing.administration.CriticalDoseOmissions.Kind;
import org.epma.prescribing.orderreview.VerificationTurnaround;

import static org.epma.prescribing.orderreview.TurnaroundFigures.hours;

/**
 * The figures behind the reports' charts, for the Reports page to plot beside the PDF. Counts and times only: no
 * patient is named.
 */
public final class ReportFigures {

    private ReportFigures() {
    }

    /** Verification turnaround day by day (in the ward's, or the hospital's, time zone). */
    public record TurnaroundByDay(String wardCode, LocalDate from, LocalDate to, List<TurnaroundDay> days) {
        static TurnaroundByDay of(VerificationTurnaround.Report report) {
            return new TurnaroundByDay(report.wardCode(), report.period().first(), report.period().last(), report.days().stream()
                    .map(d -> new TurnaroundDay(d.day(), d.figures().signed(), d.figures().verified(), hours(d.figures().median()),
                            hours(d.figures().p90()), d.figures().shareWithin24h()))
                    .toList());
        }
    }

    /** Hours to one decimal; null when nothing was verified that day. */
    public record TurnaroundDay(LocalDate day, int signed, int verified, BigDecimal medianHours, BigDecimal p90Hours, Double shareWithin24h) {
    }

    /** A ward's critical doses due in the period and how many were omitted, not recorded or delayed. */
    public record WardOmissions(String wardCode, String wardName, String wardNameCy, int criticalDosesDue, long omitted, long notRecorded,
                         long delayed) {
        static WardOmissions of(CriticalDoseOmissions.Report report) {
            return new WardOmissions(report.wardCode(), report.wardName(), report.wardNameCy(), report.criticalDosesDue(),
                    report.count(Kind.OMITTED), report.count(Kind.NOT_RECORDED), report.count(Kind.DELAYED));
        }
    }
}
