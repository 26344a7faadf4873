package org.epma.prescribing.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.epma.prescribing.administration.BedsideAdministration;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.OrderSentence;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Admissions;
import org.epma.prescribing.ward.WardService;

/**
 * Medicines reconciliation on admission: recording what the patient took before the stay, the prescriber's decision on
 * each medicine, and the pharmacist's completion; the stays still to reconcile for the ward list and pharmacy queue.
 */
@ApplicationScoped
@Transactional
public class MedicinesReconciliation {

    private static final String MEDICINE = "home_medicine";
    private static final String RECONCILIATION = "medicines_reconciliation";

    private final HomeMedicines store;
    private final Admissions admissions;
    private final PatientRecords patients;
    private final WardService wards;
    private final Prescribing prescribing;
    private final FormularyContent content;
    private final AuditTrail audit;
    private final Clock clock;

    /** A current stay's list and where its reconciliation stands. */
    public record StayList(HomeMedicines.Stay stay, String wardCode, ReconciliationState state, List<HomeMedicine> medicines) {
    }

    /** A current stay as the ward list and the pharmacy queue show it. */
    public record StayStanding(long patientId, String wardCode, String bed, ReconciliationState state) {
    }

    /** A medicine as someone gives it: a formulary product, or a medicine's name as written when it is not in the formulary. */
    public record Recording(String productCode, String medicineName, HomeMedicine.Taken taken) {
    }

    /** A medicine recorded; {@code repeated} when the request repeated one already taken. */
    public record Recorded(HomeMedicine medicine, boolean repeated) {
    }

