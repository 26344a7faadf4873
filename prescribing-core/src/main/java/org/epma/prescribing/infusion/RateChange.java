package org.epma.prescribing.infusion;

/**
 * Whether a nurse may set an infusion to a new dose rate. Without titration bounds the prescribed rate is the only one:
 * any other needs a new prescription. Within the bounds the change is allowed with a reason (the record says why the
 * rate moved); outside them it stops, because going beyond what was prescribed is a prescriber's decision.
 */
public final class RateChange {

    public enum Outcome { ALLOWED, NEEDS_REASON, OUTSIDE_BOUNDS, NOT_TITRATABLE }

    public record Decision(Outcome outcome, String message) {
        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    private RateChange() {
    }

    /** {@code titration} null for an order without bounds; {@code proposed} in the bounds' unit when there are bounds. */
    public static Decision decide(Titration titration, DoseRate prescribed, DoseRate proposed, String reason) {
        if (titration == null) {
            return proposed.unit() == prescribed.unit() && proposed.compareTo(prescribed) == 0
                    ? new Decision(Outcome.ALLOWED, null)
                    : new Decision(Outcome.NOT_TITRATABLE, "This infusion runs at " + prescribed.display()
                            + " only: a different rate needs a new prescription.");
        }
        if (proposed.unit() != titration.lowest().unit() || !titration.allows(proposed)) {
            return new Decision(Outcome.OUTSIDE_BOUNDS, proposed.display() + " is outside the prescribed range ("
                    + titration.lowest().amount().stripTrailingZeros().toPlainString() + " to " + titration.highest().display()
                    + "): contact the prescriber.");
        }
        if (reason == null || reason.isBlank()) {
            return new Decision(Outcome.NEEDS_REASON, "Say why the rate is changed (for example the reading it responds to).");
        }
        return new Decision(Outcome.ALLOWED, null);
    }
}
