package org.epma.pharmacy.dispensing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.order.Prescription;

/** The dispense records: written as dispensing systems report them, read on the order and the chart. */
@ApplicationScoped
@Transactional
public class Dispensing {

    private final DispenseRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    /** What a dispensing system says it dispensed. */
    public record Report(String placerOrderNumber, String giveCode, BigDecimal amount, String units, Instant dispensedAt,
                         String dispensedBy, String prescriptionNumber, String controlId) {
    }

    @Inject
    public Dispensing(DispenseRecords records, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    protected Dispensing() {
        this(null, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(Prescription order, Report report, Actor by) {
        long id = records.add(order, report, clock.instant());
        audit.record(by, AuditAction.CREATED, "DispenseRecord", id, null, "{\"prescriptionId\":" + order.id() + "}",
                "dispensed" + (report.dispensedBy() == null ? "" : " by " + report.dispensedBy()));
        return id;
    }

    /** What a dispensing system reported for a medicine going home (a discharge supply), recorded against its item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long recordSupply(long patientId, long dischargeItemId, Report report, Actor by) {
        long id = records.addSupply(patientId, dischargeItemId, report, clock.instant());
        audit.record(by, AuditAction.CREATED, "DispenseRecord", id, null, "{\"dischargeItemId\":" + dischargeItemId + "}",
                "discharge supply dispensed" + (report.dispensedBy() == null ? "" : " by " + report.dispensedBy()));
        return id;
    }

    /** The dispensings of these discharge items, by item id, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<SupplyDispense>> ofDischargeItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return records.ofDischargeItems(itemIds).stream().collect(Collectors.groupingBy(SupplyDispense::dischargeItemId));
    }

    /** The dispensings of these orders (any version), by order lineage, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<DispenseRecord>> ofOrders(Collection<Long> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        return records.ofOrders(lineageIds).stream().collect(Collectors.groupingBy(DispenseRecord::lineageId));
    }
}
