package org.epma.prescribing.refusal;

import java.util.Objects;

/** A separation-of-duties rule forbids this person the action, whatever their roles; {@link #duty()} names the rule. */
public class DutyRefusedException extends RuntimeException {

    private final Duty duty;

    public DutyRefusedException(Duty duty, String message) {
        super(message);
        this.duty = Objects.requireNonNull(duty);
    }

    public Duty duty() {
        return duty;
    }
}
