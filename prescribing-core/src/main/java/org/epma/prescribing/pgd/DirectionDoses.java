package org.epma.prescribing.pgd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.epma.prescribing.administration.BedsideAdministration;
import org.epma.prescribing.administration.RecordSentence;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.time.HospitalZone;

/**
 * Doses nurses give under patient group directions: checking one before it is started, starting it (a once-only order
 * marked with the direction, which the drug round then offers for the bedside scan), and the prescriber's review.
 * A nurse gives under a direction only when authorised for it by name, on a day it is in force, for a patient old
 * enough, after confirming the patient meets its criteria.
 */
@ApplicationScoped
@Transactional
public class DirectionDoses {

    private static final String ENTITY = "direction_order";

    private final DirectionRegister register;
    private final DirectionOrders orders;
    private final Prescribing prescribing;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;

    /** An order started under a direction; {@code repeated} when the request was a repeat of one already taken. */
    public record Started(Prescription order, DirectionOrder direction, boolean repeated) {
    }

    @Inject
    public DirectionDoses(DirectionRegister register, DirectionOrders orders, Prescribing prescribing, PatientRecords patients,
                          AuditTrail audit, Clock clock) {
        this.register = register;
        this.orders = orders;
        this.prescribing = prescribing;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    protected DirectionDoses() {
        this(null, null, null, null, null, null);
    }

    /** What the checks say of the direction's dose for this patient now, saving nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescribing.CheckResult check(long patientId, String directionId, Actor by) {
        PatientGroupDirection direction = usable(directionId, patientId, by);
        return prescribing.check(patientId, request(direction));
    }

    /**
     * Starts the direction's dose for the patient. A repeat of a request already taken (the same {@code idempotencyKey})
     * returns the order it started.
     */
    public Started start(String idempotencyKey, long patientId, String directionId, boolean criteriaConfirmed,
                         Set<String> acknowledgements, Actor by) {
        BedsideAdministration.requireKey(idempotencyKey);
        var earlier = orders.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            DirectionOrder taken = earlier.get();
            if (taken.patientId() != patientId || !taken.directionId().equals(directionId) || !taken.startedBy().equals(by.username())) {
                throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different request.");
            }
            return new Started(prescribing.get(taken.prescriptionId()), taken, true);
        }
        PatientGroupDirection direction = usable(directionId, patientId, by);
        if (!criteriaConfirmed) {
            throw new InvalidInputException("criteriaConfirmed", DirectionSentence.CRITERIA_NOT_CONFIRMED.with(),
                    "Confirm that the patient meets the direction's inclusion criteria and that none of its exclusions applies.");
        }
        Prescription order = prescribing.startUnderDirection(patientId, request(direction), acknowledgements, direction.id(), by);
        DirectionOrder started = new DirectionOrder(idempotencyKey, order.id(), patientId, direction, by.username(), clock.instant());
        orders.add(started);
        audit.record(by, AuditAction.CREATED, ENTITY, order.id(), null, started.auditState(),
                "dose under " + direction.title() + " (version " + direction.version() + "), prescriber review due "
                + started.reviewDueAt());
        return new Started(order, started, false);
    }

    /** A prescriber has reviewed the dose given under a direction; the note is optional. */
    public DirectionOrder review(long prescriptionId, String note, Actor by) {
        DirectionOrder order = orders.find(prescriptionId).orElseThrow(() -> new InvalidInputException("prescriptionId",
                DirectionSentence.NOT_UNDER_DIRECTION.with(prescriptionId),
                "Order " + prescriptionId + " was not started under a patient group direction."));
        String before = order.auditState();
        order.review(by.username(), Text.optional("note", note, 500), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, prescriptionId, before, order.auditState(), "reviewed by a prescriber");
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DirectionOrder> ofPatient(long patientId) {
        patients.get(patientId);
        return orders.ofPatients(List.of(patientId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DirectionOrder> awaitingReview() {
        return orders.awaitingReview();
    }

    public DirectionCatalogue catalogue() {
        return register.catalogue();
    }

    private PatientGroupDirection usable(String directionId, long patientId, Actor by) {
        PatientGroupDirection direction = register.catalogue().find(directionId).orElseThrow(() ->
                new NotFoundException("patient group direction", Objects.requireNonNullElse(directionId, "")));
        if (!register.catalogue().authorises(direction.id(), by.username())) {
            throw new DutyRefusedException(Duty.UNAUTHORISED_DIRECTION, "You are not authorised by name to give "
                    + direction.title() + ": a patient group direction is used only by the staff the site has authorised for it.");
        }
        LocalDate today = LocalDate.now(clock.withZone(HospitalZone.ZONE));
        if (!direction.inForceOn(today)) {
            throw new ConflictException(DirectionSentence.NOT_IN_FORCE.with(direction.title(), direction.validFrom().toString(),
                    direction.expires().toString()), direction.title() + " is in force from " + direction.validFrom() + " to "
                    + direction.expires() + ", not today: the patient needs a prescription.");
        }
        Integer minimumAge = direction.minimumAgeYears();
        if (minimumAge != null && patients.get(patientId).ageInYearsOn(today) < minimumAge) {
            throw new ConflictException(DirectionSentence.TOO_YOUNG.with(direction.title(), minimumAge),
                    direction.title() + " is for patients aged " + minimumAge + " or over: the patient needs a prescription.");
        }
        return direction;
    }

    /** The direction's dose as a once-only order due now, to the second (as the database keeps it, so the bedside finds it). */
    private OrderRequest request(PatientGroupDirection direction) {
        return new OrderRequest(direction.productCode(), direction.dose(), null, direction.doseUnit(), direction.route().name(),
                "STAT", null, null, null, clock.instant().truncatedTo(ChronoUnit.SECONDS), null, null, direction.indication(), null,
                "Given under patient group direction " + direction.id() + " version " + direction.version() + ": " + direction.title(), null);
    }
}
