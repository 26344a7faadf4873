package org.epma.prescribing.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.checks.PatientState;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.ReauthenticationException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.StaffAccounts;

/**
 * Prescribing: checking an order without saving it, drafting, signing with acknowledgements and override
 * reasons, changing (a new version), suspending, resuming, stopping, completing. One method, one transaction, audited.
 */
@ApplicationScoped
@Transactional
public class Prescribing {

    private static final String ENTITY = "Prescription";
    /** The most orders {@link #completeEnded()} completes in one transaction. */
    public static final int COMPLETION_BATCH = 500;

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final FormularyContent content;
    /** The calendar a patient's age is counted in, as PatientRecords judges dates of birth. */
    private static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/London");
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<OrderEvent> events;
    private final StaffAccounts staff;

    /** The checks' verdict on an order, and the formulary version they used. */
    public record CheckResult(String formularyVersion, List<Alert> alerts) {
    }

    /** A current order and what the checks say of it now. */
    public record Recheck(Prescription prescription, List<Alert> alerts) {
    }

    /**
     * What the prescriber says about the alerts when signing, and their password again when the order is for a Schedule
     * 1 to 3 controlled drug ({@link org.epma.prescribing.formulary.Product#strictlyControlled()}); null otherwise.
     */
    public record Signature(Set<String> acknowledgements, Map<String, String> overrideReasons, char[] password) {
    }

    @Inject
    public Prescribing(FormularyContent content, PatientRecords patients, AuditTrail audit, Clock clock, Event<OrderEvent> events,
                       StaffAccounts staff) {
        this.content = content;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.staff = staff;
    }

    protected Prescribing() {
        this(null, null, null, null, null, null);
    }

