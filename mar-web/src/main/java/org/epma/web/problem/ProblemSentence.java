package org.epma.web.problem;

import java.util.List;
import org.epma.prescribing.refusal.TooManyAttemptsException;
import org.epma.prescribing.wording.Phrase;
import org.epma.prescribing.wording.Wording;

/** The details of the problems the web layer itself words (not the domain's refusals), as message keys. */
public enum ProblemSentence implements Phrase {
    LOGIN_REFUSED("login.refused"),
    TOO_MANY_LOGINS("login.throttled", "seconds"),
    SESSION_ENDED_IDLE("login.endedIdle"),
    SESSION_ENDED_LIFETIME("login.endedLifetime"),
    SESSION_ENDED_ACCOUNT("login.endedAccount"),
    NOT_LOGGED_IN("problem.notLoggedIn"),
    ROLE_NOT_ALLOWED("problem.roleNotAllowed", "roles"),
    PHARMACY_ONLY("problem.pharmacyOnly"),
    CSRF_TOKEN("problem.csrfToken"),
    NOT_FOUND("problem.notFound", "what", "id"),
    CONCURRENT_CHANGE("problem.concurrentChange"),
    VALUE_NOT_STORABLE("problem.valueNotStorable"),
    DATABASE_UNAVAILABLE("problem.databaseUnavailable"),
    DATABASE_READ_ONLY("problem.databaseReadOnly"),
    MALFORMED_BODY("problem.malformedBody"),
    MALFORMED_FIELD("problem.malformedField", "field"),
    NOTHING_HERE("problem.http404"),
    METHOD_NOT_ALLOWED("problem.http405"),
    JSON_ONLY("problem.http406"),
    TOO_LARGE("problem.http413"),
    SEND_JSON("problem.http415"),
    REQUEST_REFUSED("problem.httpOther", "status"),
    INTERNAL_ERROR("problem.internalError", "incident"),
    TOO_MANY_ATTEMPTS("problem.tooManyAttempts", "seconds"),
    PASSWORD_REQUIRED("problem.passwordRequired"),
    PASSWORD_NOT_ACCEPTED("problem.passwordNotAccepted"),
    PASSWORD_NOT_CONFIRMED("problem.passwordNotConfirmed"),
    HARD_STOP("problem.hardStop"),
    REFER_TO_PRESCRIBER("problem.referToPrescriber"),
    ALERTS_NEED_ATTENTION("problem.alertsNeedAttention", "count");

    private final String key;
    private final List<String> argNames;

    ProblemSentence(String key, String... argNames) {
        this.key = key;
        this.argNames = List.of(argNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> argNames() {
        return argNames;
    }

    /** Too many failed logins, or too many witness passwords refused, with the wait in seconds. */
    static Wording tooManyAttempts(TooManyAttemptsException e) {
        long seconds = TooManyAttemptsException.seconds(e.retryAfter());
        return (e.problemType().equals("too-many-logins") ? TOO_MANY_LOGINS : TOO_MANY_ATTEMPTS).with(seconds);
    }

    /** The detail of an HTTP-level refusal by its status. */
    static Wording forStatus(int status) {
        return switch (status) {
            case 404 -> NOTHING_HERE.with();
            case 405 -> METHOD_NOT_ALLOWED.with();
            case 406 -> JSON_ONLY.with();
            case 413 -> TOO_LARGE.with();
            case 415 -> SEND_JSON.with();
            default -> REQUEST_REFUSED.with(status);
        };
    }
}
