package org.epma.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.reconciliation.Decision;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.prescribing.reconciliation.HomeMedicineSource;
import org.epma.prescribing.reconciliation.MedicinesReconciliation;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.time.HospitalZone;

/**
 * The training patients' medicines before admission (config/training/home-medicines.csv), recorded, decided and
 * completed through the same service as on the wards, so the demo shows a reconciliation in each state.
 */
@ApplicationScoped
@Transactional
public class TrainingHomeMedicines {

    private final MedicinesReconciliation reconciliation;
    private final PatientRecords patients;
    private final Prescribing prescribing;
    private final Clock clock;

    @Inject
    public TrainingHomeMedicines(MedicinesReconciliation reconciliation, PatientRecords patients, Prescribing prescribing, Clock clock) {
        this.reconciliation = reconciliation;
        this.patients = patients;
        this.prescribing = prescribing;
        this.clock = clock;
    }

    protected TrainingHomeMedicines() {
        this(null, null, null, null);
    }

    public void load(CsvTable medicines) {
        for (CsvTable.Row row : medicines.rows()) {
            try {
                loadRow(row);
            } catch (InvalidInputException | ConflictException e) {
                throw row.problem("hospital_number", e.getMessage());
            }
        }
    }

    private void loadRow(CsvTable.Row row) {
        Patient patient = patients.findByHospitalNumber(new HospitalNumber(row.text("hospital_number")))
                .orElseThrow(() -> row.problem("hospital_number", "no training patient has this hospital number"));
        Unit unit = Unit.parse(row.text("dose_unit")).orElseThrow(() -> row.problem("dose_unit", "not a dose unit"));
        HomeMedicine.Taken taken = new HomeMedicine.Taken(row.optional("product_code"), row.optional("medicine_name"),
                row.decimal("dose"), unit, row.choice("route", Route.class), row.choice("frequency", Frequency.class),
                row.choice("source", HomeMedicineSource.class), row.optional("note"));
        var recorded = reconciliation.record("training-home-" + row.line(), patient.id(), taken,
                new Actor(row.text("recorded_by"), "PHARMACIST"));
        String decision = row.optional("decision");
        if (decision != null) {
            Decision chosen = row.choice("decision", Decision.class);
            Long order = chosen == Decision.CONTINUE ? currentOrder(row, patient.id(), taken.productCode()) : null;
            String days = row.optional("review_in_days");
            LocalDate review = days == null ? null : LocalDate.now(clock.withZone(HospitalZone.ZONE)).plusDays(Long.parseLong(days));
            reconciliation.decide(patient.id(), recorded.medicine().id(), new HomeMedicine.Decided(chosen, row.optional("reason"),
                    review, order), new Actor(row.text("decided_by"), "PRESCRIBER"));
        }
        String pharmacist = row.optional("completed_by");
        if (pharmacist != null) {
            reconciliation.complete(patient.id(), new Actor(pharmacist, "PHARMACIST"));
        }
    }

    private long currentOrder(CsvTable.Row row, long patientId, String productCode) {
        return prescribing.ofPatient(patientId).stream()
                .filter(p -> p.status().isCurrent() && p.productCode().equals(productCode)).map(Prescription::id).findFirst()
                .orElseThrow(() -> row.problem("decision", "a continued medicine needs the patient's training order of " + productCode));
    }
}
