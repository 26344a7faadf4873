package org.epma.prescribing.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.epma.prescribing.refusal.ReauthenticationException;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.time.HospitalZone;

/**
 * Prescribing: checking an order without saving it, drafting, signing with acknowledgements and override
 * reasons ({@link SigningPolicy}), changing (a new version), suspending, resuming, stopping, completing. One method,
 * one transaction; every change of state goes through {@link OrderChanges}, which audits it and announces it.
 */
@ApplicationScoped
@Transactional
public class Prescribing {

    private static final String ENTITY = OrderChanges.ENTITY;
    /** The most orders {@link #completeEnded()} completes in one transaction. */
    public static final int COMPLETION_BATCH = 500;

    private final Prescriptions prescriptions;
    private final OrderChanges changes;
    private final FormularyContent content;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffAccounts staff;
    private final OrderSpecificChecks specific;

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
    public Prescribing(Prescriptions prescriptions, OrderChanges changes, FormularyContent content, PatientRecords patients,
                       AuditTrail audit, Clock clock, StaffAccounts staff, OrderSpecificChecks specific) {
        this.prescriptions = prescriptions;
        this.changes = changes;
        this.content = content;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.staff = staff;
        this.specific = specific;
    }

    protected Prescribing() {
        this(null, null, null, null, null, null, null, null);
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
                throw new InvalidInputException("replaces", OrderSentence.NOT_THIS_PATIENTS.with(replaces), "Order " + replaces + " is not this patient's.");
            }
            reference = replaced.reference();
        }
        PatientState state = patientState(patientId);
        return new CheckResult(content.version(), content.checks().check(state, currentLines(patientId, null),
                order.line(reference, DoseSchedule.DEFAULT_ZONE)));
    }

    public Prescription draft(long patientId, OrderRequest request, Actor by) {
        patients.get(patientId);
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), false);
        Prescription draft = Prescription.draft(prescriptions.nextId(), patientId, order, by.username(), clock.instant());
        prescriptions.add(draft);
        audit.record(by, AuditAction.CREATED, ENTITY, draft.id(), null, draft.auditState(), "draft");
        return draft;
    }

    public Prescription amend(long prescriptionId, OrderRequest request, Actor by) {
        Prescription current = get(prescriptionId);
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), false);
        Prescription draft = current.amend(prescriptions.nextId(), order, by.username(), clock.instant());
        if (current.status() == PrescriptionStatus.DRAFT) {
            changes.apply(current, by, (p, at) -> p.discard(by.username(), at), p -> "replaced by draft " + draft.id(), null);
        }
        prescriptions.add(draft);
        audit.record(by, AuditAction.CREATED, ENTITY, draft.id(), current.auditState(), draft.auditState(),
                "new version " + draft.versionNo() + " of order " + current.lineageId());
        return draft;
    }

    /** The alerts of an order: as signed, or, for a draft, as the checks find them now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> alerts(Prescription prescription) {
        if (prescription.status() == PrescriptionStatus.DRAFT) {
            return specific.adjust(prescription, content.checks().check(patientState(prescription.patientId()),
                    currentLines(prescription.patientId(), prescription.id()), prescription.line(content.formulary())));
        }
        return signedAlerts(prescription.id()).stream().map(PrescriptionAlert::alert).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PrescriptionAlert> signedAlerts(long prescriptionId) {
        return prescriptions.signedAlerts(prescriptionId);
    }

    /**
     * Signs a draft after running the checks again: no HARD_STOP, every WARNING acknowledged, every SEVERE
     * alert overridden with a reason, and for a Schedule 1 to 3 controlled drug the signer's password. The signer
     * becomes the prescriber of record. The version it replaces, if any, is superseded in the same transaction.
     * A wrong password counts as a failed login: that is written before anything of the signature, and kept.
     */
    @Transactional(dontRollbackOn = ReauthenticationException.class)
    public Prescription sign(long prescriptionId, Signature signature, Actor by) {
        char[] password = signature.password();
        try {
            Prescription draft = get(prescriptionId);
            Product product = content.formulary().product(draft.productCode()).orElseThrow(() ->
                    new IllegalStateException("order " + draft.id() + " names " + draft.productCode() + ", not in the formulary"));
            SigningPolicy.Approval approval = SigningPolicy.approve(alerts(draft), signature.acknowledgements(),
                    signature.overrideReasons(), product, password != null && password.length > 0);
            if (approval.needsPassword()) {
                LoginOutcome outcome = staff.reauthenticate(by.username(), password, "sign order " + draft.id() + " for " + product.name());
                if (!outcome.accepted()) {
                    throw SigningPolicy.passwordRefused(outcome);
                }
            }
            String drafter = draft.draftedBy();
            String overrides = approval.overrides();
            signWith(draft, approval, by, (drafter.equals(by.username()) ? "signed" : "signed a draft by " + drafter)
                    + (approval.needsPassword() ? ", password re-entered for a controlled drug" : "")
                    + (overrides.isEmpty() ? "" : ", overriding " + overrides));
            Instant now = clock.instant();
            if (draft.supersedesId() != null) {
                changes.apply(draft.supersedesId(), by, (old, at) -> old.supersede(by.username(), now),
                        old -> "superseded by " + draft.id(), null);
            }
            changes.announce(draft, OrderEvent.Kind.SIGNED);
            return draft;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * A once-only order a nurse starts under a patient group direction or as a homely remedy: drafted and signed at once
     * by the nurse, who is its prescriber of record, and marked with the direction or remedy. The checks run as for any
     * order, but neither gives authority to override: a SEVERE or HARD_STOP alert refuses it (the patient needs a
     * prescriber), and each WARNING is acknowledged by the nurse. {@code authority} names it in the audit trail.
     */
    public Prescription startUnderDirection(long patientId, OrderRequest request, Set<String> acknowledgements,
                                            String directionId, String authority, Actor by) {
        patients.get(patientId);
        ValidOrder order = OrderValidation.validate(request, content.formulary(), clock.instant(), false);
        List<Alert> alerts = content.checks().check(patientState(patientId), currentLines(patientId, null),
                order.line(null, DoseSchedule.DEFAULT_ZONE));
        List<Alert> serious = alerts.stream()
                .filter(a -> a.severity() == Severity.SEVERE || a.severity() == Severity.HARD_STOP).toList();
        if (!serious.isEmpty()) {
            throw SigningRefusedException.needsPrescriber(serious.stream().map(Alert::key).toList(),
                    "A dose given without a prescription cannot override an alert: refer the patient to a prescriber. "
                    + serious.stream().map(Alert::message).collect(java.util.stream.Collectors.joining(" ")));
        }
        SigningPolicy.Approval approval = SigningPolicy.approve(alerts, acknowledgements, Map.of(), order.product(), false);
        Prescription started = Prescription.draft(prescriptions.nextId(), patientId, order, by.username(), clock.instant());
        started.startUnderDirection(directionId);
        prescriptions.add(started);
        audit.record(by, AuditAction.CREATED, ENTITY, started.id(), null, started.auditState(),
                "started " + authority);
        signWith(started, approval, by, "signed " + authority);
        changes.announce(started, OrderEvent.Kind.SIGNED);
        return started;
    }

    /** Signs the draft, keeping beside it the alerts it was signed against with who acknowledged each and why. */
    private void signWith(Prescription draft, SigningPolicy.Approval approval, Actor by, String note) {
        Instant now = clock.instant();
        changes.apply(draft, by, (d, at) -> {
            d.sign(by.username(), content.version(), now);
            for (Alert alert : approval.alerts()) {
                prescriptions.addAlert(new PrescriptionAlert(d.id(), alert, approval.acknowledgedBy(alert, by.username()),
                        approval.overrideReasons().get(alert.key())));
            }
        }, d -> note, null);
    }

    public Prescription suspend(long id, String reason, Actor by) {
        return changes.apply(id, by, (p, at) -> p.suspend(reason, by.username(), at), Prescription::statusReason,
                OrderEvent.Kind.SUSPENDED);
    }

    public Prescription resume(long id, String reason, Actor by) {
        return changes.apply(id, by, (p, at) -> p.resume(reason, by.username(), at), Prescription::statusReason,
                OrderEvent.Kind.RESUMED);
    }

    public Prescription discontinue(long id, String reason, Actor by) {
        return changes.apply(id, by, (p, at) -> p.discontinue(reason, by.username(), at), Prescription::statusReason,
                OrderEvent.Kind.DISCONTINUED);
    }

    /**
     * Completes every current order whose planned end has passed, so that it leaves the checks, the drug round and
     * the dispensing systems as a finished order. Rows another instance is completing are skipped, not waited for.
     *
     * @return how many orders were completed
     */
    public int completeEnded() {
        List<Long> ids = prescriptions.endedAndUnclaimed(clock.instant(), COMPLETION_BATCH);
        for (long id : ids) {
            complete(get(id), "its planned end has passed", Actor.SYSTEM);
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
        changes.apply(p, by, (order, at) -> order.complete(reason, by.username(), at), order -> "completed: " + reason,
                OrderEvent.Kind.COMPLETED);
    }

    public Prescription discard(long id, Actor by) {
        return changes.apply(id, by, (p, at) -> p.discard(by.username(), at), Prescription::statusReason, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Prescription get(long id) {
        return changes.get(id);
    }

    /** Every version of every order of the patient, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> ofPatient(long patientId) {
        patients.get(patientId);
        return prescriptions.ofPatient(patientId);
    }

    /** The versions of one order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> versions(long prescriptionId) {
        return prescriptions.versions(get(prescriptionId).lineageId());
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
        return prescriptions.current(patientId).stream().filter(p -> !p.endedBy(now)).toList();
    }

    /** The patient's current orders as the checks read them, leaving out the one being changed or signed. */
    private List<OrderLine> currentLines(long patientId, Long excluding) {
        return current(patientId).stream().filter(p -> !p.id().equals(excluding))
                .map(p -> p.line(content.formulary())).toList();
    }

    private PatientState patientState(long patientId) {
        return PatientState.of(patients.get(patientId), patients.latestMeasurements(patientId), patients.allergies(patientId),
                LocalDate.now(clock.withZone(HospitalZone.ZONE)));
    }
}
