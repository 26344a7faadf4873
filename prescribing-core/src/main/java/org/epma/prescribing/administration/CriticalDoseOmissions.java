package org.epma.prescribing.administration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.epma.prescribing.time.ReportPeriod;

/**
 * Omitted and delayed doses of critical medicines on a ward over a period (CLINICAL.md: anti-infectives,
 * anticoagulants, insulin, Parkinson's medicines, antiepileptics, corticosteroids, opioids for pain; the formulary's
 * critical flag, NPSA/2010/RRR009, marks them). A dose counts for the ward when the patient was on it at the dose
 * time. Omitted: recorded as not given, with its reason, or its window closed with nothing recorded. Delayed: given
 * after its window closed. Doses whose window has not closed yet are not judged. A plain read.
 */
public interface CriticalDoseOmissions {

    public enum Kind {
        /** Recorded as not given, with a reason. */
        OMITTED,
        /** Its window closed and nothing was recorded. */
        NOT_RECORDED,
        /** Given after its window closed. */
        DELAYED
    }

    public record Report(String wardCode, String wardName, String wardNameCy, ZoneId zone, ReportPeriod period,
                         int criticalDosesDue, List<Entry> entries, List<Day> days) {
        public long count(Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).count();
        }
    }

    /**
     * One dose omitted or delayed. {@code minutesLate} counts from the dose time, for a delayed dose; {@code recordedBy}
     * is who recorded it (none for a dose not recorded).
     */
    public record Entry(long patientId, String patientName, String hospitalNumber, String medicine, Instant scheduledAt,
                        Kind kind, NotGivenReason reason, String note, Instant administeredAt, long minutesLate,
                        String timingReason, String recordedBy) {
    }

    /** A day of the period (in the ward's time zone): critical doses due, and how many were omitted or delayed. */
    public record Day(LocalDate day, int due, int omitted, int notRecorded, int delayed) {
    }

    /** An unknown ward is a {@link org.epma.prescribing.refusal.NotFoundException}. */
    Report report(String wardCode, ReportPeriod period);
}
