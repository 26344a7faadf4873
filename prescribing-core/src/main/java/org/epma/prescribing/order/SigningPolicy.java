package org.epma.prescribing.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.refusal.ReauthenticationException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.LoginOutcome;

/**
 * What signing an order needs (CLINICAL.md, "Order checks"): no HARD_STOP alert, every WARNING acknowledged, every SEVERE
 * alert overridden with a reason, and, for a Schedule 1 to 3 controlled drug, the signer's password typed again. Takes
 * the alerts the checks raise now and what the prescriber says of them; returns what the signature records, or refuses
 * ({@link SigningRefusedException}, {@link ReauthenticationException}). Checking the password itself is authentication,
 * left to the caller once this has said it is needed.
 */
public final class SigningPolicy {

    private SigningPolicy() {
    }

    /**
     * What the signature records: each alert with who acknowledged it (none for INFO) and the reason for overriding
     * each SEVERE one, and whether the signer must prove who they are again.
     */
    public record Approval(List<Alert> alerts, Map<String, String> overrideReasons, boolean needsPassword) {

        public Approval {
            alerts = List.copyOf(alerts);
            overrideReasons = Map.copyOf(overrideReasons);
        }

        /** Who acknowledged the alert: the signer for anything above INFO, nobody for INFO, which is only shown. */
        public String acknowledgedBy(Alert alert, String signer) {
            return alert.severity() == Severity.INFO ? null : signer;
        }

        /** "DOSE_SINGLE: reason; INTERACTION: reason" for the audit entry; empty when nothing was overridden. */
        public String overrides() {
            return alerts.stream().filter(a -> a.severity() == Severity.SEVERE)
                    .map(a -> a.category() + ": " + overrideReasons.get(a.key())).collect(Collectors.joining("; "));
        }
    }

    /**
     * Decides whether the order may be signed as the prescriber answers its alerts. {@code acknowledgements} and
     * {@code overrideReasons} are keyed by {@link Alert#key()}; null counts as none. {@code passwordGiven} says whether
     * the signer typed their password again.
     */
    public static Approval approve(List<Alert> alerts, Set<String> acknowledgements, Map<String, String> overrideReasons,
                                   Product product, boolean passwordGiven) {
        List<Alert> hardStops = alerts.stream().filter(a -> a.severity() == Severity.HARD_STOP).toList();
        if (!hardStops.isEmpty()) {
            throw new SigningRefusedException(true, hardStops.stream().map(Alert::key).toList(), "This order cannot be signed: "
                    + hardStops.stream().map(Alert::message).collect(Collectors.joining(" ")));
        }
        Set<String> acknowledged = acknowledgements == null ? Set.of() : acknowledgements;
        Map<String, String> reasons = overrideReasons == null ? Map.of() : overrideReasons;
        List<String> unresolved = new ArrayList<>();
        for (Alert alert : alerts) {
            if (alert.severity() == Severity.WARNING && !acknowledged.contains(alert.key())
                    || alert.severity() == Severity.SEVERE && isBlank(reasons.get(alert.key()))) {
                unresolved.add(alert.key());
            }
        }
        if (!unresolved.isEmpty()) {
            throw new SigningRefusedException(false, unresolved, unresolved.size() + " alert(s) need attention before signing:"
                    + " acknowledge each warning and give a reason for overriding each serious alert.");
        }
        Map<String, String> recorded = new HashMap<>();
        for (Alert alert : alerts) {
            if (alert.severity() == Severity.SEVERE) {
                recorded.put(alert.key(), Text.required("overrides", reasons.get(alert.key()), 500,
                        OrderSentence.OVERRIDE_REASON_NEEDED.with(), "Give the reason for overriding each serious alert."));
            }
        }
        boolean controlled = product.strictlyControlled();
        if (controlled && !passwordGiven) {
            throw new ReauthenticationException(true, product.name() + " is a Schedule " + product.cdSchedule()
                    + " controlled drug: enter your password again to sign it.");
        }
        return new Approval(alerts, recorded, controlled);
    }

    /** The refusal when the signer's password, asked again for a controlled drug, was not accepted. */
    public static ReauthenticationException passwordRefused(LoginOutcome outcome) {
        return new ReauthenticationException(false, switch (outcome.result()) {
            case LOCKED -> "Your account is locked after too many wrong passwords: the order was not signed.";
            case DISABLED -> "Your account has been disabled: the order was not signed.";
            default -> "That password is not right: the order was not signed.";
        });
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
