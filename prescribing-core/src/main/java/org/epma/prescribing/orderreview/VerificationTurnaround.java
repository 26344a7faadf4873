package org.epma.prescribing.orderreview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.epma.prescribing.time.ReportPeriod;

/**
 * How long signed orders waited for pharmacy verification, ward by ward and day by day: every order version signed in
 * the period counts once (a change is a new version that waits again), for the ward the patient was on when it was
 * signed. Counts and times only: it names no patient. A plain read.
 */
public interface VerificationTurnaround {

    /**
     * @param wardCode the ward asked for, or null for the whole hospital
     * @param zone     the ward's time zone, or the hospital's default, in which days are counted
     */
    public record Report(String wardCode, String wardName, String wardNameCy, ZoneId zone, ReportPeriod period,
                         List<WardFigures> wards, TurnaroundFigures total, List<DayFigures> days) {
    }

    /** A ward's figures; wardCode null for orders of patients on no ward when signed. */
    public record WardFigures(String wardCode, String wardName, String wardNameCy, TurnaroundFigures figures) {
    }

    /** The orders signed on one day (in the report's time zone). */
    public record DayFigures(LocalDate day, TurnaroundFigures figures) {
    }

    /** For one ward, or every ward when {@code wardCode} is null; an unknown ward is a NotFoundException. */
    Report report(String wardCode, ReportPeriod period);
}
