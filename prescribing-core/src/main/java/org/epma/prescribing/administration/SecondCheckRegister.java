package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;

/** The site's second-check rules as read at start ({@link SecondChecks}); none until then. */
@ApplicationScoped
public class SecondCheckRegister {

    private volatile SecondChecks checks = SecondChecks.NONE;

    public void apply(SecondChecks checks) {
        this.checks = checks;
    }

    public SecondChecks checks() {
        return checks;
    }
}
