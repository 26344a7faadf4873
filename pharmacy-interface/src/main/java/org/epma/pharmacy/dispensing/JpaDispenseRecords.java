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
        return insert(order.patientId(), order.id(), order.lineageId(), null, report, receivedAt);
    }

    @Override
    public long addSupply(long patientId, long dischargeItemId, Dispensing.Report report, Instant receivedAt) {
        return insert(patientId, null, null, dischargeItemId, report, receivedAt);
    }

    private long insert(long patientId, Long prescriptionId, Long lineageId, Long dischargeItemId, Dispensing.Report report,
                        Instant receivedAt) {
        return ((Number) em.createNativeQuery("insert into dispense_record (patient_id, prescription_id, lineage_id,"
                        + " discharge_item_id, placer_order_number, give_code, amount, units, dispensed_at, dispensed_by,"
                        // a null parameter is bound as text: the casts keep the bigint columns' nulls typed
                        + " prescription_number, control_id, received_at) values (?, cast(? as bigint), cast(? as bigint),"
                        + " cast(? as bigint), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .setParameter(1, patientId).setParameter(2, prescriptionId).setParameter(3, lineageId)
                .setParameter(4, dischargeItemId).setParameter(5, report.placerOrderNumber()).setParameter(6, report.giveCode())
                .setParameter(7, report.amount()).setParameter(8, report.units())
                .setParameter(9, report.dispensedAt() == null ? null : report.dispensedAt().atOffset(ZoneOffset.UTC))
                .setParameter(10, report.dispensedBy()).setParameter(11, report.prescriptionNumber())
                .setParameter(12, report.controlId()).setParameter(13, receivedAt.atOffset(ZoneOffset.UTC))
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

    @Override
    public List<SupplyDispense> ofDischargeItems(Collection<Long> itemIds) {
        List<?> rows = em.createNativeQuery("select id, discharge_item_id, give_code, amount, units, dispensed_at, dispensed_by,"
                        + " prescription_number, received_at from dispense_record where discharge_item_id = any(?) order by id")
                .setParameter(1, itemIds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new SupplyDispense(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (BigDecimal) r[3], (String) r[4], InstantColumn.read(r[5]),
                (String) r[6], (String) r[7], InstantColumn.read(r[8]))).toList();
    }
}
