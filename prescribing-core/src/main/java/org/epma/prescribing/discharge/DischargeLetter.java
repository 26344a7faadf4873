package org.epma.prescribing.discharge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.staff.Language;

/**
 * What the papers of a screened discharge prescription say (the GP's summary, the patient's own list): the patient, the
 * stay, who signed and who screened, the allergies, and each medicine as it changes at discharge. Names of people are
 * as they read them (display names); medicine names as the formulary writes them.
 *
 * @param language      the language the patient reads their papers in; null when nobody has asked them yet
 * @param dischargedAt  when the stay ended, null while the patient is still on the ward
 * @param medicines     the comparison of the pre-admission list with what goes home, one entry a medicine
 * @param notContinued  orders given in hospital that stop at discharge and were not taken before admission
 */
public record DischargeLetter(long dischargeId, long patientId, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                              LocalDate dateOfBirth, Language language, AllergyStatus allergyStatus, List<String> allergies,
                              String wardCode, String wardName, String wardNameCy, ZoneId zone, Instant admittedAt,
                              Instant dischargedAt, boolean beforeListRecorded, String signedBy, Instant signedAt,
                              String screenedBy, Instant screenedAt, List<Medicine> medicines, List<Medicine> notContinued) {

    public DischargeLetter {
        Objects.requireNonNull(zone, "zone");
        allergies = List.copyOf(allergies);
        medicines = List.copyOf(medicines);
        notContinued = List.copyOf(notContinued);
    }

    /**
     * One medicine. {@code before} is absent for a new one, {@code after} for a stopped one (and for one not continued);
     * {@code perDose} is the dose in the product's own unit ("1 tablet" for 5 mg of 5 mg tablets), null when the product
     * does not say. The supply is a quantity in {@code supplyUnit} for {@code supplyDays}, or the patient's own supply.
     */
    public record Medicine(MedicineChange.Kind kind, Set<MedicineChange.Part> parts, OrderWording before, OrderWording after,
                           Quantity perDose, String reason, BigDecimal supplyQuantity, Unit supplyUnit, Integer supplyDays,
                           boolean ownSupply) {

        public Medicine {
            Objects.requireNonNull(kind, "kind");
            parts = Set.copyOf(parts);
        }

        /** The line as it is now: what goes home, or what was taken before for a stopped medicine. */
        public OrderWording now() {
            return after != null ? after : before;
        }
    }
}
