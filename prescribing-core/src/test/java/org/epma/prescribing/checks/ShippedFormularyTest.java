package org.epma.prescribing.checks;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.sitedata.CsvTable;
import org.junit.jupiter.api.Test;

import static org.epma.prescribing.checks.CheckFixtures.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formulary and rules shipped in config/formulary: they load, cover CLINICAL.md and do not cry wolf. */
class ShippedFormularyTest {

    static final Path CONFIG = Path.of("..", "config");
    static final FormularyContent SHIPPED = CheckFixtures.content(CONFIG);

    /** CLINICAL.md, "Formulary to ship": every medicine must have at least one product. */
    private static final List<String> CLINICAL_MEDICINES = List.of("paracetamol", "co-codamol", "codeine", "ibuprofen",
            "naproxen", "diclofenac", "tramadol", "morphine", "oxycodone", "fentanyl", "buprenorphine", "naloxone", "enoxaparin",
            "dalteparin", "heparin", "warfarin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "aspirin", "clopidogrel",
            "ticagrelor", "insulin aspart", "soluble insulin", "insulin glargine", "metformin", "gliclazide", "amoxicillin",
            "co-amoxiclav", "flucloxacillin", "benzylpenicillin", "phenoxymethylpenicillin", "piperacillin", "cefalexin",
            "cefuroxime", "ceftriaxone", "meropenem", "clarithromycin", "erythromycin", "azithromycin", "doxycycline",
            "ciprofloxacin", "levofloxacin", "trimethoprim", "nitrofurantoin", "co-trimoxazole", "metronidazole", "gentamicin",
            "vancomycin", "teicoplanin", "clindamycin", "linezolid", "fluconazole", "aciclovir", "rifampicin", "amiodarone",
            "digoxin", "bisoprolol", "atenolol", "amlodipine", "ramipril", "lisinopril", "losartan", "candesartan", "furosemide",
            "bumetanide", "spironolactone", "bendroflumethiazide", "simvastatin", "atorvastatin", "glyceryl trinitrate",
            "isosorbide mononitrate", "verapamil", "diltiazem", "levothyroxine", "prednisolone", "hydrocortisone", "dexamethasone",
            "omeprazole", "lansoprazole", "metoclopramide", "ondansetron", "cyclizine", "senna", "lactulose", "macrogol",
            "loperamide", "salbutamol", "ipratropium", "tiotropium", "beclometasone", "sertraline", "citalopram", "fluoxetine",
            "amitriptyline", "mirtazapine", "venlafaxine", "lithium", "haloperidol", "olanzapine", "quetiapine", "risperidone",
            "diazepam", "lorazepam", "midazolam", "zopiclone", "phenytoin", "levetiracetam", "valproate", "carbamazepine",
            "lamotrigine", "co-careldopa", "co-beneldopa", "allopurinol", "colchicine", "methotrexate", "folic acid",
            "potassium chloride", "magnesium sulfate", "sodium chloride", "glucose", "thiamine", "alendronic acid",
            "colecalciferol", "sildenafil", "tamsulosin", "chlorphenamine", "adrenaline", "vincristine", "tacrolimus");

