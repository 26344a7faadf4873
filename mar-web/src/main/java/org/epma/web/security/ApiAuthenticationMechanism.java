package org.epma.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.epma.prescribing.staff.AccountStanding;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.SessionPolicy;
import org.epma.prescribing.staff.SessionVerdict;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffSession;
import org.epma.web.api.fhir.FhirBaseAlias;
import org.epma.web.problem.Problem;
import org.epma.web.problem.ProblemSentence;

/**
 * Logs in only when the session resource asks (SecurityContext.authenticate with a credential), keeping a
 * {@link StaffSession} in the HTTP session. Every later API request is checked against the account as the database
 * has it now (one primary-key read), so disabling, locking or a new password ends the account's sessions at once on
 * every instance, a removed role stops working at the next request, and the session ends at its absolute lifetime or
 * after the idle limit without a request of the user's own: requests marked {@value #BACKGROUND_HEADER} (a screen
 * refreshing itself) do not count. A session that ends keeps nothing but the reason, and its requests go on
 * unauthenticated with that reason left for the access rules' 401. Static pages need no login and are not checked; the
 * FHIR base alias {@code /fhir/} is checked as the API it forwards to is.
 *
 * <p>The caller is kept in the session by this class rather than with {@code @AutoApplySession}: under
 * concurrent requests Payara sometimes restored an auto-applied session without its groups, which turned
 * into 403s for logged-in users (found by the ward-list benchmark; see payara/Payara#6145).
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Marks a request a screen made by itself; any value will do (the UI sends "refresh"). */
    public static final String BACKGROUND_HEADER = "X-Epma-Background";
    /** The request attribute holding the 401 problem for a session that this request found ended. */
    static final String SESSION_ENDED = "epma.sessionEnded";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempt attempt;

    @Inject
    StaffAccounts accounts;

    @Inject
    SessionPolicy policy;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.doNothing();
            }
            HeldSession.keep(request.getSession(true), StaffSession.start(attempt.outcome().standing(), clock.instant()));
            return context.notifyContainerAboutLogin(result);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !FhirBaseAlias.covers(path)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Optional<StaffSession> held = HeldSession.in(session);
        if (held.isEmpty()) {
            HeldSession.endedBy(session).ifPresent(reason -> request.setAttribute(SESSION_ENDED, ended(reason)));
            return context.doNothing();
        }
        Instant now = clock.instant();
        Optional<AccountStanding> account = accounts.standing(held.get().userId());
        SessionVerdict verdict = policy.judge(held.get(), account, now);
        if (verdict != SessionVerdict.CONTINUES) {
            HeldSession.end(session, verdict);
            request.setAttribute(SESSION_ENDED, ended(verdict));
            return context.doNothing();
        }
        StaffSession after = held.get().afterRequest(now, request.getHeader(BACKGROUND_HEADER) == null);
        if (!after.equals(held.get())) {
            HeldSession.keep(session, after);
        }
        return context.notifyContainerAboutLogin(account.get().username(),
                account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** Why the session ended, in general terms; the type's last part lets the screens say it in the user's language. */
    private Problem ended(SessionVerdict verdict) {
        String detail = switch (verdict) {
            case ACCOUNT_CHANGED -> "Your session has ended because your account was changed (for example disabled, locked"
                    + " or given a new password). Log in again; if you cannot, ask the IT service desk.";
            case LIFETIME_REACHED -> "Your session has ended because it reached the longest a session may last ("
                    + inWords(policy.lifetime().toMinutes()) + "), however active. Log in again to continue.";
            default -> "Your session has ended after " + inWords(policy.idleLimit().toMinutes())
                    + " without activity. Log in again to continue.";
        };
        String kind = switch (verdict) {
            case ACCOUNT_CHANGED -> "account";
            case LIFETIME_REACHED -> "lifetime";
            default -> "idle";
        };
        ProblemSentence sentence = switch (verdict) {
            case ACCOUNT_CHANGED -> ProblemSentence.SESSION_ENDED_ACCOUNT;
            case LIFETIME_REACHED -> ProblemSentence.SESSION_ENDED_LIFETIME;
            default -> ProblemSentence.SESSION_ENDED_IDLE;
        };
        return Problem.of("session-ended/" + kind, "Session ended", Response.Status.UNAUTHORIZED, detail).worded(sentence.with());
    }

    private static String inWords(long minutes) {
        return minutes % 60 == 0 && minutes >= 120 ? minutes / 60 + " hours" : minutes + " minutes";
    }
}
