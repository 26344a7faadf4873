package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.OutboxMessage;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Bed;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/**
 * Gathers what a batch of outbox messages says from the records: the order version each names, the patient as they
 * are now (demographics, ward and bed, allergies), the product and the clinicians, ready for the HL7 builders. A
 * batch is read with a fixed number of queries, however many messages it holds.
 */
@ApplicationScoped
public class PharmacyOrderFactory {

    static final String SENDING_APPLICATION = "EPMA";
    /**
     * EclipseLink's hint for entities only read: they are not copied into the transaction nor compared at its commit,
     * work that was a good part of the sender's time per batch.
     */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final FormularyContent content;
    private final WardService wards;
    private final StaffAccounts staff;
    private final Clock clock;

    @Inject
    public PharmacyOrderFactory(FormularyContent content, WardService wards, StaffAccounts staff, Clock clock) {
        this.content = content;
        this.wards = wards;
        this.staff = staff;
        this.clock = clock;
    }

    protected PharmacyOrderFactory() {
        this(null, null, null, null);
    }

    /** What the records say for each message, by outbox id; a message that cannot be built is missing, with its reason. */
    public record Batch(Map<Long, PharmacyOrder> orders, Map<Long, String> unbuildable) {
    }

    public Batch orders(List<OutboxMessage> messages, Destination destination, SendingSystem sender) {
        Map<Long, Prescription> prescriptions = byId(em.createQuery("select p from Prescription p where p.id in :ids", Prescription.class)
                .setHint(READ_ONLY, true)
                .setParameter("ids", messages.stream().map(OutboxMessage::prescriptionId).distinct().toList()).getResultList(),
                Prescription::id);
        List<Long> patientIds = prescriptions.values().stream().map(Prescription::patientId).distinct().toList();
        Map<Long, Patient> patients = byId(em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setHint(READ_ONLY, true).setParameter("ids", patientIds).getResultList(), Patient::id);
        Map<Long, List<Allergy>> allergies = em.createQuery("select a from Allergy a where a.patientId in :ids"
                        + " and a.enteredInErrorAt is null order by a.id", Allergy.class).setHint(READ_ONLY, true)
                .setParameter("ids", patientIds).getResultStream().collect(Collectors.groupingBy(Allergy::patientId));
        Map<Long, Admission> stays = byId(em.createQuery("select a from Admission a where a.patientId in :ids and a.dischargedAt is null",
                Admission.class).setHint(READ_ONLY, true).setParameter("ids", patientIds).getResultList(), Admission::patientId);
        List<Long> bedIds = stays.values().stream().map(Admission::bedId).filter(id -> id != null).distinct().toList();
        Map<Long, Bed> beds = bedIds.isEmpty() ? Map.of()
                : byId(em.createQuery("select b from Bed b where b.id in :ids", Bed.class).setHint(READ_ONLY, true)
                        .setParameter("ids", bedIds).getResultList(), Bed::id);
        Map<String, WardContext> wardContexts = new HashMap<>();
        Map<String, Clinician> clinicians = new HashMap<>();
        Map<Long, PharmacyOrder> built = new HashMap<>();
        Map<Long, String> unbuildable = new HashMap<>();
        for (OutboxMessage message : messages) {
            try {
                Prescription order = prescriptions.get(message.prescriptionId());
                Patient patient = patients.get(order.patientId());
                Admission stay = stays.get(patient.id());
                WardContext ward = stay == null ? WardContext.DEFAULT
                        : wardContexts.computeIfAbsent(stay.wardCode(), code -> WardContext.of(wards.ward(code)));
                built.put(message.id(), order(message, destination, sender, order, patient, stay,
                        stay == null || stay.bedId() == null ? null : beds.get(stay.bedId()).label(), ward,
                        allergies.getOrDefault(patient.id(), List.of()), clinicians));
            } catch (RuntimeException cannotBuild) {
                unbuildable.put(message.id(), String.valueOf(cannotBuild.getMessage()));
            }
        }
        return new Batch(built, unbuildable);
    }

