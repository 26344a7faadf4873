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
 * Doses nurses give without a prescription, under a patient group direction or as a homely remedy: checking one before
 * it is started, starting it (a once-only order marked with the direction or remedy, which the drug round then offers
 * for the bedside scan), and the prescriber's review. A nurse gives one only when the site lists her by name for it,
 * for a patient old enough, after confirming the patient meets its criteria (a direction's inclusion and exclusion, a
 * remedy's exclusions and cautions); a direction only on a day it is in force, a remedy only within its protocol's
 * interval, count in 24 hours and duration.
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

    /** What the checks say of the direction's or remedy's dose for this patient now, saving nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescribing.CheckResult check(long patientId, DirectionKind kind, String directionId, Actor by) {
        Direction direction = usable(kind, directionId, patientId, by);
        return prescribing.check(patientId, request(direction));
    }

    /**
     * Starts the direction's dose for the patient. A repeat of a request already taken (the same {@code idempotencyKey})
     * returns the order it started.
     */
    public Started start(String idempotencyKey, long patientId, DirectionKind kind, String directionId, boolean criteriaConfirmed,
                         Set<String> acknowledgements, Actor by) {
        BedsideAdministration.requireKey(idempotencyKey);
        var earlier = orders.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            DirectionOrder taken = earlier.get();
            if (taken.patientId() != patientId || taken.kind() != kind || !taken.directionId().equals(directionId)
                    || !taken.startedBy().equals(by.username())) {
                throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different request.");
            }
            return new Started(prescribing.get(taken.prescriptionId()), taken, true);
        }
        if (kind == DirectionKind.HOMELY_REMEDY) {
            orders.holdPatient(patientId);
        }
        Direction direction = usable(kind, directionId, patientId, by);
        if (!criteriaConfirmed) {
            throw kind == DirectionKind.HOMELY_REMEDY
                    ? new InvalidInputException("criteriaConfirmed", DirectionSentence.REMEDY_CAUTIONS_NOT_CONFIRMED.with(),
                            "Confirm that none of the remedy's exclusions applies and that you have considered its cautions.")
                    : new InvalidInputException("criteriaConfirmed", DirectionSentence.CRITERIA_NOT_CONFIRMED.with(),
                            "Confirm that the patient meets the direction's inclusion criteria and that none of its exclusions applies.");
        }
        Prescription order = prescribing.startUnderDirection(patientId, request(direction), acknowledgements, direction.id(),
                authority(direction), by);
        DirectionOrder started = new DirectionOrder(idempotencyKey, order.id(), patientId, direction, by.username(), clock.instant());
        orders.add(started);
        audit.record(by, AuditAction.CREATED, ENTITY, order.id(), null, started.auditState(),
                "dose " + authority(direction) + " (" + direction.title() + "), prescriber review due " + started.reviewDueAt());
        return new Started(order, started, false);
    }

    /** A prescriber has reviewed the dose given under a direction or as a homely remedy; the note is optional. */
    public DirectionOrder review(long prescriptionId, String note, Actor by) {
        DirectionOrder order = orders.find(prescriptionId).orElseThrow(() -> new InvalidInputException("prescriptionId",
                DirectionSentence.NOT_UNDER_DIRECTION.with(prescriptionId),
                "Order " + prescriptionId + " was not started under a patient group direction or as a homely remedy."));
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

    public Catalogue<PatientGroupDirection> catalogue() {
        return register.catalogue();
    }

    public Catalogue<HomelyRemedy> remedies() {
        return register.remedies();
    }

    private Direction usable(DirectionKind kind, String directionId, long patientId, Actor by) {
        Direction direction = register.find(kind, directionId).orElseThrow(() -> new NotFoundException(
                kind == DirectionKind.HOMELY_REMEDY ? "homely remedy" : "patient group direction",
                Objects.requireNonNullElse(directionId, "")));
        if (!register.authorises(direction, by.username())) {
            throw kind == DirectionKind.HOMELY_REMEDY
                    ? new DutyRefusedException(Duty.UNAUTHORISED_REMEDY, "You are not named in the homely remedies protocol as"
                            + " trained and competent to give " + direction.title() + ".")
                    : new DutyRefusedException(Duty.UNAUTHORISED_DIRECTION, "You are not authorised by name to give "
                            + direction.title() + ": a patient group direction is used only by the staff the site has authorised for it.");
        }
        LocalDate today = LocalDate.now(clock.withZone(HospitalZone.ZONE));
        if (direction instanceof PatientGroupDirection pgd && !pgd.inForceOn(today)) {
            throw new ConflictException(DirectionSentence.NOT_IN_FORCE.with(pgd.title(), pgd.validFrom().toString(),
                    pgd.expires().toString()), pgd.title() + " is in force from " + pgd.validFrom() + " to "
                    + pgd.expires() + ", not today: the patient needs a prescription.");
        }
        Integer minimumAge = direction.minimumAgeYears();
        if (minimumAge != null && patients.get(patientId).ageInYearsOn(today) < minimumAge) {
            throw new ConflictException(DirectionSentence.TOO_YOUNG.with(direction.title(), minimumAge),
                    direction.title() + " is for patients aged " + minimumAge + " or over: the patient needs a prescription.");
        }
        if (direction instanceof HomelyRemedy remedy) {
            remedy.allowAnotherDose(orders.ofPatients(List.of(patientId)).stream()
                    .filter(o -> o.kind() == DirectionKind.HOMELY_REMEDY && o.directionId().equals(remedy.id()))
                    .map(DirectionOrder::startedAt).toList(), clock.instant());
        }
        return direction;
    }

    /** How the order's audit entries name what it was given under. */
    private static String authority(Direction direction) {
        return (direction.kind() == DirectionKind.HOMELY_REMEDY ? "as homely remedy " : "under patient group direction ")
                + direction.id() + " version " + direction.version();
    }

    /** The dose as a once-only order due now, to the second (as the database keeps it, so the bedside finds it). */
    private OrderRequest request(Direction direction) {
        return new OrderRequest(direction.productCode(), direction.dose(), null, direction.doseUnit(), direction.route().name(),
                "STAT", null, null, null, clock.instant().truncatedTo(ChronoUnit.SECONDS), null, null, direction.indication(), null,
                direction.instruction(), null);
    }
}
