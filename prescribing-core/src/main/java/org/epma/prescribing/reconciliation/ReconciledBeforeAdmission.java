package org.epma.prescribing.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.discharge.MedicineLine;
import org.epma.prescribing.discharge.MedicinesBeforeAdmission;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Product;

/**
 * The pre-admission list the discharge prescription is compared with: the medicines recorded for the patient's current
 * stay. A list counts as recorded once a medicine is on it, or once pharmacy completed the reconciliation with none (the
 * patient took no medicines); a stay where nobody has asked has no list.
 */
@ApplicationScoped
public class ReconciledBeforeAdmission implements MedicinesBeforeAdmission {

    private final MedicinesReconciliation reconciliation;
    private final FormularyContent content;

    @Inject
    public ReconciledBeforeAdmission(MedicinesReconciliation reconciliation, FormularyContent content) {
        this.reconciliation = reconciliation;
        this.content = content;
    }

    protected ReconciledBeforeAdmission() {
        this(null, null);
    }

    @Override
    public List<MedicineLine> of(long patientId) {
        return reconciliation.current(patientId).map(stay -> stay.medicines().stream().map(this::line).toList()).orElse(List.of());
    }

    @Override
    public boolean recorded(long patientId) {
        return reconciliation.current(patientId)
                .map(stay -> !stay.medicines().isEmpty() || stay.state().status().isComplete()).orElse(false);
    }

    private MedicineLine line(HomeMedicine medicine) {
        Product product = medicine.productCode() == null ? null : content.formulary().product(medicine.productCode()).orElse(null);
        return new MedicineLine("home-" + medicine.id(), product, product == null ? medicine.medicineName() : product.medicine(),
                new Dose(medicine.dose(), null, medicine.doseUnit()), medicine.route(), medicine.frequency());
    }
}
