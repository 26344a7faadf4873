package org.epma.web.fhir;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.Identification;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.discharge.DischargeItem;
import org.epma.prescribing.discharge.DischargePrescription;
import org.epma.prescribing.discharge.DischargeStatus;
import org.epma.prescribing.reconciliation.Decision;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.prescribing.reconciliation.HomeMedicineSource;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.order.ValidOrder;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.staff.Language;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domain's records as R4 resources: what each element carries, and that each validates against base R4. */
class FhirResourcesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final FhirSystems SYSTEMS = new FhirSystems("https://fhir.test-hospital.nhs.uk/Id/hospital-number",
            "https://fhir.test-hospital.nhs.uk/CodeSystem/formulary-product");
    private static final FhirResources FHIR = new FhirResources(SYSTEMS);
    private static final Product PARACETAMOL = new Product("PARACETAMOL-TAB-500", "Paracetamol 500 mg tablets", "paracetamol",
            Form.TABLET, List.of(new Ingredient("paracetamol", Quantity.of("500", Unit.MG))), Quantity.of("1", Unit.TABLET),
            Set.of(Route.PO), Unit.MG, "N02BE01", Set.of(), Set.of(), Set.of(), null, false, false, null, "test");
    private static final Product MORPHINE = new Product("MORPHINE-SOL-10-5ML", "Morphine sulfate 10 mg/5 mL oral solution", "morphine",
            Form.ORAL_LIQUID, List.of(new Ingredient("morphine", Quantity.of("10", Unit.MG))), Quantity.of("5", Unit.ML),
            Set.of(Route.PO), Unit.MG, "N02AA01", Set.of(), Set.of(), Set.of(), 2, false, true, null, "test");

    private static <T> T withId(T record, long id) {
        try {
            Field field = record.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity built as JPA reads it: its no-argument constructor, then its columns. */
    private static <T> T entity(Class<T> type, Object... fieldsAndValues) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T record = constructor.newInstance();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                Field field = type.getDeclaredField((String) fieldsAndValues[i]);
                field.setAccessible(true);
                field.set(record, fieldsAndValues[i + 1]);
            }
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HomeMedicine homeMedicine(String productCode, String name, HomeMedicineSource source, Object... decision) {
        Object[] columns = {"id", 21L, "stayAdmissionId", 5L, "patientId", 42L, "productCode", productCode, "medicineName", name,
                "dose", new BigDecimal("5"), "doseUnit", Unit.MG, "route", Route.PO, "frequency", Frequency.OD, "source", source,
                "note", "Takes it in the morning", "recordedBy", "nurse.evans", "recordedAt", NOW};
        Object[] all = java.util.Arrays.copyOf(columns, columns.length + decision.length);
        System.arraycopy(decision, 0, all, columns.length, decision.length);
        return entity(HomeMedicine.class, all);
    }

    private static Patient eleri() {
        Patient patient = withId(new Patient(new HospitalNumber("H1234567"), NhsNumber.parse("943 476 5919"), "Eleri", "Morgan",
                LocalDate.of(1961, 4, 2), Sex.FEMALE), 42L);
        patient.recordLanguage(Language.CY);
        return patient;
    }

    private static Prescription paracetamolQds() {
        return Prescription.draft(7, 42, new ValidOrder(PARACETAMOL, new Dose(new BigDecimal("1000"), null, Unit.MG), Route.PO,
                Frequency.QDS, null, NOW, null, "Pain", null, null), "dr.jones", NOW);
    }

    @Test
    void aPatientCarriesTheNhsNumberUnderUkCoresSystemAndTheHospitalNumberUnderTheSites() {
        org.hl7.fhir.r4.model.Patient patient = FHIR.patient(eleri());
        assertEquals("42", patient.getIdElement().getIdPart());
        Identifier nhs = patient.getIdentifier().get(0);
        assertEquals("https://fhir.nhs.uk/Id/nhs-number", nhs.getSystem());
        assertEquals("9434765919", nhs.getValue());
        Identifier hospital = patient.getIdentifier().get(1);
        assertEquals("https://fhir.test-hospital.nhs.uk/Id/hospital-number", hospital.getSystem());
        assertEquals("H1234567", hospital.getValue());
        assertEquals("Morgan", patient.getNameFirstRep().getFamily());
        assertEquals("Eleri", patient.getNameFirstRep().getGivenAsSingleString());
        assertEquals("1961-04-02", patient.getBirthDateElement().getValueAsString());
        assertEquals("female", patient.getGender().toCode());
        assertEquals("cy", patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode());
        assertTrue(patient.getActive());
        R4Validation.assertValid(patient);
    }

    @Test
    void aPatientWithoutAnNhsNumberHasTheHospitalNumberAlone() {
        Patient patient = withId(new Patient(new HospitalNumber("TRN09999"), null, "Owen", "Price", LocalDate.of(1990, 1, 1), Sex.UNKNOWN),
                5L);
        org.hl7.fhir.r4.model.Patient resource = FHIR.patient(patient);
        assertEquals(1, resource.getIdentifier().size());
        assertEquals("unknown", resource.getGender().toCode());
        R4Validation.assertValid(resource);
    }

    @Test
    void anAllergyIsActiveWithItsSubstanceReactionAndSeverityAndAnIdNamingItsPatient() {
        Allergy allergy = withId(new Allergy(eleri(), "Penicillin", "Urticaria", AllergySeverity.MODERATE, "nurse.evans", NOW), 3L);
        AllergyIntolerance resource = FHIR.allergy(allergy);
        assertEquals("42-3", resource.getIdElement().getIdPart());
        assertEquals("active", resource.getClinicalStatus().getCodingFirstRep().getCode());
        assertEquals("Penicillin", resource.getCode().getText());
        assertEquals("Patient/42", resource.getPatient().getReference());
        assertEquals("Urticaria", resource.getReactionFirstRep().getManifestationFirstRep().getText());
        assertEquals(AllergyIntolerance.AllergyIntoleranceSeverity.MODERATE, resource.getReactionFirstRep().getSeverity());
        R4Validation.assertValid(resource);
    }

    @Test
    void aProductIsAMedicationCodedLocallyWithItsStrengthPerUnit() {
        Medication medication = FHIR.medication(MORPHINE);
        assertEquals("MORPHINE-SOL-10-5ML", medication.getIdElement().getIdPart());
        assertEquals("https://fhir.test-hospital.nhs.uk/CodeSystem/formulary-product", medication.getCode().getCodingFirstRep().getSystem());
        assertEquals("MORPHINE-SOL-10-5ML", medication.getCode().getCodingFirstRep().getCode());
        var strength = medication.getIngredientFirstRep().getStrength();
        assertEquals(0, new BigDecimal("10").compareTo(strength.getNumerator().getValue()));
        assertEquals("mg", strength.getNumerator().getUnit());
        assertEquals(0, new BigDecimal("5").compareTo(strength.getDenominator().getValue()));
        assertEquals("mL", strength.getDenominator().getUnit());
        R4Validation.assertValid(medication);
    }

    @Test
    void anOrderIsAnInpatientMedicationRequestWithItsDoseRouteAndFrequency() {
        Prescription order = paracetamolQds();
        order.sign("dr.jones", "v1", NOW);
        MedicationRequest request = FHIR.medicationRequest(order, PARACETAMOL);
        assertEquals("7", request.getIdElement().getIdPart());
        assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, request.getStatus());
        assertEquals(MedicationRequest.MedicationRequestIntent.ORDER, request.getIntent());
        assertEquals("inpatient", request.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Medication/PARACETAMOL-TAB-500", request.getMedicationReference().getReference());
        assertEquals("Patient/42", request.getSubject().getReference());
        assertEquals("dr.jones", request.getRequester().getDisplay());
        assertEquals("Pain", request.getReasonCodeFirstRep().getText());
        var dosage = request.getDosageInstructionFirstRep();
        assertEquals("1000 mg oral four times a day", dosage.getText());
        assertEquals("oral", dosage.getRoute().getText());
        SimpleQuantity dose = (SimpleQuantity) dosage.getDoseAndRateFirstRep().getDose();
        assertEquals(0, new BigDecimal("1000").compareTo(dose.getValue()));
        assertEquals("mg", dose.getUnit());
        R4Validation.assertValid(request);
    }

    @Test
    void anAsNeededDoseRangeIsARangeWithItsReason() {
        Prescription order = Prescription.draft(8, 42, new ValidOrder(MORPHINE, new Dose(new BigDecimal("2.5"), new BigDecimal("5"), Unit.MG),
                Route.PO, Frequency.PRN, new ValidOrder.PrnLimits("pain", new BigDecimal("2"), 6), NOW, null, "Breakthrough pain", null, null),
                "dr.jones", NOW);
        MedicationRequest request = FHIR.medicationRequest(order, MORPHINE);
        assertEquals(MedicationRequest.MedicationRequestStatus.DRAFT, request.getStatus());
        var dosage = request.getDosageInstructionFirstRep();
        Range range = (Range) dosage.getDoseAndRateFirstRep().getDose();
        assertEquals(0, new BigDecimal("2.5").compareTo(range.getLow().getValue()));
        assertEquals(0, new BigDecimal("5").compareTo(range.getHigh().getValue()));
        assertEquals("pain", dosage.getAsNeededCodeableConcept().getText());
        R4Validation.assertValid(request);
    }

    @Test
    void everyOrderStatusHasItsFhirStatus() {
        assertEquals(MedicationRequest.MedicationRequestStatus.ONHOLD, FhirResources.status(PrescriptionStatus.SUSPENDED));
        assertEquals(MedicationRequest.MedicationRequestStatus.STOPPED, FhirResources.status(PrescriptionStatus.DISCONTINUED));
        assertEquals(MedicationRequest.MedicationRequestStatus.COMPLETED, FhirResources.status(PrescriptionStatus.COMPLETED));
        assertEquals(MedicationRequest.MedicationRequestStatus.CANCELLED, FhirResources.status(PrescriptionStatus.SUPERSEDED));
        for (PrescriptionStatus status : PrescriptionStatus.values()) {
            assertFalse(FhirResources.status(status) == MedicationRequest.MedicationRequestStatus.NULL, status.name());
        }
    }

    @Test
    void aDoseGivenIsACompletedAdministrationByItsNurseAndWitness() {
        Prescription order = paracetamolQds();
        Administration given = withId(Administration.given(order, NOW, new Administration.Given(new BigDecimal("1000"), Unit.MG,
                        new BigDecimal("2"), Route.PO, null, PARACETAMOL.code(), null, null, null, null), null,
                new Administration.Circumstances("k", Identification.SCAN, null, null, NOW, NOW, "nurse.evans", null).witnessedBy("nurse.okafor")),
                11L);
        MedicationAdministration resource = FHIR.medicationAdministration(given, false, PARACETAMOL.code(), PARACETAMOL);
        assertEquals("11", resource.getIdElement().getIdPart());
        assertEquals(MedicationAdministration.MedicationAdministrationStatus.COMPLETED, resource.getStatus());
        assertEquals("MedicationRequest/7", resource.getRequest().getReference());
        assertEquals("nurse.evans", resource.getPerformer().get(0).getActor().getDisplay());
        assertEquals("witness", resource.getPerformer().get(1).getFunction().getCodingFirstRep().getCode());
        assertEquals(0, new BigDecimal("1000").compareTo(resource.getDosage().getDose().getValue()));
        assertEquals(NOW, resource.getEffectiveDateTimeType().getValue().toInstant());
        R4Validation.assertValid(resource);

        MedicationAdministration struck = FHIR.medicationAdministration(given, true, PARACETAMOL.code(), PARACETAMOL);
        assertEquals(MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR, struck.getStatus());
        R4Validation.assertValid(struck);
    }

    @Test
    void aDoseNotGivenIsNotDoneWithItsReasonAtItsDueTime() {
        Prescription order = paracetamolQds();
        Administration notGiven = withId(Administration.notGiven(order, NOW, NotGivenReason.REFUSED, "Declined after breakfast",
                new Administration.Circumstances("n", Identification.SCAN, null, null, NOW, NOW, "nurse.evans", null)), 12L);
        MedicationAdministration resource = FHIR.medicationAdministration(notGiven, false, PARACETAMOL.code(), PARACETAMOL);
        assertEquals(MedicationAdministration.MedicationAdministrationStatus.NOTDONE, resource.getStatus());
        assertEquals("Refused: Declined after breakfast", resource.getStatusReasonFirstRep().getText());
        assertEquals("Medication/PARACETAMOL-TAB-500", resource.getMedicationReference().getReference());
        R4Validation.assertValid(resource);
    }

    @Test
    void anUndecidedMedicineFromThePatientIsAnActiveCommunityStatementTheyGave() {
        MedicationStatement statement = FHIR.medicationStatement(homeMedicine(PARACETAMOL.code(), "paracetamol", HomeMedicineSource.PATIENT),
                PARACETAMOL);
        assertEquals("21", statement.getIdElement().getIdPart());
        assertEquals(MedicationStatement.MedicationStatementStatus.ACTIVE, statement.getStatus());
        assertTrue(statement.getStatusReason().isEmpty());
        assertEquals("community", statement.getCategory().getCodingFirstRep().getCode());
        assertEquals("Medication/PARACETAMOL-TAB-500", statement.getMedicationReference().getReference());
        assertEquals("Patient/42", statement.getSubject().getReference());
        assertEquals("Patient/42", statement.getInformationSource().getReference());
        assertEquals(NOW, statement.getDateAsserted().toInstant());
        assertEquals("5 mg oral once a day", statement.getDosageFirstRep().getText());
        assertEquals("Takes it in the morning", statement.getNote().get(0).getText());
        assertEquals("No prescriber's decision yet", statement.getNote().get(1).getText());
        R4Validation.assertValid(statement);
    }

    @Test
    void aMedicineTheFormularyDoesNotCodeIsNamedByItsWordsAlone() {
        MedicationStatement statement = FHIR.medicationStatement(homeMedicine(null, "Evening primrose oil", HomeMedicineSource.OWN_SUPPLY),
                null);
        assertFalse(statement.hasMedicationReference());
        assertEquals("Evening primrose oil", statement.getMedicationCodeableConcept().getText());
        assertTrue(statement.getMedicationCodeableConcept().getCoding().isEmpty());
        assertFalse(statement.hasInformationSource());
        assertEquals("The patient's own supply of the medicine", statement.getDerivedFromFirstRep().getDisplay());
        R4Validation.assertValid(statement);
    }

    @Test
    void eachDecisionHasItsStatusAndReason() {
        Instant decided = NOW.plusSeconds(3600);
        MedicationStatement continued = FHIR.medicationStatement(homeMedicine(PARACETAMOL.code(), "paracetamol", HomeMedicineSource.GP_RECORD,
                "decision", Decision.CONTINUE, "orderId", 7L, "decidedBy", "dr.jones", "decidedAt", decided), PARACETAMOL);
        assertEquals(MedicationStatement.MedicationStatementStatus.ACTIVE, continued.getStatus());
        assertEquals("Organization", continued.getInformationSource().getType());
        assertEquals("Continued in hospital, by the inpatient order MedicationRequest/7", continued.getNote().get(1).getText());
        assertEquals("dr.jones", continued.getNote().get(1).getAuthorStringType().getValue());
        R4Validation.assertValid(continued);

        MedicationStatement changed = FHIR.medicationStatement(homeMedicine(PARACETAMOL.code(), "paracetamol", HomeMedicineSource.CARER,
                "decision", Decision.CHANGE, "decisionReason", "Lower weight", "orderId", 8L, "decidedBy", "dr.jones", "decidedAt", decided),
                PARACETAMOL);
        assertEquals(MedicationStatement.MedicationStatementStatus.STOPPED, changed.getStatus());
        assertEquals("Change: Lower weight", changed.getStatusReasonFirstRep().getText());
        assertEquals("RelatedPerson", changed.getInformationSource().getType());
        R4Validation.assertValid(changed);

        MedicationStatement withheld = FHIR.medicationStatement(homeMedicine(null, "ramipril", HomeMedicineSource.PREVIOUS_DISCHARGE_LETTER,
                "decision", Decision.WITHHOLD, "decisionReason", "Acute kidney injury", "reviewDate", LocalDate.of(2026, 11, 25),
                "decidedBy", "dr.jones", "decidedAt", decided), null);
        assertEquals(MedicationStatement.MedicationStatementStatus.ONHOLD, withheld.getStatus());
        assertEquals("Withhold: Acute kidney injury", withheld.getStatusReasonFirstRep().getText());
        assertEquals("Withheld in hospital, to be reviewed on 2026-11-25", withheld.getNote().get(1).getText());
        R4Validation.assertValid(withheld);

        MedicationStatement stopped = FHIR.medicationStatement(homeMedicine(null, "ramipril", HomeMedicineSource.PATIENT,
                "decision", Decision.STOP, "decisionReason", "Hypotension", "decidedBy", "dr.jones", "decidedAt", decided), null);
        assertEquals(MedicationStatement.MedicationStatementStatus.STOPPED, stopped.getStatus());
        assertEquals("Stop: Hypotension", stopped.getStatusReasonFirstRep().getText());
        R4Validation.assertValid(stopped);
    }

    @Test
    void aMedicineGoingHomeIsADischargeOrderWithItsSupply() {
        DischargePrescription discharge = entity(DischargePrescription.class, "id", 9L, "patientId", 42L, "status", DischargeStatus.SCREENED,
                "startedBy", "dr.jones", "startedAt", NOW, "signedBy", "dr.price", "signedAt", NOW.plusSeconds(600));
        DischargeItem item = entity(DischargeItem.class, "id", 31L, "dischargeId", 9L, "source", DischargeItem.Source.ORDER,
                "reference", "order-7", "productCode", PARACETAMOL.code(), "medicine", "paracetamol", "dose", new BigDecimal("1000"),
                "doseUnit", Unit.MG, "route", Route.PO, "frequency", Frequency.QDS, "goingHome", true, "reason", "Pain after surgery",
                "supplyQuantity", new BigDecimal("56"), "supplyDays", 7);
        MedicationRequest request = FHIR.dischargeRequest(discharge, item, 12L, PARACETAMOL);
        assertEquals("discharge-31", request.getIdElement().getIdPart());
        assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, request.getStatus());
        assertEquals(MedicationRequest.MedicationRequestIntent.ORDER, request.getIntent());
        assertEquals("discharge", request.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("http://terminology.hl7.org/CodeSystem/medicationrequest-category", request.getCategoryFirstRep().getCodingFirstRep().getSystem());
        assertEquals("MedicationRequest/12", request.getBasedOnFirstRep().getReference());
        assertEquals("dr.price", request.getRequester().getDisplay());
        assertEquals("Pain after surgery", request.getReasonCodeFirstRep().getText());
        assertEquals(0, new BigDecimal("56").compareTo(request.getDispenseRequest().getQuantity().getValue()));
        assertEquals("tablet", request.getDispenseRequest().getQuantity().getUnit());
        assertEquals(0, new BigDecimal("7").compareTo(request.getDispenseRequest().getExpectedSupplyDuration().getValue()));
        assertEquals("d", request.getDispenseRequest().getExpectedSupplyDuration().getCode());
        assertEquals("1000 mg oral four times a day", request.getDosageInstructionFirstRep().getText());
        R4Validation.assertValid(request);
    }

    @Test
    void aReturnedDischargePrescriptionIsADraftWithPharmacysReasonAndOwnSupplyDispensesNothing() {
        DischargePrescription discharge = entity(DischargePrescription.class, "id", 9L, "patientId", 42L, "status", DischargeStatus.DRAFT,
                "startedBy", "dr.jones", "startedAt", NOW, "returnedReason", "Check the dose");
        DischargeItem item = entity(DischargeItem.class, "id", 32L, "dischargeId", 9L, "source", DischargeItem.Source.ORDER,
                "reference", "order-7", "productCode", PARACETAMOL.code(), "medicine", "paracetamol", "dose", new BigDecimal("1000"),
                "doseUnit", Unit.MG, "route", Route.PO, "frequency", Frequency.QDS, "goingHome", true, "ownSupply", true, "supplyDays", 28);
        MedicationRequest request = FHIR.dischargeRequest(discharge, item, null, PARACETAMOL);
        assertEquals(MedicationRequest.MedicationRequestStatus.DRAFT, request.getStatus());
        assertEquals("Returned by pharmacy: Check the dose", request.getStatusReason().getText());
        assertFalse(request.getDispenseRequest().hasQuantity());
        assertFalse(request.hasBasedOn());
        assertEquals("dr.jones", request.getRequester().getDisplay());
        R4Validation.assertValid(request);
        assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, FhirResources.dischargeStatus(DischargeStatus.AWAITING_SCREENING));
    }

    @Test
    void theValidatorRefusesAResourceMissingWhatR4Requires() {
        MedicationRequest incomplete = new MedicationRequest();
        incomplete.setId("1");
        List<String> errors = R4Validation.errors(incomplete);
        assertTrue(errors.stream().anyMatch(e -> e.contains("MedicationRequest.status")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("MedicationRequest.subject")), errors.toString());
    }

    @Test
    void theSitesSystemsAreReadFromItsSettingsAndDefaultWhenLeftOut() {
        assertEquals(FhirSystems.DEFAULT_HOSPITAL_NUMBER, FhirSystems.parse("").hospitalNumber());
        assertEquals("https://fhir.cardiff.nhs.uk/Id/pas-number",
                FhirSystems.parse("hospital-number-system=https://fhir.cardiff.nhs.uk/Id/pas-number\n").hospitalNumber());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FhirSystems.parse("medication-code-system=local codes\n"));
    }
}
