package org.epma.prescribing.administration;

import java.time.Duration;
import java.util.Objects;

/** How long after an as-needed dose the nurse is asked to record its effect (site setting, default 60 minutes). */
public record EffectPrompt(Duration after) {

    public static final EffectPrompt DEFAULT = new EffectPrompt(Duration.ofMinutes(60));

    public EffectPrompt {
        Objects.requireNonNull(after);
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("the effect prompt must come some time after the dose");
        }
    }
}
