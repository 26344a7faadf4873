package org.epma.web.api.prescription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.order.DoseSchedule;
import org.epma.prescribing.order.OrderValidation;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionAlert;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/** Builds the JSON views of orders: the order, its alerts, who prescribed it and its next dose times. */
@ApplicationScoped
public class PrescriptionViews {

    private static final Duration AHEAD = Duration.ofHours(48);

    @Inject
    Prescribing prescribing;

    @Inject
    FormularyContent content;

    @Inject
    WardService wards;

    @Inject
    StaffAccounts staff;

    @Inject
    Clock clock;

    public PrescriptionResource.PrescriptionView view(Prescription p) {
        Product product = content.formulary().product(p.productCode()).orElse(null);
        Map<String, PrescriptionAlert> signed = p.status() == PrescriptionStatus.DRAFT ? Map.of()
                : prescribing.signedAlerts(p.id()).stream().collect(Collectors.toMap(a -> a.alert().key(), a -> a, (a, b) -> a));
        List<PrescriptionResource.AlertView> alerts = prescribing.alerts(p).stream().map(a -> {
            PrescriptionAlert record = signed.get(a.key());
            return PrescriptionResource.AlertView.of(a, record == null ? null : record.acknowledgedBy(),
                    record == null ? null : record.overrideReason());
        }).toList();
        Instant now = clock.instant();
        CorrectionScale correction = p.correctionScale();
        return new PrescriptionResource.PrescriptionView(p.id(), p.lineageId(), p.versionNo(), p.patientId(), p.status().name(),
                p.productCode(), product == null ? p.productCode() : product.name(), product == null ? null : product.medicine(),
                p.dose(), p.doseUpTo(), p.doseUnit(), p.route().name(), p.frequency().name(), p.prnReason(),
                p.prnMinIntervalHours(), p.prnMaxPer24h(), p.startAt(), p.endAt(), p.indication(), p.reviewAt(),
                p.reviewDueAt(now), product != null && OrderValidation.isAntimicrobial(product), p.instructions(),
                product == null ? p.productCode() : p.line(content.formulary()).describe(), p.prescribedBy(),
                name(p.prescribedBy()), p.draftedBy(), name(p.draftedBy()), p.signedAt(),
                p.statusReason(), p.statusChangedBy(), p.statusChangedBy() == null ? null : name(p.statusChangedBy()),
                p.statusChangedAt(), p.formularyVersion(), product != null && product.critical(), product != null && product.highAlert(),
                product == null ? null : product.cdSchedule(), alerts, nextDoses(p, now),
                correction == null ? null : correction.written(), correction == null ? null : correction.display());
    }

    public PrescriptionResource.RecheckView recheck(Prescribing.Recheck recheck) {
        Prescription p = recheck.prescription();
        return new PrescriptionResource.RecheckView(p.id(), p.line(content.formulary()).describe(),
                recheck.alerts().stream().map(a -> PrescriptionResource.AlertView.of(a, null, null)).toList());
    }

    private String name(String username) {
        return staff.find(username).map(StaffUser::displayName).orElse(username);
    }

    private List<Instant> nextDoses(Prescription p, Instant now) {
        if (!p.status().isCurrent() && p.status() != PrescriptionStatus.DRAFT) {
            return List.of();
        }
        DoseSchedule schedule = WardContext.of(wards.currentPlace(p.patientId())).schedule();
        return schedule.times(p.frequency(), p.startAt(), p.endAt(), now, now.plus(AHEAD)).stream().limit(6).toList();
    }
}
