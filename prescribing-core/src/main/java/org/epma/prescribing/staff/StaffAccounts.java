package org.epma.prescribing.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;

/** Logging in and looking after staff accounts; each change is audited in its own transaction. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    private static final String ENTITY = "StaffUser";
    /** Verified against when the user name is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DECOY_HASH = PasswordHash.hash("decoy-password-for-timing".toCharArray());

    private final StaffUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginPolicy policy;
    private final PasswordRules passwordRules;

    @Inject
    public StaffAccounts(StaffUsers users, AuditTrail audit, Clock clock, LoginPolicy policy, PasswordRules passwordRules) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.passwordRules = passwordRules;
    }

    protected StaffAccounts() {
        this(null, null, null, null, null);
    }

    /**
     * Checks a login. Every attempt costs one password hash, whether the account is unknown, disabled, locked or
     * usable, so neither the answer nor its time tells them apart; the audit trail records which it was.
     */
    public LoginOutcome logIn(String username, char[] password) {
        try {
            Instant now = clock.instant();
            Optional<StaffUser> found = find(username);
            if (found.isEmpty()) {
                PasswordHash.verify(password, DECOY_HASH);
                audit.record(Actor.anonymous(username), AuditAction.LOGIN_FAILED, ENTITY, "(unknown user)", null, null,
                        "unknown user name");
                return LoginOutcome.refused(LoginResult.WRONG_CREDENTIALS);
            }
            StaffUser user = found.get();
            boolean passwordMatches = user.passwordMatches(password);
            Actor actor = new Actor(user.username(), primaryRole(user));
            if (!user.enabled()) {
                audit.record(actor, AuditAction.LOGIN_FAILED, ENTITY, user.id(), null, null, "account disabled");
                return LoginOutcome.refused(LoginResult.DISABLED);
            }
            if (user.isLockedAt(now)) {
                audit.record(actor, AuditAction.LOGIN_FAILED, ENTITY, user.id(), null, null,
                        "account locked until " + user.lockedUntil());
                return LoginOutcome.refused(LoginResult.LOCKED);
            }
            if (!passwordMatches) {
                recordFailure(user, actor, now, "wrong password");
                return LoginOutcome.refused(LoginResult.WRONG_CREDENTIALS);
            }
            user.recordSuccessfulLogin();
            audit.record(actor, AuditAction.LOGGED_IN, ENTITY, user.id(), null, null, null);
            return LoginOutcome.accepted(user);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The account as the database has it now, for the check every request of a session makes. One query and no
     * transaction: it runs for every API request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountStanding> standing(long userId) {
        return users.withRoles(userId).map(StaffUser::standing);
    }

    private void recordFailure(StaffUser user, Actor actor, Instant now, String reason) {
        String before = user.auditState();
        boolean locked = user.recordFailedLogin(now, policy);
        audit.record(actor, AuditAction.LOGIN_FAILED, ENTITY, user.id(), null, null, reason);
        if (locked) {
            audit.record(actor, AuditAction.ACCOUNT_LOCKED, ENTITY, user.id(), before, user.auditState(),
                    policy.maxFailures() + " failed logins in a row");
        }
    }

    /**
     * Checks the acting user's own password, asked for again before a sensitive change. A wrong one counts towards
     * their lock-out like a failed login (and is kept when the change is refused), so the question cannot be used to
     * guess it.
     */
    private void confirmOwnPassword(StaffUser user, char[] password, String field, String purpose) {
        try {
            Instant now = clock.instant();
            if (password != null && user.passwordMatches(password) && user.enabled() && !user.isLockedAt(now)) {
                return;
            }
            recordFailure(user, new Actor(user.username(), primaryRole(user)), now, "wrong password when confirming " + purpose);
            throw new PasswordNotConfirmedException(field, "Your own password was not right, so nothing was changed. After "
                    + policy.maxFailures() + " wrong passwords in a row your account is locked and you are logged out.");
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public void logOut(String username) {
        find(username).ifPresent(user ->
                audit.record(new Actor(user.username(), primaryRole(user)), AuditAction.LOGGED_OUT, ENTITY, user.id(),
                        null, null, null));
    }

    public StaffUser create(String username, String displayName, Set<Role> roles, char[] password, Actor by) {
        if (find(username).isPresent()) {
            throw new ConflictException(StaffSentence.USERNAME_TAKEN.with(username), "The user name " + username + " is already taken.");
        }
        StaffUser user = new StaffUser(username, displayName, roles, password, passwordRules, clock.instant());
        users.add(user);
        audit.record(by, AuditAction.CREATED, ENTITY, user.id(), null, user.auditState(), null);
        return user;
    }

    /**
     * An administrator sets another user's password (which also unlocks the account and ends its sessions), after
     * giving their own password again.
     */
    @Transactional(dontRollbackOn = PasswordNotConfirmedException.class)
    public void resetPassword(String username, char[] newPassword, Actor by, char[] byPassword) {
        confirmOwnPassword(get(by.username()), byPassword, "adminPassword", "a password reset for " + username);
        StaffUser user = get(username);
        String before = user.auditState();
        user.setPassword(newPassword, passwordRules, clock.instant());
        audit.record(by, AuditAction.PASSWORD_RESET, ENTITY, user.id(), before, user.auditState(), null);
    }

    /**
     * Users change their own password, giving the current one. Their other sessions end; the caller keeps the one
     * it acts in by renewing it with the returned standing.
     */
    @Transactional(dontRollbackOn = PasswordNotConfirmedException.class)
    public AccountStanding changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
        StaffUser user = get(username);
        confirmOwnPassword(user, currentPassword, "currentPassword", "a password change");
        if (newPassword != null && user.passwordMatches(newPassword)) {
            throw new InvalidInputException("password", StaffSentence.PASSWORD_UNCHANGED.with(), "The new password must be different from the current one.");
        }
        String before = user.auditState();
        user.setPassword(newPassword, passwordRules, clock.instant());
        audit.record(new Actor(user.username(), primaryRole(user)), AuditAction.PASSWORD_CHANGED, ENTITY, user.id(),
                before, user.auditState(), null);
        return user.standing();
    }

    public void disable(String username, String reason, Actor by) {
        StaffUser user = get(username);
        String before = user.auditState();
        user.disable();
        audit.record(by, AuditAction.ACCOUNT_DISABLED, ENTITY, user.id(), before, user.auditState(), reason);
    }

    public void enable(String username, Actor by) {
        StaffUser user = get(username);
        String before = user.auditState();
        user.enable();
        audit.record(by, AuditAction.ACCOUNT_ENABLED, ENTITY, user.id(), before, user.auditState(), null);
    }

    public void chooseLanguage(String username, Language language, Actor by) {
        StaffUser user = get(username);
        if (user.language() == language) {
            return;
        }
        String before = user.auditState();
        user.chooseLanguage(language);
        audit.record(by, AuditAction.CHANGED, ENTITY, user.id(), before, user.auditState(), "language");
    }

    public List<StaffUser> all() {
        return users.all();
    }

    public boolean anyExist() {
        return users.any();
    }

    public StaffUser get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    public Optional<StaffUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.withUsername(username.strip());
    }

    /**
     * Whether the password is this account's, for a second person confirming someone else's action (a controlled
     * drug's witness). Nothing is written: a failure does not count toward the account's lock-out, because the person
     * typing need not be its holder and could otherwise lock a colleague out; the caller limits and logs the attempts.
     * A locked or disabled account is refused even with the right password. Every answer costs one hash.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoginOutcome checkPassword(String username, char[] password) {
        try {
            Optional<StaffUser> found = find(username);
            if (found.isEmpty()) {
                PasswordHash.verify(password, DECOY_HASH);
                return LoginOutcome.refused(LoginResult.WRONG_CREDENTIALS);
            }
            StaffUser user = found.get();
            boolean matches = user.passwordMatches(password);
            if (!user.enabled()) {
                return LoginOutcome.refused(LoginResult.DISABLED);
            }
            if (user.isLockedAt(clock.instant())) {
                return LoginOutcome.refused(LoginResult.LOCKED);
            }
            return matches ? LoginOutcome.accepted(user) : LoginOutcome.refused(LoginResult.WRONG_CREDENTIALS);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * A logged-in user proves again that it is they at the keyboard before an action that needs it ({@code purpose},
     * e.g. signing a controlled drug). A wrong password counts as one failed login, no more, exactly as at the login
     * page: the person typing claims to be the account's holder, which is what the lock-out protects.
     */
    public LoginOutcome reauthenticate(String username, char[] password, String purpose) {
        try {
            StaffUser user = get(username);
            Actor actor = new Actor(user.username(), primaryRole(user));
            Instant now = clock.instant();
            if (!user.enabled()) {
                return LoginOutcome.refused(LoginResult.DISABLED);
            }
            if (user.isLockedAt(now)) {
                return LoginOutcome.refused(LoginResult.LOCKED);
            }
            if (!user.passwordMatches(password)) {
                recordFailure(user, actor, now, "wrong password re-entered to " + purpose);
                return LoginOutcome.refused(LoginResult.WRONG_CREDENTIALS);
            }
            user.recordSuccessfulLogin();
            return LoginOutcome.accepted(user);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The role named in audit entries of a user's own actions: the most privileged one they hold. */
    static String primaryRole(StaffUser user) {
        return user.roles().stream().sorted().reduce((first, second) -> second).map(Role::name).orElse("NONE");
    }
}