    @Test
    void everyMedicineOfClinicalMdIsInTheFormulary() {
        Set<String> missing = new TreeSet<>();
        for (String medicine : CLINICAL_MEDICINES) {
            if (SHIPPED.formulary().search(medicine, 1).isEmpty()) {
                missing.add(medicine);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyProductHasASourceAndMethotrexateTabletsAreOnly2Point5Mg() {
        for (Product product : SHIPPED.formulary().products()) {
            assertTrue(product.source() != null && !product.source().isBlank(), product.code());
            if (product.medicine().equals("methotrexate") && product.routes().contains(Route.PO)) {
                assertEquals(0, product.ingredients().get(0).strength().amount().compareTo(new BigDecimal("2.5")),
                        "NPSA/2006/13: only the 2.5 mg strength of oral methotrexate: " + product.code());
            }
        }
    }

    /** CLINICAL.md: every high-alert medicine has limits for every route it can be given by, or says why not. */
    @Test
    void everyHighAlertMedicineHasAnAdultDoseLimitByEachRouteOrASourcedReasonWhyNot() {
        List<String> uncovered = new RuleCoverage(SHIPPED.rules()).of(SHIPPED.formulary().products()).stream()
                .filter(RuleCoverage.MedicineCoverage::highAlert).filter(m -> !m.uncovered().isEmpty())
                .map(m -> m.medicine() + " by " + m.uncovered()).toList();
        assertEquals(List.of(), uncovered);
    }

    /** An appropriate order raises nothing above INFO: every common order sentence, for an ordinary adult. */
    @Test
    void theCommonOrderSentencesDoNotInterruptForAnOrdinaryAdult() {
        PatientState adult = patient().age(45).weight(75).egfr(90).build();
        List<String> interrupting = new ArrayList<>();
        SHIPPED.sentences().values().stream().flatMap(List::stream).forEach(s -> {
            OrderLine line = new OrderLine(null, SHIPPED.formulary().product(s.productCode()).orElseThrow(),
                    new Dose(s.dose(), null, s.doseUnit()), s.route(), Frequency.valueOf(s.frequency()), s.prnMaxPer24h());
            SHIPPED.checks().check(adult, List.of(), line).stream().filter(a -> a.severity() != Severity.INFO)
                    .forEach(a -> interrupting.add(line.describe() + " -> " + a.severity() + " " + a.category() + ": " + a.message()));
        });
        assertEquals("", String.join("\n", interrupting));
    }

    /** The training orders, for the training patients they are written for, raise nothing more than a warning. */
    @Test
    void theTrainingOrdersSuitTheirPatients() throws IOException {
        Map<String, CsvTable.Row> patients;
        try (Reader in = Files.newBufferedReader(CONFIG.resolve("training/patients.csv"))) {
            patients = CsvTable.read("patients.csv", in).rows().stream()
                    .collect(Collectors.toMap(r -> r.text("hospital_number"), r -> r));
        }
        List<CsvTable.Row> orders;
        try (Reader in = Files.newBufferedReader(CONFIG.resolve("training/prescriptions.csv"))) {
            orders = CsvTable.read("prescriptions.csv", in).rows();
        }
        List<String> serious = new ArrayList<>();
        for (CsvTable.Row order : orders) {
            PatientState state = trainingPatient(patients.get(order.text("hospital_number")));
            BigDecimal max = order.optionalDecimal("prn_max_per_24h");
            OrderLine line = new OrderLine(null, SHIPPED.formulary().product(order.text("product_code")).orElseThrow(),
                    new Dose(order.decimal("dose"), null, Unit.parse(order.text("dose_unit")).orElseThrow()),
                    Route.valueOf(order.text("route")), Frequency.valueOf(order.text("frequency")), max == null ? null : max.intValue());
            SHIPPED.checks().check(state, List.of(), line).stream().filter(a -> a.severity().compareTo(Severity.WARNING) > 0)
                    .forEach(a -> serious.add(order.text("hospital_number") + " " + line.describe() + " -> " + a.message()));
        }
        assertEquals("", String.join("\n", serious));
    }

    private static PatientState trainingPatient(CsvTable.Row row) {
        BigDecimal age = BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.parse(row.text("date_of_birth")), LocalDate.now()))
                .divide(new BigDecimal("365.25"), java.math.MathContext.DECIMAL64);
        PatientState.RenalFunction renal = row.optional("egfr") != null
                ? new PatientState.RenalFunction(MeasurementKind.EGFR, row.decimal("egfr"))
                : row.optional("creatinine_clearance") != null
                ? new PatientState.RenalFunction(MeasurementKind.CREATININE_CLEARANCE, row.decimal("creatinine_clearance")) : null;
        List<PatientState.RecordedAllergy> allergies = row.list("allergies").stream().map(a -> a.split("\\|"))
                .map(p -> new PatientState.RecordedAllergy(p[0], p[1], AllergySeverity.valueOf(p[2]))).toList();
        return new PatientState(age, Sex.valueOf(row.text("sex")), row.optionalDecimal("weight_kg"), row.optionalDecimal("height_cm"),
                PregnancyStatus.valueOf(row.text("pregnancy_status")), renal, AllergyStatus.valueOf(row.text("allergy_status")),
                allergies);
    }

    @Test
    void everyAllergyTermSaysWhatKindOfAllergenItIs() {
        CheckRules rules = SHIPPED.rules();
        assertEquals(AllergenCategory.DRUG, rules.allergyTerm("Augmentin").orElseThrow().category());
        assertEquals(AllergenCategory.ENVIRONMENTAL, rules.allergyTerm("latex").orElseThrow().category());
        assertEquals(AllergenCategory.FOOD, rules.allergyTerm("peanuts").orElseThrow().category());
        assertEquals(AllergenCategory.ANIMAL, rules.allergyTerm("wasp stings").orElseThrow().category());
        assertEquals(AllergenCategory.POLLEN, rules.allergyTerm("grass pollen").orElseThrow().category());
    }
}
