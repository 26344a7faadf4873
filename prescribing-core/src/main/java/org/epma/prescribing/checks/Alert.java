package org.epma.prescribing.checks;

import java.util.Comparator;
import java.util.Objects;
import org.epma.prescribing.wording.Wording;

/**
 * One result of the order checks. {@code key} identifies the alert for acknowledgement and override
 * (the same problem on the same orders gives the same key when the checks run again). {@code overrideReason},
 * when set, is the structured reason that answers a SEVERE alert ("Opioid-tolerant patient"), offered to the
 * prescriber to choose instead of typing. {@code wording} is {@code message} as a message key with arguments, for
 * a screen in another language; null for an alert read back from a signed order, which keeps only its English.
 */
public record Alert(AlertCategory category, Severity severity, String message, String rule, String source, String key,
                    String overrideReason, Wording wording) {

    /** Most severe first; within a severity, by category. */
    public static final Comparator<Alert> MOST_SEVERE_FIRST = Comparator.comparing(Alert::severity).reversed()
            .thenComparing(Alert::category).thenComparing(Alert::message);

    public Alert {
        Objects.requireNonNull(category);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
    }

    public Alert(AlertCategory category, Severity severity, String message, String rule, String source, String key) {
        this(category, severity, message, rule, source, key, null, null);
    }

    static Alert of(AlertCategory category, Severity severity, Wording wording, String message, RuleSource rule, String subject) {
        return new Alert(category, severity, message, rule.id(), rule.source(), category + ":" + rule.id() + ":" + subject, null,
                wording);
    }

    Alert withOverrideReason(String reason) {
        return new Alert(category, severity, message, rule, source, key, reason, wording);
    }
}
