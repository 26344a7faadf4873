package org.epma.prescribing.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;

/** Builders for the checks' tests: patients, orders, and formulary content read from a folder. */
final class CheckFixtures {

    private CheckFixtures() {
    }

    static FormularyContent content(Path configFolder) {
        return FormularyContent.load(path -> {
            try {
                return Files.readString(configFolder.resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A patient built up fluently: {@code patient().age(70).weight(70).egfr(90).nkda()}. */
    static final class PatientBuilder {
        private BigDecimal age = BigDecimal.valueOf(45);
        private Sex sex = Sex.MALE;
        private BigDecimal weight = BigDecimal.valueOf(70);
        private BigDecimal height;
        private BigDecimal creatinine;
        private PatientState.RenalFunction renal = new PatientState.RenalFunction(MeasurementKind.EGFR, BigDecimal.valueOf(90));
        private PregnancyStatus pregnancy = PregnancyStatus.NOT_APPLICABLE;
        private AllergyStatus allergyStatus = AllergyStatus.NO_KNOWN_ALLERGIES;
        private final List<PatientState.RecordedAllergy> allergies = new ArrayList<>();

        PatientBuilder age(double years) { age = BigDecimal.valueOf(years); return this; }
        PatientBuilder female() { sex = Sex.FEMALE; pregnancy = PregnancyStatus.NOT_PREGNANT; return this; }
        PatientBuilder weight(double kg) { weight = BigDecimal.valueOf(kg); return this; }
        PatientBuilder noWeight() { weight = null; return this; }
        PatientBuilder height(double cm) { height = BigDecimal.valueOf(cm); return this; }
        /** Serum creatinine in micromol/L; with no renal function recorded, the checks estimate creatinine clearance from it. */
        PatientBuilder creatinine(double micromolPerLitre) { creatinine = BigDecimal.valueOf(micromolPerLitre); return this; }
        PatientBuilder egfr(double value) { renal = new PatientState.RenalFunction(MeasurementKind.EGFR, BigDecimal.valueOf(value)); return this; }
        PatientBuilder crcl(double value) {
            renal = new PatientState.RenalFunction(MeasurementKind.CREATININE_CLEARANCE, BigDecimal.valueOf(value));
            return this;
        }
        PatientBuilder noRenalFunction() { renal = null; return this; }
        PatientBuilder pregnancy(PregnancyStatus status) { pregnancy = status; return this; }
        PatientBuilder allergyNotRecorded() { allergyStatus = AllergyStatus.NOT_RECORDED; return this; }
        PatientBuilder allergy(String substance, AllergySeverity severity) {
            allergyStatus = AllergyStatus.KNOWN_ALLERGIES;
            allergies.add(new PatientState.RecordedAllergy(substance, "rash", severity));
            return this;
        }

        PatientState build() {
            return new PatientState(age, sex, weight, height, pregnancy, renal, allergyStatus, allergies, creatinine);
        }
    }

    static PatientBuilder patient() {
        return new PatientBuilder();
    }

    /** An order: {@code order(content, "PARA-TAB-500", "1", "g", "PO", "QDS")}; PRN orders add their maximum. */
    static OrderLine order(FormularyContent content, String code, String dose, String unit, String route, String frequency) {
        return order(content, code, dose, unit, route, frequency, null);
    }

    static OrderLine order(FormularyContent content, String code, String dose, String unit, String route, String frequency,
                           Integer prnMax) {
        return new OrderLine(code + "#" + System.identityHashCode(new Object()),
                content.formulary().product(code).orElseThrow(() -> new AssertionError("no product " + code)),
                new Dose(new BigDecimal(dose), null, Unit.parse(unit).orElseThrow()), Route.valueOf(route),
                Frequency.valueOf(frequency), prnMax);
    }
}
