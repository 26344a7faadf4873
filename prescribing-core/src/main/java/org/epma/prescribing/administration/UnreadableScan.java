package org.epma.prescribing.administration;

import java.util.Objects;

/**
 * A scan that is neither a medicine nor a wristband. {@code reason} is one English sentence for the nurse;
 * {@code problem} lets a screen in another language say the same thing from its own message bundle.
 */
public record UnreadableScan(ScanProblem problem, String reason) implements ScanResult {

    public UnreadableScan {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(reason, "reason");
    }
}
