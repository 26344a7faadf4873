package org.epma.pharmacy.dispensing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.time.InstantColumn;

/** {@link DispenseRecords} in the dispense_record table. */
@ApplicationScoped
public class JpaDispenseRecords implements DispenseRecords {

    private static final String COLUMNS = "id, patient_id, prescription_id, lineage_id, placer_order_number, give_code,"
            + " amount, units, dispensed_at, dispensed_by, prescription_number, received_at";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public long add(Prescription order, Dispensing.Report report, Instant receivedAt) {
        return ((Number) em.createNativeQuery("insert into dispense_record (patient_id, prescription_id, lineage_id,"
                        + " placer_order_number, give_code, amount, units, dispensed_at, dispensed_by, prescription_number,"
                        + " control_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .setParameter(1, order.patientId()).setParameter(2, order.id()).setParameter(3, order.lineageId())
                .setParameter(4, report.placerOrderNumber()).setParameter(5, report.giveCode()).setParameter(6, report.amount())
                .setParameter(7, report.units())
                .setParameter(8, report.dispensedAt() == null ? null : report.dispensedAt().atOffset(ZoneOffset.UTC))
                .setParameter(9, report.dispensedBy()).setParameter(10, report.prescriptionNumber())
                .setParameter(11, report.controlId()).setParameter(12, receivedAt.atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    @Override
    public List<DispenseRecord> ofOrders(Collection<Long> lineageIds) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from dispense_record where lineage_id = any(?) order by id")
                .setParameter(1, lineageIds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DispenseRecord(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                (String) r[5], (BigDecimal) r[6], (String) r[7], InstantColumn.read(r[8]), (String) r[9], (String) r[10],
                InstantColumn.read(r[11]))).toList();
    }
}
