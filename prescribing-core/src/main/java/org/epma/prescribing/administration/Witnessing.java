package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.TooManyAttemptsException;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;

/**
 * A controlled drug's witness proves who they are with their own password, asked only once the dose has passed
 * every other check. A wrong password never counts toward the witness's lock-out (the nurse typing it could otherwise
 * lock a colleague out, or test any account's password); instead the nurse recording gets a few tries in a few
 * minutes, and each refusal is logged and audited against them.
 */
@ApplicationScoped
public class Witnessing {

    private static final Logger LOG = Logger.getLogger(Witnessing.class.getName());
    private static final Set<Role> MAY_WITNESS = EnumSet.of(Role.NURSE, Role.PRESCRIBER, Role.PHARMACIST);
    private static final int LONGEST_NAME = 64;

    private final StaffAccounts staff;
    private final WitnessAttempts attempts;
    private final AuditTrail audit;
    private final Clock clock;

    /** Who the recording nurse says witnessed the dose, and that person's password, typed by them. */
    public record Claim(String username, char[] password) {
    }

    @Inject
    public Witnessing(StaffAccounts staff, WitnessAttempts attempts, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    protected Witnessing() {
        this(null, null, null, null);
    }

    /**
     * The witness's user name once their password is accepted. Who may be named ({@link FiveRights}: someone other
     * than the person recording, with a user name and a password) has been decided before this is asked. Refused with {@link WitnessNotConfirmed}, whose audit
     * entry is written in the caller's transaction, which must not roll back for it (so this bean has no transaction
     * interceptor of its own, which would mark it for rollback), or with {@link TooManyAttemptsException} when
     * {@code by} has got too many wrong lately.
     */
    public String confirm(Claim claim, Actor by, String what) {
        String witness = claim.username().strip();
        try {
            Instant now = clock.instant();
            Duration wait = attempts.blockedFor(by.username(), now).orElse(null);
            if (wait != null) {
                LOG.warning(() -> "witness attempt refused without checking: " + by.username() + " has had too many witness"
                        + " passwords refused; named " + shortened(witness) + " for " + what);
                throw new TooManyAttemptsException("Too many witness passwords were not accepted: try again in "
                        + minutes(wait) + ".", wait);
            }
            LoginOutcome outcome = staff.checkPassword(witness, claim.password());
            if (outcome.accepted() && outcome.roles().stream().anyMatch(MAY_WITNESS::contains)) {
                return outcome.username();
            }
            attempts.failed(by.username(), now);
            String why = outcome.accepted() ? "not a nurse, doctor or pharmacist" : outcome.result().name().toLowerCase().replace('_', ' ');
            LOG.warning(() -> "witness not confirmed: " + by.username() + " named " + shortened(witness) + " for " + what + " at "
                    + now + " (" + why + ")");
            audit.record(by, AuditAction.WITNESS_NOT_CONFIRMED, "StaffUser", shortened(witness), null, null, why + "; " + what);
            // one answer for every reason, as at login, so the field tells nothing about the account
            throw new WitnessNotConfirmed("The witness's user name or password was not accepted.");
        } finally {
            Arrays.fill(claim.password(), '\0');
        }
    }

    private static String shortened(String username) {
        return username.length() > LONGEST_NAME ? username.substring(0, LONGEST_NAME) : username;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
