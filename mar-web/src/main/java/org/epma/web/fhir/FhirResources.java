package org.epma.web.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.epma.prescribing.administration.Administration;
import org.epma.prescribing.administration.Outcome;
import org.epma.prescribing.discharge.DischargeItem;
import org.epma.prescribing.discharge.DischargePrescription;
import org.epma.prescribing.discharge.DischargeStatus;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.reconciliation.Decision;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.Language;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.Timing;

/**
 * The domain's records as FHIR R4 resources. Codes come only from FHIR's own code systems (statuses, categories, the
 * performer's function) and the site's local systems ({@link FhirSystems}); routes, frequencies, forms, reactions and
 * substances are text, as no SNOMED CT or dm+d codes are held for them yet.
 */
public final class FhirResources {

    static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String REQUEST_CATEGORY = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";
    static final String PERFORMER_FUNCTION = "http://terminology.hl7.org/CodeSystem/med-admin-perform-function";
    static final String LANGUAGE = "urn:ietf:bcp:47";
    static final String STATEMENT_CATEGORY = "http://terminology.hl7.org/CodeSystem/medication-statement-category";
    static final String UCUM = "http://unitsofmeasure.org";
    /** Discharge items are served as MedicationRequest/discharge-{item}, inpatient orders as MedicationRequest/{order}. */
    public static final String DISCHARGE_ID_PREFIX = "discharge-";

    private final FhirSystems systems;

    public FhirResources(FhirSystems systems) {
        this.systems = systems;
    }

    public FhirSystems systems() {
        return systems;
    }

    /** The id of an allergy: its patient's and its own, so that a read needs no other index. */
    public static String allergyId(Allergy allergy) {
        return allergy.patientId() + "-" + allergy.id();
    }

    public org.hl7.fhir.r4.model.Patient patient(Patient patient) {
        var resource = new org.hl7.fhir.r4.model.Patient();
        resource.setId(patient.id().toString());
        if (patient.nhsNumber() != null) {
            resource.addIdentifier().setSystem(FhirSystems.NHS_NUMBER).setValue(patient.nhsNumber().value());
        }
        resource.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(systems.hospitalNumber())
                .setValue(patient.hospitalNumber().value());
        // a record merged into another stays, pointing at the one that carries on
        resource.setActive(patient.mergedIntoId() == null);
        if (patient.mergedIntoId() != null) {
            resource.addLink().setType(org.hl7.fhir.r4.model.Patient.LinkType.REPLACEDBY)
                    .setOther(new Reference("Patient/" + patient.mergedIntoId()));
        }
        HumanName name = resource.addName().setUse(HumanName.NameUse.OFFICIAL);
        if (patient.familyName() != null && !patient.familyName().isBlank()) {
            name.setFamily(patient.familyName());
        }
        if (patient.givenName() != null && !patient.givenName().isBlank()) {
            name.addGiven(patient.givenName());
        }
        resource.setGender(switch (patient.sex()) {
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case OTHER -> Enumerations.AdministrativeGender.OTHER;
            default -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        if (patient.dateOfBirth() != null) {
            resource.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(patient.dateOfBirth().toString()));
        }
        if (patient.language() != null) {
            resource.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(new Coding(LANGUAGE,
                    patient.language().code(), patient.language() == Language.CY ? "Welsh" : "English")));
        }
        return resource;
    }