    /** Runs every check on an order as written, saving nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckResult check(long patientId, OrderRequest request) {
        return check(patientId, request, null);
    }

    /**
     * Runs every check on an order as written, saving nothing. {@code replaces}, when given, is the order
     * (or draft) being changed: it is left out, as it will be when the change is signed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckResult check(long patientId, OrderRequest request, Long replaces) {
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), true);
        String reference = null;
        if (replaces != null) {
            Prescription replaced = get(replaces);
            if (!replaced.patientId().equals(patientId)) {
                throw new InvalidInputException("replaces", "Order " + replaces + " is not this patient's.");
            }
            reference = replaced.reference();
        }
        PatientState state = patientState(patientId);
        return new CheckResult(content.version(), content.checks().check(state, currentLines(patientId, null),
                order.line(reference)));
    }

    public Prescription draft(long patientId, OrderRequest request, Actor by) {
        patients.get(patientId);
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), false);
        Prescription draft = Prescription.draft(nextId(), patientId, order, by.username(), clock.instant());
        em.persist(draft);
        audit.record(by, AuditAction.CREATED, ENTITY, draft.id(), null, draft.auditState(), "draft");
        return draft;
    }

    public Prescription amend(long prescriptionId, OrderRequest request, Actor by) {
        Prescription current = get(prescriptionId);
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), false);
        Prescription draft = current.amend(nextId(), order, by.username(), clock.instant());
        if (current.status() == PrescriptionStatus.DRAFT) {
            String before = current.auditState();
            current.discard(by.username(), clock.instant());
            audit.record(by, AuditAction.CHANGED, ENTITY, current.id(), before, current.auditState(), "replaced by draft " + draft.id());
        }
        em.persist(draft);
        audit.record(by, AuditAction.CREATED, ENTITY, draft.id(), current.auditState(), draft.auditState(),
                "new version " + draft.versionNo() + " of order " + current.lineageId());
        return draft;
    }

    /** The alerts of an order: as signed, or, for a draft, as the checks find them now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> alerts(Prescription prescription) {
        if (prescription.status() == PrescriptionStatus.DRAFT) {
            return content.checks().check(patientState(prescription.patientId()),
                    currentLines(prescription.patientId(), prescription.id()), prescription.line(content.formulary()));
        }
        return signedAlerts(prescription.id()).stream().map(PrescriptionAlert::alert).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PrescriptionAlert> signedAlerts(long prescriptionId) {
        return em.createQuery("select a from PrescriptionAlert a where a.prescriptionId = :p order by a.id", PrescriptionAlert.class)
                .setParameter("p", prescriptionId).getResultList();
    }

    /**
     * Signs a draft after running the checks again: no HARD_STOP, every WARNING acknowledged, every SEVERE
     * alert overridden with a reason, and for a Schedule 1 to 3 controlled drug the signer's password. The signer
     * becomes the prescriber of record. The version it replaces, if any, is superseded in the same transaction.
     * A wrong password counts as a failed login: that is written before anything of the signature, and kept.
     */
    @Transactional(dontRollbackOn = ReauthenticationException.class)
    public Prescription sign(long prescriptionId, Signature signature, Actor by) {
        Prescription draft = get(prescriptionId);
        List<Alert> alerts = alerts(draft);
        List<String> hardStops = alerts.stream().filter(a -> a.severity() == Severity.HARD_STOP).map(Alert::key).toList();
        if (!hardStops.isEmpty()) {
            throw new SigningRefusedException(true, hardStops, "This order cannot be signed: " + alerts.stream()
                    .filter(a -> a.severity() == Severity.HARD_STOP).map(Alert::message).collect(Collectors.joining(" ")));
        }
        Set<String> acknowledged = signature.acknowledgements() == null ? Set.of() : signature.acknowledgements();
        Map<String, String> reasons = signature.overrideReasons() == null ? Map.of() : signature.overrideReasons();
        List<String> unresolved = new ArrayList<>();
        for (Alert alert : alerts) {
            if (alert.severity() == Severity.WARNING && !acknowledged.contains(alert.key())
                    || alert.severity() == Severity.SEVERE && isBlank(reasons.get(alert.key()))) {
                unresolved.add(alert.key());
            }
        }
        if (!unresolved.isEmpty()) {
            throw new SigningRefusedException(false, unresolved, unresolved.size() + " alert(s) need attention before signing:"
                    + " acknowledge each warning and give a reason for overriding each serious alert.");
        }
        Map<String, String> overrideReasons = new HashMap<>();
        for (Alert alert : alerts) {
            if (alert.severity() == Severity.SEVERE) {
                overrideReasons.put(alert.key(), Text.required("overrides", reasons.get(alert.key()), 500,
                        "Give the reason for overriding each serious alert."));
            }
        }
        boolean controlled = requireSignerPassword(draft, signature.password(), by);
        Instant now = clock.instant();
        String before = draft.auditState();
        String drafter = draft.draftedBy();
        draft.sign(by.username(), content.version(), now);
        for (Alert alert : alerts) {
            String reason = overrideReasons.get(alert.key());
            String acknowledgedBy = alert.severity() == Severity.INFO ? null : by.username();
            em.persist(new PrescriptionAlert(draft.id(), alert, acknowledgedBy, reason));
        }
        String overrides = alerts.stream().filter(a -> a.severity() == Severity.SEVERE)
                .map(a -> a.category() + ": " + overrideReasons.get(a.key())).collect(Collectors.joining("; "));
        audit.record(by, AuditAction.CHANGED, ENTITY, draft.id(), before, draft.auditState(),
                (drafter.equals(by.username()) ? "signed" : "signed a draft by " + drafter)
                        + (controlled ? ", password re-entered for a controlled drug" : "")
                        + (overrides.isEmpty() ? "" : ", overriding " + overrides));
        if (draft.supersedesId() != null) {
            Prescription old = get(draft.supersedesId());
            String oldBefore = old.auditState();
            old.supersede(by.username(), now);
            audit.record(by, AuditAction.CHANGED, ENTITY, old.id(), oldBefore, old.auditState(), "superseded by " + draft.id());
        }
        events.fire(new OrderEvent(draft.id(), OrderEvent.Kind.SIGNED));
        return draft;
    }

