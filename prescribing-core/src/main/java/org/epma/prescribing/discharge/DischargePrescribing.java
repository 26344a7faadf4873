package org.epma.prescribing.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.ward.Admissions;

/**
 * Writing the medicines a patient takes home: started from the current orders and the pre-admission list, each order
 * going home (with its supply) or stopping at discharge, each change explained; signed by a prescriber; screened by a
 * pharmacist, or returned with a reason. The changes themselves are worked out each time from the items
 * ({@link MedicineComparison}), so they always match what is written.
 */
@ApplicationScoped
@Transactional
public class DischargePrescribing {

    private static final String ENTITY = "discharge_prescription";
    private static final int LONGEST_SUPPLY_DAYS = 366;

    private final Discharges discharges;
    private final Prescriptions prescriptions;
    private final MedicinesBeforeAdmission before;
    private final Admissions admissions;
    private final PatientRecords patients;
    private final FormularyContent content;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<DischargeSupplied> supplied;

    /** A discharge prescription with its items and the changes they make. */
    public record Written(DischargePrescription discharge, List<DischargeItem> items, List<MedicineChange> changes,
                          DischargeGaps gaps) {
    }

    @Inject
    public DischargePrescribing(Discharges discharges, Prescriptions prescriptions, MedicinesBeforeAdmission before,
                                Admissions admissions, PatientRecords patients, FormularyContent content, AuditTrail audit,
                                Clock clock, Event<DischargeSupplied> supplied) {
        this.discharges = discharges;
        this.prescriptions = prescriptions;
        this.before = before;
        this.admissions = admissions;
        this.patients = patients;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
        this.supplied = supplied;
    }

    protected DischargePrescribing() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** The patient's open discharge prescription, or a new one from their current orders and pre-admission list. */
    public Written start(long patientId, Actor by) {
        patients.get(patientId);
        var open = discharges.openFor(patientId);
        if (open.isPresent()) {
            return written(open.get());
        }
        if (admissions.current(patientId).isEmpty()) {
            throw new ConflictException(DischargeSentence.NOT_ADMITTED.with(), "The patient is not on a ward: there is no stay to discharge them from.");
        }
        DischargePrescription discharge = new DischargePrescription(patientId, before.recorded(patientId), by.username(), clock.instant());
        discharges.add(discharge);
        Formulary formulary = content.formulary();
        for (Prescription order : prescriptions.current(patientId)) {
            DischargeItem item = new DischargeItem(discharge.id(), DischargeItem.Source.ORDER,
                    MedicineLine.of(order.reference(), formulary.product(order.productCode()).orElseThrow(), order.prescribedDose(),
                            order.route(), order.frequency()));
            // what the medicine is for is the first reason a GP reads for a new one
            item.decide(true, order.indication(), null, null, false);
            discharges.add(item);
        }
        for (MedicineLine home : before.of(patientId)) {
            discharges.add(new DischargeItem(discharge.id(), DischargeItem.Source.BEFORE_ADMISSION, home));
        }
        audit.record(by, AuditAction.CREATED, ENTITY, discharge.id(), null, discharge.auditState(), "discharge prescription started");
        return written(discharge);
    }

    /** Whether the patient has a discharge prescription being written or waiting for pharmacy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasOpen(long patientId) {
        return discharges.openFor(patientId).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Written current(long patientId) {
        patients.get(patientId);
        return written(discharges.latestFor(patientId)
                .orElseThrow(() -> new NotFoundException("discharge prescription of patient", patientId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Written get(long dischargeId) {
        return written(discharge(dischargeId));
    }

    /** A medicine pharmacy was asked to dispense for going home, and the patient whose it is. */
    public record SentForSupply(long patientId, DischargeItem item) {
    }