    public AllergyIntolerance allergy(Allergy allergy) {
        AllergyIntolerance resource = new AllergyIntolerance();
        resource.setId(allergyId(allergy));
        resource.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL_STATUS, "active", "Active")));
        resource.setCode(new CodeableConcept().setText(allergy.substance()));
        resource.setPatient(new Reference("Patient/" + allergy.patientId()));
        if (allergy.recordedAt() != null) {
            resource.setRecordedDateElement(dateTime(allergy.recordedAt()));
        }
        // a reaction needs its manifestation: without the words of one, the severity alone is not sent
        if (allergy.reaction() != null && !allergy.reaction().isBlank()) {
            var reaction = resource.addReaction();
            reaction.addManifestation().setText(allergy.reaction());
            switch (allergy.severity()) {
                case MILD -> reaction.setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.MILD);
                case MODERATE -> reaction.setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.MODERATE);
                case SEVERE -> reaction.setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.SEVERE);
                default -> { }
            }
        }
        return resource;
    }

    public Medication medication(Product product) {
        Medication resource = new Medication();
        resource.setId(product.code());
        resource.setCode(new CodeableConcept(new Coding(systems.medicationCode(), product.code(), product.name())).setText(product.name()));
        resource.setStatus(Medication.MedicationStatus.ACTIVE);
        resource.setForm(new CodeableConcept().setText(words(product.form().name())));
        for (Ingredient ingredient : product.ingredients()) {
            var item = resource.addIngredient().setItem(new CodeableConcept().setText(ingredient.name())).setIsActive(true);
            if (ingredient.strength() != null) {
                Ratio strength = new Ratio().setNumerator(quantity(ingredient.strength()));
                if (product.per() != null) {
                    strength.setDenominator(quantity(product.per()));
                }
                item.setStrength(strength);
            }
        }
        return resource;
    }

    /** An inpatient order, one version of it: a changed order is a new MedicationRequest pointing at the one it replaced. */
    public MedicationRequest medicationRequest(Prescription order, Product product) {
        MedicationRequest resource = new MedicationRequest();
        resource.setId(order.id().toString());
        resource.setStatus(status(order.status()));
        if (order.statusReason() != null && !order.statusReason().isBlank()) {
            resource.setStatusReason(new CodeableConcept().setText(order.statusReason()));
        } else if (order.status() == PrescriptionStatus.SUPERSEDED) {
            resource.setStatusReason(new CodeableConcept().setText("Changed: replaced by a new version of the order"));
        }
        resource.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        resource.addCategory(new CodeableConcept(new Coding(REQUEST_CATEGORY, "inpatient", "Inpatient")));
        resource.setMedication(medicationReference(order.productCode(), product));
        resource.setSubject(new Reference("Patient/" + order.patientId()));
        Instant authored = order.signedAt() != null ? order.signedAt() : order.createdAt();
        if (authored != null) {
            resource.setAuthoredOnElement(dateTime(authored));
        }
        String requester = order.prescribedBy() != null ? order.prescribedBy() : order.draftedBy();
        if (requester != null) {
            resource.setRequester(new Reference().setDisplay(requester));
        }
        if (order.indication() != null && !order.indication().isBlank()) {
            resource.addReasonCode().setText(order.indication());
        }
        if (order.supersedesId() != null) {
            resource.setPriorPrescription(new Reference("MedicationRequest/" + order.supersedesId()));
        }
        if (order.instructions() != null && !order.instructions().isBlank()) {
            resource.addNote().setText(order.instructions());
        }
        resource.addDosageInstruction(dosage(order));
        return resource;
    }

    private Dosage dosage(Prescription order) {
        Dosage dosage = dosage(order.dose(), order.doseUpTo(), order.doseUnit(), order.route(), order.frequency(), order.prnReason());
        if (order.startAt() != null || order.endAt() != null) {
            Period bounds = new Period();
            if (order.startAt() != null) {
                bounds.setStartElement(dateTime(order.startAt()));
            }
            if (order.endAt() != null) {
                bounds.setEndElement(dateTime(order.endAt()));
            }
            dosage.getTiming().getRepeat().setBounds(bounds);
        }
        return dosage;
    }

    /** A dose (or a range) by a route at a frequency, each as text: no SNOMED CT codes are held for routes and frequencies. */
    private static Dosage dosage(BigDecimal dose, BigDecimal upTo, String unit, Route route, Frequency frequency, String prnReason) {
        Dosage dosage = new Dosage();
        dosage.setText(doseWords(dose, upTo, unit) + " " + route.words() + " " + frequency.words()
                + (prnReason != null ? " for " + prnReason : ""));
        dosage.setTiming(new Timing().setCode(new CodeableConcept().setText(frequency.words())));
        if (frequency == Frequency.PRN) {
            if (prnReason != null && !prnReason.isBlank()) {
                dosage.setAsNeeded(new CodeableConcept().setText(prnReason));
            } else {
                dosage.setAsNeeded(new org.hl7.fhir.r4.model.BooleanType(true));
            }
        }
        dosage.setRoute(new CodeableConcept().setText(route.words()));
        var doseAndRate = dosage.addDoseAndRate();
        if (upTo != null) {
            doseAndRate.setDose(new Range().setLow(simple(dose, unit)).setHigh(simple(upTo, unit)));
        } else {
            doseAndRate.setDose(simple(dose, unit));
        }
        return dosage;
    }

    /**
     * A medicine the patient took before admission, as medicines reconciliation recorded it, with the prescriber's
     * decision: undecided and continued medicines are active, a withheld one on-hold, a changed or stopped one stopped,
     * each with its reason. A medicine the formulary does not code is named by its words alone.
     */
    public MedicationStatement medicationStatement(HomeMedicine medicine, Product product) {
        MedicationStatement resource = new MedicationStatement();
        resource.setId(medicine.id().toString());
        Decision decision = medicine.decision();
        resource.setStatus(decision == null ? MedicationStatement.MedicationStatementStatus.ACTIVE : switch (decision) {
            case CONTINUE -> MedicationStatement.MedicationStatementStatus.ACTIVE;
            case WITHHOLD -> MedicationStatement.MedicationStatementStatus.ONHOLD;
            case CHANGE, STOP -> MedicationStatement.MedicationStatementStatus.STOPPED;
        });
        if (decision != null && medicine.decisionReason() != null && !medicine.decisionReason().isBlank()) {
            resource.addStatusReason().setText(words(decision.name()) + ": " + medicine.decisionReason());
        }
        resource.setCategory(new CodeableConcept(new Coding(STATEMENT_CATEGORY, "community", "Community")));
        if (medicine.productCode() != null) {
            resource.setMedication(medicationReference(medicine.productCode(), product));
        } else {
            resource.setMedication(new CodeableConcept().setText(medicine.medicineName()));
        }
        resource.setSubject(new Reference("Patient/" + medicine.patientId()));
        resource.setDateAssertedElement(dateTime(medicine.recordedAt()));
        switch (medicine.source()) {
            case PATIENT -> resource.setInformationSource(new Reference("Patient/" + medicine.patientId()));
            case CARER -> resource.setInformationSource(new Reference().setType("RelatedPerson").setDisplay("Carer"));
            case GP_RECORD -> resource.setInformationSource(new Reference().setType("Organization").setDisplay("GP practice (GP record)"));
            case OWN_SUPPLY -> resource.addDerivedFrom(new Reference().setDisplay("The patient's own supply of the medicine"));
            case PREVIOUS_DISCHARGE_LETTER -> resource.addDerivedFrom(new Reference().setDisplay("A previous discharge letter"));
        }
        if (medicine.note() != null && !medicine.note().isBlank()) {
            resource.addNote().setAuthor(new org.hl7.fhir.r4.model.StringType(medicine.recordedBy())).setText(medicine.note());
        }
        if (decision != null) {
            String order = medicine.orderId() == null ? "" : ", by the inpatient order MedicationRequest/" + medicine.orderId();
            String text = switch (decision) {
                case CONTINUE -> "Continued in hospital" + order;
                case CHANGE -> "Changed in hospital" + order;
                case WITHHOLD -> "Withheld in hospital" + (medicine.reviewDate() == null ? "" : ", to be reviewed on " + medicine.reviewDate());
                case STOP -> "Stopped in hospital";
            };
            resource.addNote().setAuthor(new org.hl7.fhir.r4.model.StringType(medicine.decidedBy()))
                    .setTimeElement(dateTime(medicine.decidedAt())).setText(text);
        } else {
            resource.addNote().setText("No prescriber's decision yet");
        }
        resource.addDosage(dosage(medicine.dose(), null, medicine.doseUnit().symbol(), medicine.route(), medicine.frequency(), null));
        return resource;
    }

    /** The FHIR id of a medicine going home on a discharge prescription: apart from the inpatient orders' numbers. */
    public static String dischargeRequestId(long itemId) {
        return DISCHARGE_ID_PREFIX + itemId;
    }

    /**
     * A medicine going home on a discharge prescription: draft while it is written (or returned by pharmacy), active once
     * signed (and screened); the supply to give as the dispense request, the inpatient order it continues as basedOn.
     */
    public MedicationRequest dischargeRequest(DischargePrescription discharge, DischargeItem item, Long orderId, Product product) {
        MedicationRequest resource = new MedicationRequest();
        resource.setId(dischargeRequestId(item.id()));
        resource.setStatus(dischargeStatus(discharge.status()));
        if (discharge.status() == DischargeStatus.DRAFT && discharge.returnedReason() != null) {
            resource.setStatusReason(new CodeableConcept().setText("Returned by pharmacy: " + discharge.returnedReason()));
        }
        resource.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        resource.addCategory(new CodeableConcept(new Coding(REQUEST_CATEGORY, "discharge", "Discharge")));
        resource.setMedication(medicationReference(item.productCode(), product));
        resource.setSubject(new Reference("Patient/" + discharge.patientId()));
        resource.setGroupIdentifier(new Identifier().setValue("discharge-prescription-" + discharge.id()));
        resource.setAuthoredOnElement(dateTime(discharge.signedAt() != null ? discharge.signedAt() : discharge.startedAt()));
        resource.setRequester(new Reference().setDisplay(discharge.signedBy() != null ? discharge.signedBy() : discharge.startedBy()));
        if (item.reason() != null && !item.reason().isBlank()) {
            resource.addReasonCode().setText(item.reason());
        }
        if (orderId != null) {
            resource.addBasedOn(new Reference("MedicationRequest/" + orderId));
        }
        resource.addDosageInstruction(dosage(item.dose().amount(), item.dose().upTo(), item.dose().unit().symbol(), item.route(),
                item.frequency(), null));
        var dispense = resource.getDispenseRequest();
        if (item.ownSupply()) {
            resource.addNote().setText("The patient's own supply: nothing to dispense");
        } else if (item.supplyQuantity() != null) {
            dispense.setQuantity(simple(item.supplyQuantity(), product == null ? null : product.per().unit().symbol()));
        }
        if (item.supplyDays() != null) {
            dispense.setExpectedSupplyDuration((org.hl7.fhir.r4.model.Duration) new org.hl7.fhir.r4.model.Duration()
                    .setValue(item.supplyDays()).setUnit("days").setSystem(UCUM).setCode("d"));
        }
        return resource;
    }

    /** The FHIR status of a discharge prescription's medicines: written, or signed (and then screened) to be supplied. */
    public static MedicationRequest.MedicationRequestStatus dischargeStatus(DischargeStatus status) {
        return switch (status) {
            case DRAFT -> MedicationRequest.MedicationRequestStatus.DRAFT;
            case AWAITING_SCREENING, SCREENED -> MedicationRequest.MedicationRequestStatus.ACTIVE;
        };
    }

    /**
     * A record of a dose given or not given. {@code struckThrough}: a later record marked it made in error, so it is
     * entered-in-error (the record that marks it is not itself a MedicationAdministration).
     */
    public MedicationAdministration medicationAdministration(Administration record, boolean struckThrough, String orderedProductCode,
                                                             Product product) {
        MedicationAdministration resource = new MedicationAdministration();
        resource.setId(record.id().toString());
        if (struckThrough) {
            resource.setStatus(MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR);
        } else if (record.outcome() == Outcome.NOT_GIVEN) {
            resource.setStatus(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
        } else {
            resource.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        }
        if (record.outcome() == Outcome.NOT_GIVEN && record.notGivenReason() != null) {
            String reason = words(record.notGivenReason().name());
            resource.addStatusReason().setText(record.note() == null || record.note().isBlank() ? reason : reason + ": " + record.note());
        }
        String productCode = record.productCode() != null ? record.productCode() : orderedProductCode;
        resource.setMedication(medicationReference(productCode, product));
        resource.setSubject(new Reference("Patient/" + record.patientId()));
        Instant effective = record.administeredAt() != null ? record.administeredAt()
                : record.scheduledAt() != null ? record.scheduledAt() : record.recordedAt();
        resource.setEffective(dateTime(effective));
        if (record.recordedBy() != null) {
            resource.addPerformer().setFunction(new CodeableConcept(new Coding(PERFORMER_FUNCTION, "performer", "Performer")))
                    .setActor(new Reference().setDisplay(record.recordedBy()));
        }
        if (record.witnessedBy() != null) {
            resource.addPerformer().setFunction(new CodeableConcept(new Coding(PERFORMER_FUNCTION, "witness", "Witness")))
                    .setActor(new Reference().setDisplay(record.witnessedBy()));
        }
        resource.setRequest(new Reference("MedicationRequest/" + record.prescriptionId()));
        if (record.prnReason() != null && !record.prnReason().isBlank()) {
            resource.addReasonCode().setText(record.prnReason());
        }
        if (record.outcome() == Outcome.GIVEN && (record.dose() != null || record.route() != null)) {
            var dosage = resource.getDosage();
            if (record.route() != null) {
                dosage.setRoute(new CodeableConcept().setText(record.route().words()));
            }
            if (record.dose() != null) {
                dosage.setDose(simple(record.dose(), record.doseUnit()));
                dosage.setText(doseWords(record.dose(), null, record.doseUnit())
                        + (record.route() != null ? " " + record.route().words() : ""));
            }
            if (record.site() != null && !record.site().isBlank()) {
                dosage.setSite(new CodeableConcept().setText(record.site()));
            }
        }
        if (record.outcome() != Outcome.NOT_GIVEN && record.note() != null && !record.note().isBlank()) {
            resource.addNote().setText(record.note());
        }
        return resource;
    }

    /** The FHIR status of an order's status. */
    public static MedicationRequest.MedicationRequestStatus status(PrescriptionStatus status) {
        return switch (status) {
            case DRAFT -> MedicationRequest.MedicationRequestStatus.DRAFT;
            case PENDING_VERIFICATION, VERIFIED -> MedicationRequest.MedicationRequestStatus.ACTIVE;
            case SUSPENDED -> MedicationRequest.MedicationRequestStatus.ONHOLD;
            case DISCONTINUED -> MedicationRequest.MedicationRequestStatus.STOPPED;
            case COMPLETED -> MedicationRequest.MedicationRequestStatus.COMPLETED;
            // never in force: rejected by the pharmacist, replaced by a new version, or a draft thrown away
            case REJECTED, SUPERSEDED, DISCARDED -> MedicationRequest.MedicationRequestStatus.CANCELLED;
        };
    }

    private Reference medicationReference(String productCode, Product product) {
        Reference reference = new Reference("Medication/" + productCode);
        if (product != null) {
            reference.setDisplay(product.name());
        }
        return reference;
    }

    private static DateTimeType dateTime(Instant instant) {
        DateTimeType type = new DateTimeType(Date.from(instant), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        return type;
    }

    private static SimpleQuantity simple(BigDecimal value, String unit) {
        SimpleQuantity quantity = new SimpleQuantity();
        quantity.setValue(value);
        quantity.setUnit(unit);
        return quantity;
    }

    private static org.hl7.fhir.r4.model.Quantity quantity(Quantity quantity) {
        return new org.hl7.fhir.r4.model.Quantity().setValue(quantity.amount()).setUnit(quantity.unit().symbol());
    }

    private static String doseWords(BigDecimal dose, BigDecimal upTo, String unit) {
        return dose.stripTrailingZeros().toPlainString() + (upTo != null ? " to " + upTo.stripTrailingZeros().toPlainString() : "")
                + " " + unit;
    }

    private static String words(String constant) {
        String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