    /** Whether the order is for a strictly controlled drug, whose signer has then just re-entered their password. */
    private boolean requireSignerPassword(Prescription draft, char[] password, Actor by) {
        Product product = content.formulary().product(draft.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + draft.id() + " names " + draft.productCode() + ", not in the formulary"));
        if (!product.strictlyControlled()) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            return false;
        }
        if (password == null || password.length == 0) {
            throw new ReauthenticationException(true, product.name() + " is a Schedule " + product.cdSchedule()
                    + " controlled drug: enter your password again to sign it.");
        }
        LoginOutcome outcome = staff.reauthenticate(by.username(), password, "sign order " + draft.id() + " for " + product.name());
        if (!outcome.accepted()) {
            throw new ReauthenticationException(false, switch (outcome.result()) {
                case LOCKED -> "Your account is locked after too many wrong passwords: the order was not signed.";
                case DISABLED -> "Your account has been disabled: the order was not signed.";
                default -> "That password is not right: the order was not signed.";
            });
        }
        return true;
    }

    public Prescription suspend(long id, String reason, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.suspend(reason, by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), p.statusReason());
        events.fire(new OrderEvent(id, OrderEvent.Kind.SUSPENDED));
        return p;
    }

    public Prescription resume(long id, String reason, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.resume(reason, by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), p.statusReason());
        events.fire(new OrderEvent(id, OrderEvent.Kind.RESUMED));
        return p;
    }

    public Prescription discontinue(long id, String reason, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.discontinue(reason, by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), p.statusReason());
        events.fire(new OrderEvent(id, OrderEvent.Kind.DISCONTINUED));
        return p;
    }

    /**
     * Completes every current order whose planned end has passed, so that it leaves the checks, the drug round and
     * the dispensing systems as a finished order. Rows another instance is completing are skipped, not waited for.
     *
     * @return how many orders were completed
     */
    public int completeEnded() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from prescription where status in ('PENDING_VERIFICATION', 'VERIFIED',"
                + " 'SUSPENDED') and end_at <= ? order by id limit " + COMPLETION_BATCH + " for update skip locked").setParameter(1, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        for (Number id : ids) {
            complete(get(id.longValue()), "its planned end has passed", Actor.SYSTEM);
        }
        return ids.size();
    }

    /** A once-only (STAT) order whose dose has been given is complete; called in the transaction that records the dose. */
    public void completeSingleDose(Prescription order, Actor by) {
        if (order.frequency() == Frequency.STAT && order.status().isCurrent()) {
            complete(order, "its single dose was given", by);
        }
    }

    private void complete(Prescription p, String reason, Actor by) {
        String before = p.auditState();
        p.complete(reason, by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, p.id(), before, p.auditState(), "completed: " + reason);
        events.fire(new OrderEvent(p.id(), OrderEvent.Kind.COMPLETED));
    }

    /** A pharmacist verifies a signed order: it may now be dispensed, and given. */
    public Prescription verify(long id, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.verify(by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), "verified");
        events.fire(new OrderEvent(id, OrderEvent.Kind.VERIFIED));
        return p;
    }

    /** A pharmacist sends a signed order back to the prescriber, with a reason the prescriber sees. */
    public Prescription reject(long id, String reason, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.reject(reason, by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), p.statusReason());
        return p;
    }

    public Prescription discard(long id, Actor by) {
        Prescription p = get(id);
        String before = p.auditState();
        p.discard(by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, id, before, p.auditState(), p.statusReason());
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescription get(long id) {
        Prescription p = em.find(Prescription.class, id);
        if (p == null) {
            throw new NotFoundException("prescription", id);
        }
        return p;
    }

    /** Every version of every order of the patient, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> ofPatient(long patientId) {
        patients.get(patientId);
        return em.createQuery("select p from Prescription p where p.patientId = :p order by p.createdAt desc, p.id desc",
                Prescription.class).setParameter("p", patientId).getResultList();
    }

    /** The versions of one order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> versions(long prescriptionId) {
        Prescription p = get(prescriptionId);
        return em.createQuery("select p from Prescription p where p.lineageId = :l order by p.versionNo", Prescription.class)
                .setParameter("l", p.lineageId()).getResultList();
    }

    /** After a change to the patient (weight, renal function, allergy, pregnancy): what each current order now raises. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recheck> recheck(long patientId) {
        PatientState state = patientState(patientId);
        List<Prescription> current = current(patientId);
        List<OrderLine> lines = current.stream().map(p -> p.line(content.formulary())).toList();
        List<Recheck> results = new ArrayList<>();
        for (Prescription p : current) {
            List<Alert> alerts = content.checks().check(state, lines, p.line(content.formulary())).stream()
                    .filter(a -> a.severity() != Severity.INFO).toList();
            if (!alerts.isEmpty()) {
                results.add(new Recheck(p, alerts));
            }
        }
        return results;
    }

    /** Signed, not stopped, and not past its planned end (even before {@link #completeEnded()} has marked it so). */
    private List<Prescription> current(long patientId) {
        Instant now = clock.instant();
        return em.createQuery("select p from Prescription p where p.patientId = :p and p.status in :s", Prescription.class)
                .setParameter("p", patientId).setParameter("s", PrescriptionStatus.CURRENT).getResultStream()
                .filter(p -> !p.endedBy(now)).toList();
    }

    /** The patient's current orders as the checks read them, leaving out the one being changed or signed. */
    private List<OrderLine> currentLines(long patientId, Long excluding) {
        return current(patientId).stream().filter(p -> !p.id().equals(excluding))
                .map(p -> p.line(content.formulary())).toList();
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("select nextval('prescription_id_seq')").getSingleResult()).longValue();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private PatientState patientState(long patientId) {
        return PatientState.of(patients.get(patientId), patients.latestMeasurements(patientId), patients.allergies(patientId),
                LocalDate.now(clock.withZone(HOSPITAL_ZONE)));
    }
}
