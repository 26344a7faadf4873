package org.epma.prescribing.staff;

import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;

/** A member of staff's account. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = Language.EN.code();

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Moves on whenever the account's sessions must end (disabled, locked, a new password): see StaffSession. */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, Set<Role> roles, char[] password, PasswordRules rules, Instant now) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new InvalidInputException("username", StaffSentence.USERNAME_FORM.with(),
                    "A user name is 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
        }
        displayName = Text.required("displayName", displayName, 120, StaffSentence.DISPLAY_NAME_NEEDED.with(),
                "Give the person's name as it should be shown (up to 120 characters).");
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", StaffSentence.ROLE_NEEDED.with(), "A user needs at least one role.");
        }
        if (roles.contains(Role.NURSE_IN_CHARGE) && !roles.contains(Role.NURSE)) {
            throw new InvalidInputException("roles", StaffSentence.NURSE_IN_CHARGE_IS_NURSE.with(),
                    "The nurse in charge is a nurse: give NURSE_IN_CHARGE together with NURSE.");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.roles = EnumSet.copyOf(roles);
        setPassword(password, rules, now);
    }

    boolean passwordMatches(char[] password) {
        return PasswordHash.verify(password, passwordHash);
    }

    /** A new password ends every session of the account, wherever it was opened. */
    void setPassword(char[] password, PasswordRules rules, Instant now) {
        rules.check(username, password);
        passwordHash = PasswordHash.hash(password);
        passwordChangedAt = now;
        failedLogins = 0;
        lockedUntil = null;
        sessionGeneration++;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; returns true when this failure locked the account, which also ends its sessions. */
    boolean recordFailedLogin(Instant now, LoginPolicy policy) {
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLogins = 0;
            sessionGeneration++;
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void disable() {
        enabled = false;
        sessionGeneration++;
    }

    void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    void chooseLanguage(Language language) {
        preferredLanguage = language.code();
    }

    public String auditState() {
        JsonArrayBuilder roleNames = AuditJson.array();
        new TreeSet<>(roles).forEach(r -> roleNames.add(r.name()));
        return AuditJson.object()
                .add("username", username).add("displayName", displayName).add("roles", roleNames)
                .add("enabled", enabled).add("preferredLanguage", preferredLanguage)
                .add("lockedUntil", lockedUntil == null ? "" : lockedUntil.toString())
                .build().toString();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public boolean enabled() { return enabled; }
    public Instant lockedUntil() { return lockedUntil; }
    public Language language() { return Language.fromCode(preferredLanguage); }
    public Instant passwordChangedAt() { return passwordChangedAt; }
    public long sessionGeneration() { return sessionGeneration; }

    /** What a session of this account is checked against at each request. */
    public AccountStanding standing() {
        return new AccountStanding(id, username, enabled, lockedUntil, sessionGeneration, roles());
    }
}
