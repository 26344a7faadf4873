package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.OutboxMessage;
import org.epma.prescribing.administration.WardContext;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Frequency;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.PatientMovements;
import org.epma.prescribing.ward.WardService;

/**
 * Gathers what an outbox message says from the records: the order version it names, the patient as they are now
 * (demographics, ward and bed, allergies), the product, and the clinicians, ready for the HL7 builders.
 */
@ApplicationScoped
public class PharmacyOrderFactory {

    static final String SENDING_APPLICATION = "EPMA";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final FormularyContent content;
    private final PatientRecords patients;
    private final WardService wards;
    private final PatientMovements movements;
    private final StaffAccounts staff;
    private final Clock clock;

    @Inject
    public PharmacyOrderFactory(FormularyContent content, PatientRecords patients, WardService wards,
                                PatientMovements movements, StaffAccounts staff, Clock clock) {
        this.content = content;
        this.patients = patients;
        this.wards = wards;
        this.movements = movements;
        this.staff = staff;
        this.clock = clock;
    }

    protected PharmacyOrderFactory() {
        this(null, null, null, null, null, null);
    }

    public PharmacyOrder order(OutboxMessage message, Destination destination, String sendingFacility) {
        Prescription order = em.find(Prescription.class, message.prescriptionId());
        Patient patient = patients.get(order.patientId());
        Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names " + order.productCode() + ", not in the formulary"));
        Optional<WardService.Place> place = wards.currentPlace(patient.id());
        WardContext ward = place.map(p -> WardContext.of(p.ward())).orElse(WardContext.DEFAULT);
        Optional<Admission> stay = movements.current(patient.id());
        MessageHeader header = new MessageHeader(message.controlId(), clock.instant(), ward.zone(), SENDING_APPLICATION,
                sendingFacility, destination.receivingApplication(), destination.receivingFacility(), ProcessingId.PRODUCTION,
                destination.enhancedAcknowledgement() ? AcknowledgementMode.ENHANCED : AcknowledgementMode.ORIGINAL);
        OrderPatient who = new OrderPatient(patient.hospitalNumber(), sendingFacility, patient.nhsNumber(), patient.familyName(),
                patient.givenName(), patient.dateOfBirth(), patient.sex(), place.map(p -> p.ward().code()).orElse(null),
                place.map(WardService.Place::bed).orElse(null), null, stay.map(a -> "ADM" + a.id()).orElse(null),
                stay.map(Admission::admittedAt).orElse(null));
        List<KnownAllergy> allergies = patients.allergies(patient.id()).stream()
                .map(a -> new KnownAllergy(AllergenType.DA, new CodedValue(null, a.substance(), null), a.severity(), a.reaction()))
                .toList();
        Unit unit = Unit.parse(order.doseUnit()).orElseThrow();
        Timing timing = order.frequency() == Frequency.PRN
                ? Timing.asNeeded(order.frequency(), order.startAt(), order.endAt(), order.prnReason())
                : Timing.regular(order.frequency(), ward.schedule().clockTimes(order.frequency()), order.startAt(), order.endAt());
        List<Ingredient> ingredients = product.isCombination() ? product.ingredients().stream()
                .map(i -> new Ingredient(i.name(), i.strength().amount(), i.strength().unit())).toList() : List.of();
        return new PharmacyOrder(header, message.control(), order.reference(), order.versionNo(),
                order.signedAt() == null ? order.createdAt() : order.signedAt(), who, allergies,
                new OrderedProduct(product.code(), product.name()), new GiveDose(order.dose(), order.doseUpTo(), unit),
                product.form(), order.route(), timing, clinician(order.prescribedBy()), verifier(order),
                order.indication(), order.instructions() == null ? List.of() : List.of(order.instructions()), ingredients);
    }

    /** The pharmacist who verified this version, or (for a hold or stop of a newer version not yet verified) the last one. */
    private Clinician verifier(Prescription order) {
        if (order.verifiedBy() != null) {
            return clinician(order.verifiedBy());
        }
        return em.createQuery("select p from Prescription p where p.lineageId = :l and p.verifiedBy is not null"
                        + " order by p.versionNo desc", Prescription.class).setParameter("l", order.lineageId()).setMaxResults(1)
                .getResultStream().findFirst().map(p -> clinician(p.verifiedBy())).orElse(null);
    }

    private Clinician clinician(String username) {
        return new Clinician(username, staff.find(username).map(StaffUser::displayName).orElse(username));
    }
}
