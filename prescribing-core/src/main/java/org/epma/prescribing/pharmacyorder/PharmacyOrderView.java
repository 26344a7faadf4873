package org.epma.prescribing.pharmacyorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.ward.AttendingDoctor;
import org.epma.prescribing.ward.WardContext;

/**
 * One version of an order as a dispensing system is told of it (HL7 RDE^O11 or OMP^O09): what is ordered, for whom,
 * where they are, what they are allergic to, who prescribed it and which pharmacist verified it.
 *
 * @param stay null when the patient is on no ward
 * @param ward the settings of the patient's ward, or the hospital defaults when they are on none
 * @param allergies not entered in error, in the order recorded
 * @param verifier the pharmacist who verified this version or, for a hold or stop of a newer version not yet
 *                 verified, the last one who verified the order; null when none has
 */
public record PharmacyOrderView(Order order, Person patient, Stay stay, WardContext ward, List<RecordedAllergy> allergies,
                                Signatory prescriber, Signatory verifier) {

    public PharmacyOrderView {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(ward, "ward");
        allergies = List.copyOf(allergies);
        Objects.requireNonNull(prescriber, "prescriber");
    }

    /**
     * The order version's content; the dose unit is as stored (a unit's name or symbol). {@code correctionScale}: an insulin
     * correction scale in words, null for other orders.
     */
    public record Order(long id, String reference, int versionNo, String productCode, BigDecimal dose, BigDecimal doseUpTo,
                        String doseUnit, Route route, Frequency frequency, Instant startAt, Instant endAt, String prnReason,
                        BigDecimal prnMinIntervalHours, Integer prnMaxPer24h, String indication, String instructions,
                        String correctionScale) {
    }

    /** The patient as they are recorded now. */
    public record Person(HospitalNumber hospitalNumber, NhsNumber nhsNumber, String familyName, String givenName,
                         LocalDate dateOfBirth, Sex sex) {
    }

    /**
     * The stay the patient is in now.
     *
     * @param bed null while they wait for a bed
     * @param attendingDoctor null when none is known
     */
    public record Stay(long admissionId, String wardCode, String bed, AttendingDoctor attendingDoctor, Instant admittedAt) {
    }

    public record RecordedAllergy(String substance, AllergySeverity severity, String reaction) {
    }

    /** A member of staff by user name, with the name they are shown by (the user name when the account is unknown). */
    public record Signatory(String username, String displayName) {
    }
}
