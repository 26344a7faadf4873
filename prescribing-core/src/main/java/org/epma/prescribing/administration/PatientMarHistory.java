package org.epma.prescribing.administration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.time.ReportPeriod;

/**
 * A patient's medicines administration record over a period, for printing: every order on the chart in the period
 * (each version), every dose it scheduled and what happened to it, and every as-needed dose given. Records struck
 * through in error are left out, as the chart leaves them out. A plain read.
 */
public interface PatientMarHistory {

    /** What happened to a dose. */
    public enum Fate {
        GIVEN,
        NOT_GIVEN,
        /** Its window closed with nothing recorded. */
        NO_RECORD,
        /** Its window is open now. */
        DUE,
        NOT_YET_DUE,
        /** Unrecorded while its order stands suspended. */
        SUSPENDED
    }

    /**
     * @param wardCode where the patient is now (null when on no ward); its time zone and dose times are the record's
     */
    public record Record(long patientId, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                         LocalDate dateOfBirth, AllergyStatus allergyStatus, List<String> allergies, String wardCode,
                         String wardName, String wardNameCy, String bed, ZoneId zone, ReportPeriod period, List<OrderRecord> orders) {
        public int doseCount() {
            return orders.stream().mapToInt(o -> o.doses().size()).sum();
        }
    }

    /** One version of an order and its doses in the period, oldest first. */
    public record OrderRecord(long prescriptionId, String reference, int versionNo, OrderWording wording, PrescriptionStatus status,
                              boolean critical, boolean controlled, boolean asNeeded, String prescribedBy, Instant startAt,
                              Instant endAt, List<Dose> doses) {
    }

    /**
     * A dose scheduled (scheduledAt) or an as-needed dose given (scheduledAt null). {@code lateOrEarly} when given
     * outside its window; {@code timingReason} is why, or why it was recorded afterwards.
     */
    public record Dose(Instant scheduledAt, Fate fate, Instant administeredAt, Quantity dose, NotGivenReason reason, String note,
                       String recordedBy, String witnessedBy, boolean outsideWindow, String timingReason, String prnReason) {
    }

    /** An unknown patient is a {@link org.epma.prescribing.refusal.NotFoundException}. */
    Record record(long patientId, ReportPeriod period);
}
