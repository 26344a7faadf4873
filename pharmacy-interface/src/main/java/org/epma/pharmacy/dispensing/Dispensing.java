package org.epma.pharmacy.dispensing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.time.InstantColumn;

/** The dispense records: written as dispensing systems report them, read on the order and the chart. */
@ApplicationScoped
@Transactional
public class Dispensing {

    private static final String COLUMNS = "id, patient_id, prescription_id, lineage_id, placer_order_number, give_code,"
            + " amount, units, dispensed_at, dispensed_by, prescription_number, received_at";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final AuditTrail audit;
    private final Clock clock;

    /** What a dispensing system says it dispensed. */
    public record Report(String placerOrderNumber, String giveCode, BigDecimal amount, String units, Instant dispensedAt,
                         String dispensedBy, String prescriptionNumber, String controlId) {
    }

    @Inject
    public Dispensing(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    protected Dispensing() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(Prescription order, Report report, Actor by) {
        long id = ((Number) em.createNativeQuery("insert into dispense_record (patient_id, prescription_id, lineage_id,"
                        + " placer_order_number, give_code, amount, units, dispensed_at, dispensed_by, prescription_number,"
                        + " control_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .setParameter(1, order.patientId()).setParameter(2, order.id()).setParameter(3, order.lineageId())
                .setParameter(4, report.placerOrderNumber()).setParameter(5, report.giveCode()).setParameter(6, report.amount())
                .setParameter(7, report.units())
                .setParameter(8, report.dispensedAt() == null ? null : report.dispensedAt().atOffset(ZoneOffset.UTC))
                .setParameter(9, report.dispensedBy()).setParameter(10, report.prescriptionNumber())
                .setParameter(11, report.controlId()).setParameter(12, clock.instant().atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
        audit.record(by, AuditAction.CREATED, "DispenseRecord", id, null, "{\"prescriptionId\":" + order.id() + "}",
                "dispensed" + (report.dispensedBy() == null ? "" : " by " + report.dispensedBy()));
        return id;
    }

    /** The dispensings of these orders (any version), by order lineage, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<DispenseRecord>> ofOrders(Collection<Long> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from dispense_record where lineage_id = any(?) order by id")
                .setParameter(1, lineageIds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DispenseRecord(((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                        (String) r[5], (BigDecimal) r[6], (String) r[7], InstantColumn.read(r[8]), (String) r[9], (String) r[10], InstantColumn.read(r[11])))
                .collect(Collectors.groupingBy(DispenseRecord::lineageId));
    }
}
