package org.epma.pharmacy.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.epma.prescribing.time.InstantColumn;

/** {@link Interventions} in PostgreSQL (table pharmacy_intervention), through native queries. */
@ApplicationScoped
public class JpaInterventions implements Interventions {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Intervention add(long prescriptionId, InterventionCategory category, String note, String recordedBy, Instant recordedAt) {
        long id = ((Number) em.createNativeQuery("insert into pharmacy_intervention (prescription_id, category, note,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?) returning id")
                .setParameter(1, prescriptionId).setParameter(2, category.name()).setParameter(3, note)
                .setParameter(4, recordedBy).setParameter(5, recordedAt.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        return new Intervention(id, prescriptionId, category, note, recordedBy, recordedAt);
    }

    @Override
    public List<Intervention> ofLineage(long lineageId) {
        List<?> rows = em.createNativeQuery("select i.id, i.prescription_id, i.category, i.note, i.recorded_by, i.recorded_at"
                        + " from pharmacy_intervention i join prescription p on p.id = i.prescription_id where p.lineage_id = ?"
                        + " order by i.id").setParameter(1, lineageId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Intervention(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                InterventionCategory.valueOf((String) r[2]), (String) r[3], (String) r[4], InstantColumn.read(r[5]))).toList();
    }
}