    @Inject
    public MedicinesReconciliation(HomeMedicines store, Admissions admissions, PatientRecords patients, WardService wards,
                                   Prescribing prescribing, FormularyContent content, AuditTrail audit, Clock clock) {
        this.store = store;
        this.admissions = admissions;
        this.patients = patients;
        this.wards = wards;
        this.prescribing = prescribing;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    protected MedicinesReconciliation() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The patient's current stay's list, or empty when they are on no ward. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StayList> current(long patientId) {
        patients.get(patientId);
        return admissions.current(patientId).map(admission -> {
            HomeMedicines.Stay stay = store.stayOf(admission.id());
            List<HomeMedicine> medicines = store.ofStay(stay.admissionId());
            Optional<Reconciliation> done = store.reconciliation(stay.admissionId());
            int undecided = (int) medicines.stream().filter(HomeMedicine::isUndecided).count();
            return new StayList(stay, admission.wardCode(), ReconciliationState.of(stay.began(), medicines.size(), undecided,
                    done.map(Reconciliation::completedBy).orElse(null), done.map(Reconciliation::completedAt).orElse(null),
                    clock.instant()), medicines);
        });
    }

    /**
     * Adds a medicine the patient took before admission to their current stay's list. A repeat of a request already
     * taken (the same {@code idempotencyKey}) returns the medicine it recorded. Added after completion, it opens the
     * reconciliation again.
     */
    public Recorded record(String idempotencyKey, long patientId, HomeMedicine.Taken asGiven, Actor by) {
        BedsideAdministration.requireKey(idempotencyKey);
        HomeMedicine.Taken taken = named(asGiven);
        var earlier = store.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().sameAs(patientId, taken, by.username())) {
                throw new ConflictException(ReconciliationSentence.KEY_REUSED.with(),
                        "This idempotency key was already used for a different request.");
            }
            return new Recorded(earlier.get(), true);
        }
        Admission admission = currentAdmission(patientId);
        HomeMedicines.Stay stay = store.stayOf(admission.id());
        HomeMedicine medicine = new HomeMedicine(idempotencyKey, stay.admissionId(), patientId, taken, by.username(), clock.instant());
        store.add(medicine);
        audit.record(by, AuditAction.CREATED, MEDICINE, medicine.id(), null, medicine.auditState(),
                "medicine taken before admission, from " + taken.source().name());
        store.reconciliation(stay.admissionId()).ifPresent(done -> {
            String before = done.auditState();
            if (done.reopen()) {
                store.flush();
                audit.record(by, AuditAction.CHANGED, RECONCILIATION, stay.admissionId(), before, done.auditState(),
                        "reopened: a medicine was added after completion");
            }
        });
        return new Recorded(medicine, false);
    }

    /** The prescriber's decision on one medicine of the patient's list. */
    public HomeMedicine decide(long patientId, long medicineId, HomeMedicine.Decided asGiven, Actor by) {
        HomeMedicine medicine = store.find(medicineId).filter(m -> m.patientId() == patientId)
                .orElseThrow(() -> new NotFoundException("medicine taken before admission", medicineId + " of patient " + patientId));
        HomeMedicine.Decided decided = new HomeMedicine.Decided(asGiven.decision(), Text.optional("reason", asGiven.reason(), 500),
                asGiven.reviewDate(), asGiven.orderId());
        if (decided.orderId() != null) {
            requireOrderFor(medicine, decided);
        }
        Admission admission = currentAdmission(patientId);
        if (store.stayOf(admission.id()).admissionId() != medicine.stayAdmissionId()) {
            // a list of an earlier stay is history: this stay's reconciliation starts from its own list
            throw new NotFoundException("medicine taken before this admission", medicineId + " of patient " + patientId);
        }
        String before = medicine.auditState();
        LocalDate today = LocalDate.now(clock.withZone(wards.ward(admission.wardCode()).timeZone()));
        medicine.decide(decided, by.username(), clock.instant(), today);
        store.flush();
        audit.record(by, AuditAction.CHANGED, MEDICINE, medicineId, before, medicine.auditState(),
                "prescriber's decision: " + decided.decision().name());
        return medicine;
    }

    /** The pharmacist completes the reconciliation of the patient's current stay. */
    public StayList complete(long patientId, Actor by) {
        Admission admission = currentAdmission(patientId);
        HomeMedicines.Stay stay = store.stayOf(admission.id());
        long undecided = store.ofStay(stay.admissionId()).stream().filter(HomeMedicine::isUndecided).count();
        Reconciliation reconciliation = store.reconciliation(stay.admissionId()).orElseGet(() -> {
            Reconciliation created = new Reconciliation(stay.admissionId(), patientId);
            store.add(created);
            return created;
        });
        String before = reconciliation.auditState();
        reconciliation.complete(undecided, by.username(), clock.instant());
        store.flush();
        audit.record(by, AuditAction.CHANGED, RECONCILIATION, stay.admissionId(), before, reconciliation.auditState(),
                "medicines reconciliation completed");
        return current(patientId).orElseThrow();
    }

    /** Where each current stay's reconciliation stands, of one ward's patients or (ward null) everyone's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StayStanding> standings(String wardCode) {
        if (wardCode != null) {
            wards.ward(wardCode);
        }
        var now = clock.instant();
        return store.currentStays(wardCode).stream().map(s -> new StayStanding(s.patientId(), s.wardCode(), s.bed(),
                ReconciliationState.of(s.stay().began(), s.medicines(), s.undecided(), s.completedBy(), s.completedAt(), now)))
                .toList();
    }

    /** The pharmacy's queue: current stays not yet reconciled or with medicines undecided, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StayStanding> queue() {
        return standings(null).stream().filter(s -> s.state().needsAttention())
                .sorted(Comparator.comparing((StayStanding s) -> s.state().dueAt()).thenComparing(StayStanding::patientId)).toList();
    }

    private Admission currentAdmission(long patientId) {
        patients.get(patientId);
        return admissions.current(patientId).orElseThrow(() -> new ConflictException(ReconciliationSentence.NOT_ON_WARD.with(),
                "The patient is not on a ward: a medicines reconciliation belongs to a stay."));
    }

    /** A formulary product takes its name from the formulary; any other medicine is kept by its name as written. */
    private HomeMedicine.Taken named(HomeMedicine.Taken given) {
        String code = Text.optional("productCode", given.productCode(), 64);
        String name;
        if (code != null) {
            Product product = content.formulary().product(code).orElseThrow(() -> new InvalidInputException("productCode",
                    OrderSentence.NOT_IN_FORMULARY.with(Text.echoed(code)), Text.echo(code) + " is not in the formulary:"
                    + " write the medicine's name instead."));
            name = product.name();
        } else {
            name = Text.required("medicineName", given.medicineName(), 200, ReconciliationSentence.GIVE_MEDICINE.with(),
                    "Choose the medicine from the formulary, or write its name when it is not in it.");
        }
        return new HomeMedicine.Taken(code, name, given.dose(), given.doseUnit(), given.route(), given.frequency(),
                given.source(), Text.optional("note", given.note(), 500));
    }

    /** The order a continue or change was made by: the patient's, signed and current, and for a continue the same medicine. */
    private void requireOrderFor(HomeMedicine medicine, HomeMedicine.Decided decided) {
        Prescription order;
        try {
            order = prescribing.get(decided.orderId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("orderId", ReconciliationSentence.ORDER_NOT_CURRENT.with(decided.orderId()),
                    "Order " + decided.orderId() + " is not a current order of this patient.");
        }
        if (!Objects.equals(order.patientId(), medicine.patientId()) || !order.status().isCurrent()) {
            throw new InvalidInputException("orderId", ReconciliationSentence.ORDER_NOT_CURRENT.with(decided.orderId()),
                    "Order " + decided.orderId() + " is not a current order of this patient.");
        }
        if (decided.decision() == Decision.CONTINUE && medicine.isCoded()) {
            String homeMedicine = content.formulary().product(medicine.productCode()).map(Product::medicine).orElse(null);
            String ordered = content.formulary().product(order.productCode()).map(Product::medicine).orElse(null);
            if (homeMedicine != null && !homeMedicine.equals(ordered)) {
                throw new InvalidInputException("orderId", ReconciliationSentence.ORDER_OTHER_MEDICINE.with(medicine.medicineName()),
                        "The order is not for " + medicine.medicineName() + ": another medicine in its place is a change, with a reason.");
            }
        }
    }
}
