package org.epma.web.api.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.pharmacy.dispensing.Dispensing;
import org.epma.pharmacy.dispensing.SupplyDispense;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.discharge.DischargeItem;
import org.epma.prescribing.discharge.DischargePrescribing;
import org.epma.prescribing.discharge.DischargePrescription;
import org.epma.prescribing.discharge.MedicineChange;
import org.epma.prescribing.discharge.MedicineLine;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;

/** The JSON shapes of a discharge prescription: its items as written and the changes they make. */
@ApplicationScoped
public class DischargeViews {

    /**
     * A discharge prescription. {@code beforeListRecorded} false: no pre-admission list was recorded, so no medicine can
     * be shown stopped or changed. {@code reasonsMissing} and {@code suppliesMissing}: the item ids signing waits for.
     */
    public record DischargeView(long id, long patientId, String status, boolean beforeListRecorded, String startedBy,
                                String startedByName, Instant startedAt, String signedBy, String signedByName, Instant signedAt,
                                String screenedBy, String screenedByName, Instant screenedAt, String returnedReason,
                                List<ItemView> items, List<ChangeView> changes, List<Long> reasonsMissing,
                                List<Long> suppliesMissing) {
    }

    /**
     * {@code supplyUnit}: the unit the quantity to supply counts (the product's own: tablet, mL). {@code dispensed}: what
     * the dispensing system reported supplying (RDS^O13), oldest first; empty until it does.
     */
    public record ItemView(long id, String source, String reference, String productCode, String medicine, String description,
                           boolean goingHome, String reason, BigDecimal supplyQuantity, String supplyUnit, Integer supplyDays,
                           boolean ownSupply, List<SupplyDispense> dispensed) {
    }

    /** One medicine across the two lists: {@code beforeItemId} absent for a new one, {@code afterItemId} for a stopped one. */
    public record ChangeView(String kind, List<String> parts, Long beforeItemId, Long afterItemId) {
    }

    @Inject
    FormularyContent content;

    @Inject
    StaffAccounts staff;

    @Inject
    Dispensing dispensing;

    DischargeView view(DischargePrescribing.Written written) {
        DischargePrescription d = written.discharge();
        Map<String, DischargeItem> byReference = written.items().stream()
                .collect(Collectors.toMap(DischargeItem::reference, Function.identity()));
        return new DischargeView(d.id(), d.patientId(), d.status().name(), d.beforeListRecorded(), d.startedBy(),
                name(d.startedBy()), d.startedAt(), d.signedBy(), name(d.signedBy()), d.signedAt(), d.screenedBy(),
                name(d.screenedBy()), d.screenedAt(), d.returnedReason(), items(written.items()),
                written.changes().stream().map(c -> change(c, byReference)).toList(), written.gaps().reasonsMissing(),
                written.gaps().suppliesMissing());
    }

    private List<ItemView> items(List<DischargeItem> items) {
        Map<Long, List<SupplyDispense>> dispensed = dispensing.ofDischargeItems(items.stream().map(DischargeItem::id).toList());
        return items.stream().map(item -> item(item, dispensed.getOrDefault(item.id(), List.of()))).toList();
    }

    private ItemView item(DischargeItem item, List<SupplyDispense> dispensed) {
        MedicineLine line = item.line(content.formulary());
        String description = line.product() == null
                ? line.medicine() + " " + line.dose().display() + " " + line.route().words() + " " + line.frequency().name()
                : new OrderLine(item.reference(), line.product(), line.dose(), line.route(), line.frequency(), null).describe();
        return new ItemView(item.id(), item.source().name(), item.reference(), item.productCode(), item.medicine(), description,
                item.goingHome(), item.reason(), item.supplyQuantity(),
                line.product() == null ? null : line.product().per().unit().symbol(), item.supplyDays(), item.ownSupply(), dispensed);
    }

    private static ChangeView change(MedicineChange change, Map<String, DischargeItem> byReference) {
        return new ChangeView(change.kind().name(), change.parts().stream().map(Enum::name).sorted().toList(),
                change.before() == null ? null : byReference.get(change.before().reference()).id(),
                change.after() == null ? null : byReference.get(change.after().reference()).id());
    }

    private String name(String username) {
        return username == null ? null : staff.find(username).map(StaffUser::displayName).orElse(username);
    }
}