    /**
     * The medicine a dispensing system names when it reports a discharge supply: an item of a screened discharge
     * prescription that pharmacy was asked to dispense. Not found for any other item, so a report can never attach to a
     * medicine that was not sent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SentForSupply sentForSupply(long dischargeId, long itemId) {
        DischargePrescription discharge = discharges.find(dischargeId)
                .filter(d -> d.status() == DischargeStatus.SCREENED)
                .orElseThrow(() -> new NotFoundException("screened discharge prescription", dischargeId));
        DischargeItem item = discharges.item(itemId)
                .filter(i -> i.dischargeId().equals(dischargeId) && i.dispensedByHospital())
                .orElseThrow(() -> new NotFoundException("medicine sent for supply on discharge prescription " + dischargeId, itemId));
        return new SentForSupply(discharge.patientId(), item);
    }

    /**
     * The prescriber's decision on one item: whether an order goes home, the reason for its change (or, on a pre-admission
     * item, for stopping it), and what to supply: a quantity for a number of days, or the patient's own medicines.
     */
    public Written decide(long dischargeId, long itemId, boolean goingHome, String reason, BigDecimal supplyQuantity,
                          Integer supplyDays, boolean ownSupply, Actor by) {
        DischargePrescription discharge = discharge(dischargeId);
        discharge.requireDraft();
        DischargeItem item = discharges.items(dischargeId).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow(() ->
                new InvalidInputException("itemId", DischargeSentence.NOT_THIS_DISCHARGES.with(itemId),
                        "Item " + itemId + " is not on this discharge prescription."));
        if (supplyQuantity != null && (supplyQuantity.signum() <= 0 || supplyQuantity.compareTo(new BigDecimal("100000")) > 0)) {
            throw new InvalidInputException("supplyQuantity", DischargeSentence.SUPPLY_OR_OWN.with(),
                    "Give a quantity to supply of more than zero, or say the patient has their own supply.");
        }
        if (supplyDays != null && (supplyDays <= 0 || supplyDays > LONGEST_SUPPLY_DAYS)) {
            throw new InvalidInputException("supplyDays", DischargeSentence.SUPPLY_OR_OWN.with(),
                    "Give the days the supply lasts, from 1 to " + LONGEST_SUPPLY_DAYS + ".");
        }
        item.decide(goingHome, Text.optional("reason", reason, 500), supplyQuantity, supplyDays, ownSupply);
        audit.record(by, AuditAction.CHANGED, ENTITY, dischargeId, discharge.auditState(), discharge.auditState(),
                "item " + itemId + " (" + item.medicine() + ")" + (item.goingHome() ? " goes home" + (item.ownSupply() ? ", own supply"
                        : item.supplyQuantity() == null ? "" : ", supply " + item.supplyQuantity().stripTrailingZeros().toPlainString()
                        + " for " + item.supplyDays() + " days") : " does not go home")
                        + (item.reason() == null ? "" : ", reason: " + item.reason()));
        return written(discharge);
    }

    /** Signs it: refused, naming the items, while a change lacks its reason or a medicine going home its supply. */
    public Written sign(long dischargeId, Actor by) {
        DischargePrescription discharge = discharge(dischargeId);
        Written now = written(discharge);
        if (!now.gaps().none()) {
            throw new InvalidInputException("items", DischargeSentence.INCOMPLETE.with(now.gaps().reasonsMissing().size(),
                    now.gaps().suppliesMissing().size()), "Before signing, give the reason for each change (medicines waiting: "
                    + now.gaps().reasonsMissing().size() + ") and the supply of each medicine going home (medicines waiting: "
                    + now.gaps().suppliesMissing().size() + ").");
        }
        String before = discharge.auditState();
        discharge.sign(by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, dischargeId, before, discharge.auditState(), "signed");
        return written(discharge);
    }

    public Written screen(long dischargeId, Actor by) {
        DischargePrescription discharge = discharge(dischargeId);
        String before = discharge.auditState();
        discharge.screen(by.username(), clock.instant());
        audit.record(by, AuditAction.CHANGED, ENTITY, dischargeId, before, discharge.auditState(), "screened by pharmacy");
        supplied.fire(new DischargeSupplied(dischargeId, discharge.patientId(), supplies(discharges.items(dischargeId))));
        return written(discharge);
    }

    public Written returnToPrescriber(long dischargeId, String reason, Actor by) {
        DischargePrescription discharge = discharge(dischargeId);
        String why = Text.required("reason", reason, 500, DischargeSentence.RETURN_REASON_NEEDED.with(),
                "Say why the discharge prescription goes back to the prescriber.");
        String before = discharge.auditState();
        discharge.returnToPrescriber(why);
        audit.record(by, AuditAction.CHANGED, ENTITY, dischargeId, before, discharge.auditState(), "returned to the prescriber");
        return written(discharge);
    }

    /**
     * What pharmacy dispenses: each medicine going home with a quantity from the hospital, as the version of its order in
     * force now (the one the prescription was written from, unless changed since). Own supplies and stopped medicines are
     * not dispensed.
     */
    private List<DischargeSupplied.Supply> supplies(List<DischargeItem> items) {
        List<DischargeSupplied.Supply> supplies = new java.util.ArrayList<>();
        for (DischargeItem item : items) {
            if (!item.dispensedByHospital()) {
                continue;
            }
            long lineage = Prescription.lineageOf(item.reference());
            List<Prescription> versions = prescriptions.versions(lineage);
            // the version in force: a change still being drafted is not what goes home; an order stopped since keeps its last
            Prescription goesHomeAs = versions.stream().filter(v -> v.status().isCurrent())
                    .reduce((older, newer) -> newer).orElse(versions.get(versions.size() - 1));
            supplies.add(new DischargeSupplied.Supply(item.id(), goesHomeAs.id()));
        }
        return supplies;
    }

    private DischargePrescription discharge(long id) {
        return discharges.find(id).orElseThrow(() -> new NotFoundException("discharge prescription", id));
    }

    private Written written(DischargePrescription discharge) {
        List<DischargeItem> items = discharges.items(discharge.id());
        Formulary formulary = content.formulary();
        List<MedicineLine> beforeLines = items.stream().filter(i -> i.source() == DischargeItem.Source.BEFORE_ADMISSION)
                .map(i -> i.line(formulary)).toList();
        List<MedicineLine> goingHome = items.stream().filter(DischargeItem::goingHome).map(i -> i.line(formulary)).toList();
        List<MedicineChange> changes = MedicineComparison.compare(beforeLines, goingHome);
        return new Written(discharge, items, changes, DischargeGaps.of(items, changes));
    }
}