    private PharmacyOrder order(OutboxMessage message, Destination destination, SendingSystem sender, Prescription order,
                                Patient patient, Admission stay, String bed, WardContext ward, List<Allergy> allergies,
                                Map<String, Clinician> clinicians) {
        Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names " + order.productCode() + ", not in the formulary"));
        MessageHeader header = new MessageHeader(message.controlId(), clock.instant(), ward.zone(), SENDING_APPLICATION,
                sender.facility(), destination.receivingApplication(), destination.receivingFacility(), sender.processingId(),
                destination.enhancedAcknowledgement() ? AcknowledgementMode.ENHANCED : AcknowledgementMode.ORIGINAL);
        OrderPatient who = new OrderPatient(patient.hospitalNumber(), sender.facility(), patient.nhsNumber(), patient.familyName(),
                patient.givenName(), patient.dateOfBirth(), patient.sex(), stay == null ? null : stay.wardCode(), bed,
                stay == null ? null : stay.attendingDoctor().map(Clinician::attending).orElse(null),
                stay == null ? null : "ADM" + stay.id(), stay == null ? null : stay.admittedAt());
        AllergenCoding coding = new AllergenCoding(content.rules()::allergyTerm, content.formulary().ingredients());
        List<KnownAllergy> known = allergies.stream().map(a -> coding.allergy(a.substance(), a.severity(), a.reaction())).toList();
        Unit unit = Unit.parse(order.doseUnit()).orElseThrow();
        Timing timing = order.frequency() == Frequency.PRN
                ? Timing.asNeeded(order.frequency(), order.startAt(), order.endAt(), order.prnReason(), asNeededLimits(order))
                : Timing.regular(order.frequency(), ward.schedule().clockTimes(order.frequency()), order.startAt(), order.endAt());
        List<Ingredient> ingredients = product.isCombination() ? product.ingredients().stream()
                .map(i -> new Ingredient(i.name(), i.strength().amount(), i.strength().unit())).toList() : List.of();
        // the outbox row is written in the transaction of the event itself, so its creation is the event's time
        return new PharmacyOrder(header, message.control(), order.reference(), order.versionNo(),
                new OrderEventFacts(message.createdAt(), message.eventReason()), who, known,
                new OrderedProduct(product.code(), product.name()), new GiveDose(order.dose(), order.doseUpTo(), unit),
                product.form(), order.route(), timing, clinician(order.prescribedBy(), clinicians), verifier(order, clinicians),
                order.indication(), order.instructions() == null ? List.of() : List.of(order.instructions()), ingredients);
    }

    /** Signing requires both limits for an as-needed order; an older order without them sends none rather than guessing. */
    private static AsNeededLimits asNeededLimits(Prescription order) {
        if (order.prnMinIntervalHours() == null || order.prnMaxPer24h() == null) {
            return null;
        }
        long minutes = order.prnMinIntervalHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.UP)
                .longValueExact();
        return new AsNeededLimits(Duration.ofMinutes(minutes), order.prnMaxPer24h());
    }

    /** The pharmacist who verified this version, or (for a hold or stop of a newer version not yet verified) the last one. */
    private Clinician verifier(Prescription order, Map<String, Clinician> clinicians) {
        if (order.verifiedBy() != null) {
            return clinician(order.verifiedBy(), clinicians);
        }
        return em.createQuery("select p from Prescription p where p.lineageId = :l and p.verifiedBy is not null"
                        + " order by p.versionNo desc", Prescription.class).setHint(READ_ONLY, true)
                .setParameter("l", order.lineageId()).setMaxResults(1)
                .getResultStream().findFirst().map(p -> clinician(p.verifiedBy(), clinicians)).orElse(null);
    }

    private Clinician clinician(String username, Map<String, Clinician> clinicians) {
        return clinicians.computeIfAbsent(username, name ->
                Clinician.staff(name, staff.find(name).map(StaffUser::displayName).orElse(name)));
    }

    private static <K, V> Map<K, V> byId(Collection<V> values, Function<V, K> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
