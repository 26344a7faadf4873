package org.epma.prescribing.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;

/**
 * What the checks know of the patient now. Weight, height and renal function may be unknown (null); a
 * check that needs one of them says so with a MISSING_DATA alert rather than passing. Serum creatinine is in
 * micromol/L, for the Cockcroft-Gault estimate of creatinine clearance ({@link BodySize}).
 */
public record PatientState(BigDecimal ageYears, Sex sex, BigDecimal weightKg, BigDecimal heightCm,
                           PregnancyStatus pregnancy, RenalFunction renal, AllergyStatus allergyStatus,
                           List<RecordedAllergy> allergies, BigDecimal serumCreatinine) {

    public PatientState {
        Objects.requireNonNull(ageYears, "age");
        Objects.requireNonNull(sex, "sex");
        pregnancy = pregnancy == null ? PregnancyStatus.NOT_RECORDED : pregnancy;
        allergyStatus = allergyStatus == null ? AllergyStatus.NOT_RECORDED : allergyStatus;
        allergies = List.copyOf(allergies == null ? List.of() : allergies);
    }

    /** A patient without a serum creatinine result. */
    public PatientState(BigDecimal ageYears, Sex sex, BigDecimal weightKg, BigDecimal heightCm, PregnancyStatus pregnancy,
                        RenalFunction renal, AllergyStatus allergyStatus, List<RecordedAllergy> allergies) {
        this(ageYears, sex, weightKg, heightCm, pregnancy, renal, allergyStatus, allergies, null);
    }

    /**
     * The state of a recorded patient on the given day: age from the date of birth, the latest weight, height,
     * renal function and serum creatinine, and the recorded allergies.
     */
    public static PatientState of(Patient patient, Map<MeasurementKind, Measurement> latest, List<Allergy> allergies,
                                  LocalDate today) {
        Measurement renal = Measurement.latestRenalFunction(latest.get(MeasurementKind.EGFR),
                latest.get(MeasurementKind.CREATININE_CLEARANCE));
        BigDecimal ageYears = BigDecimal.valueOf(ChronoUnit.DAYS.between(patient.dateOfBirth(), today))
                .divide(new BigDecimal("365.25"), MathContext.DECIMAL64);
        return new PatientState(ageYears, patient.sex(), valueOf(latest, MeasurementKind.WEIGHT),
                valueOf(latest, MeasurementKind.HEIGHT), patient.pregnancyStatus(),
                renal == null ? null : new RenalFunction(renal.kind(), renal.value()),
                patient.allergyStatus(),
                allergies.stream().map(a -> new RecordedAllergy(a.substance(), a.reaction(), a.severity())).toList(),
                valueOf(latest, MeasurementKind.SERUM_CREATININE));
    }

    private static BigDecimal valueOf(Map<MeasurementKind, Measurement> latest, MeasurementKind kind) {
        Measurement m = latest.get(kind);
        return m == null ? null : m.value();
    }

    /** The latest renal function result: eGFR (mL/min/1.73 m²) or creatinine clearance (mL/min). */
    public record RenalFunction(MeasurementKind kind, BigDecimal value) {
        public String describe() {
            return (kind == MeasurementKind.EGFR ? "eGFR " : "creatinine clearance ") + value.stripTrailingZeros().toPlainString()
                    + " " + kind.unit();
        }
    }

    /** An allergy as recorded: the substance in the recorder's words, and how bad the reaction was. */
    public record RecordedAllergy(String substance, String reaction, AllergySeverity severity) {
    }

    /** Someone who could be pregnant, for whom an unrecorded pregnancy status matters (12 to 55 years). */
    public boolean couldBePregnant() {
        return sex == Sex.FEMALE && ageYears.compareTo(BigDecimal.valueOf(12)) >= 0 && ageYears.compareTo(BigDecimal.valueOf(55)) < 0;
    }
}
