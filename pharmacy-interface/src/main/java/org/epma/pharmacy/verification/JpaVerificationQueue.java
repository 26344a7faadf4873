package org.epma.pharmacy.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;

/** {@link VerificationQueue} in PostgreSQL through JPA: one query, orders with their patient's current bed. */
@ApplicationScoped
public class JpaVerificationQueue implements VerificationQueue {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public List<PharmacyVerification.Waiting> waiting(String wardCode) {
        var query = em.createQuery("select p, a.wardCode, b.label from Prescription p"
                        + " left join Admission a on a.patientId = p.patientId and a.dischargedAt is null"
                        + " left join Bed b on b.id = a.bedId where p.status = :s"
                        + (wardCode == null ? "" : " and a.wardCode = :w") + " order by p.signedAt, p.id", Object[].class)
                .setParameter("s", PrescriptionStatus.PENDING_VERIFICATION);
        List<Object[]> rows = (wardCode == null ? query : query.setParameter("w", wardCode)).getResultList();
        return rows.stream().map(r -> new PharmacyVerification.Waiting((Prescription) r[0], (String) r[1], (String) r[2])).toList();
    }
}
