package org.epma.prescribing.orderreview;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.time.ReportPeriod;

/**
 * The safety review of a ward's prescribing over a period: every alert a prescriber overrode when signing (with who and
 * why), and what pharmacists did: their interventions, the orders they rejected with the reason, and for each of those
 * orders where it ended (verified, changed into a new version, rejected, stopped, or still waiting). An order counts for
 * the ward the patient was on when it was signed, an intervention for the ward they were on when it was recorded.
 * A plain read.
 */
public interface OverridesAndInterventions {

    public record Report(String wardCode, String wardName, String wardNameCy, ZoneId zone, ReportPeriod period,
                         List<Overridden> overrides, List<PharmacistAction> actions, long verifiedInPeriod) {
    }

    /** Where the order an alert or intervention was about stands now. */
    public enum Fate { WAITING, VERIFIED, CHANGED, REJECTED, STOPPED }

    /** The order: whose, what, and what became of it ({@code by}, {@code at}: who verified, changed or rejected it). */
    public record OrderSummary(long prescriptionId, long patientId, String patientName, String hospitalNumber, String medicine,
                               int versionNo, Fate fate, String by, Instant at, String reason) {
    }

    public record Overridden(OrderSummary order, Instant signedAt, AlertCategory category, Severity severity, String message,
                             String overriddenBy, String reason) {
    }

    public enum ActionKind { INTERVENTION, REJECTION }

    /** {@code category} is the intervention's category as pharmacy records it (DOSE, INTERACTION, …); null for a rejection. */
    public record PharmacistAction(OrderSummary order, Instant at, ActionKind kind, String category, String note, String pharmacist) {
    }

    /** An unknown ward is a {@link org.epma.prescribing.refusal.NotFoundException}. */
    Report report(String wardCode, ReportPeriod period);
}
