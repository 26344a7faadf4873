package org.epma.pharmacy.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.time.InstantColumn;

/**
 * The pharmacist's side of an order: the queue of signed orders waiting for verification (a changed order is a new
 * version and waits again), verifying, rejecting with a reason the prescriber sees, and interventions.
 */
@ApplicationScoped
@Transactional
public class PharmacyVerification {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final Prescribing prescribing;
    private final AuditTrail audit;
    private final Clock clock;

    /** An order waiting for a pharmacist, with where the patient is. */
    public record Waiting(Prescription order, String wardCode, String bed) {
    }

    @Inject
    public PharmacyVerification(Prescribing prescribing, AuditTrail audit, Clock clock) {
        this.prescribing = prescribing;
        this.audit = audit;
        this.clock = clock;
    }

    protected PharmacyVerification() {
        this(null, null, null);
    }

    /** Orders waiting for verification, longest waiting first; {@code wardCode} narrows to one ward. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waiting> queue(String wardCode) {
        var query = em.createQuery("select p, a.wardCode, b.label from Prescription p"
                        + " left join Admission a on a.patientId = p.patientId and a.dischargedAt is null"
                        + " left join Bed b on b.id = a.bedId where p.status = :s"
                        + (wardCode == null ? "" : " and a.wardCode = :w") + " order by p.signedAt, p.id", Object[].class)
                .setParameter("s", PrescriptionStatus.PENDING_VERIFICATION);
        List<Object[]> rows = (wardCode == null ? query : query.setParameter("w", wardCode)).getResultList();
        return rows.stream().map(r -> new Waiting((Prescription) r[0], (String) r[1], (String) r[2])).toList();
    }

    public Prescription verify(long prescriptionId, Actor by) {
        return prescribing.verify(prescriptionId, by);
    }

    public Prescription reject(long prescriptionId, String reason, Actor by) {
        return prescribing.reject(prescriptionId, reason, by);
    }

    public Intervention intervene(long prescriptionId, InterventionCategory category, String note, Actor by) {
        Prescription order = prescribing.get(prescriptionId);
        if (category == null) {
            throw new InvalidInputException("category", "Choose what the intervention was about.");
        }
        note = Text.required("note", note, 1000, "Describe the intervention (up to 1000 characters).");
        Instant now = clock.instant();
        long id = ((Number) em.createNativeQuery("insert into pharmacy_intervention (prescription_id, category, note,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?) returning id")
                .setParameter(1, order.id()).setParameter(2, category.name()).setParameter(3, note.strip())
                .setParameter(4, by.username()).setParameter(5, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        audit.record(by, AuditAction.CREATED, "PharmacyIntervention", id, null,
                "{\"prescriptionId\":" + order.id() + ",\"category\":\"" + category + "\"}", note.strip());
        return new Intervention(id, order.id(), category, note.strip(), by.username(), now);
    }

    /** The interventions on every version of an order, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Intervention> interventions(long lineageId) {
        List<?> rows = em.createNativeQuery("select i.id, i.prescription_id, i.category, i.note, i.recorded_by, i.recorded_at"
                        + " from pharmacy_intervention i join prescription p on p.id = i.prescription_id where p.lineage_id = ?"
                        + " order by i.id").setParameter(1, lineageId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Intervention(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                InterventionCategory.valueOf((String) r[2]), (String) r[3], (String) r[4], InstantColumn.read(r[5]))).toList();
    }
}
