package org.epma.web.api.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.TooManyAttemptsException;
import org.epma.prescribing.staff.AccountStanding;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.SessionPolicy;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.web.api.RequestSentence;
import org.epma.web.problem.Problem;
import org.epma.web.problem.ProblemSentence;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.ClientAddresses;
import org.epma.web.security.CsrfProtection;
import org.epma.web.security.HeldSession;
import org.epma.web.security.LoginAttempt;
import org.epma.web.security.LoginThrottle;
import org.epma.web.security.StaffRoles;
import org.epma.web.site.SiteConfig;

@Path("session")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** One answer for every refused login, whatever the reason: the audit trail and the admin screen tell them apart. */
    static final String LOGIN_REFUSED = "The user name or password is not right, or the account cannot be used at the"
            + " moment. After several failed attempts an account is locked for a while; the IT service desk can help.";

    public record LoginRequest(String username, String password) {
    }

    public record LanguageRequest(String language) {
    }

    public record PasswordChangeRequest(String currentPassword, String password) {
    }

    public record SessionView(String username, String displayName, List<String> roles, String language,
                              String csrfToken, int idleTimeoutSeconds, Instant sessionEndsAt, boolean training) {
    }

    @Inject
    SecurityContext security;

    @Inject
    StaffAccounts accounts;

    @Inject
    LoginAttempt attempt;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    SessionPolicy sessionPolicy;

    @Inject
    SiteConfig site;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    jakarta.ws.rs.core.SecurityContext jaxrsSecurity;

    @POST
    @PermitAll
    @Operation(summary = "Log in", description = "Starts a session (cookie JSESSIONID). Every refusal gets the same answer,"
            + " whether the user name is unknown, the password wrong or the account locked or disabled. After 5 failed"
            + " attempts in a row the account is locked for 15 minutes; after 30 failed logins in a minute from one address,"
            + " that address waits (429 with Retry-After). A session ends when its account is disabled, locked or given a new"
            + " password, after 15 minutes without a request of the user's own (requests sent with the header"
            + " X-Epma-Background do not count) and 12 hours after login however active. All of these are configurable.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "nurse",
            value = "{\"username\": \"nurse.evans\", \"password\": \"training-nurse-1\"}")))
    @APIResponse(responseCode = "200", description = "Logged in; the body holds the CSRF token for later changes and when"
            + " the session ends at the latest")
    @APIResponse(responseCode = "401", description = "Refused: the same answer for an unknown user, a wrong password and a"
            + " locked or disabled account", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many failed logins from this address: try again after the"
            + " Retry-After header's seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response logIn(LoginRequest login) throws ServletException {
        if (login == null || login.username() == null || login.username().isBlank()) {
            throw new InvalidInputException("username", RequestSentence.ENTER_USERNAME.with(), "Enter your user name.");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw new InvalidInputException("password", RequestSentence.ENTER_PASSWORD.with(), "Enter your password.");
        }
        String address = clientAddresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("too-many-logins", "Too many failed logins", "Too many failed logins from this"
                    + " computer. Wait " + TooManyAttemptsException.seconds(wait.get()) + " seconds and try again.", wait.get());
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // a new login never inherits an old session (session fixation)
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login.username().strip(), login.password()))
                .newAuthentication(true));
        attempt.rethrowFailure();
        LoginOutcome outcome = attempt.outcome();
        if (status != AuthenticationStatus.SUCCESS || outcome == null || !outcome.accepted()) {
            throttle.recordFailure(address);
            return Problem.of("login-refused", "Login refused", Response.Status.UNAUTHORIZED, LOGIN_REFUSED)
                    .worded(ProblemSentence.LOGIN_REFUSED.with()).toResponse();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(site.idleTimeoutSeconds());
        return Response.ok(view(outcome.username(), outcome.displayName(),
                outcome.roles().stream().map(Enum::name).sorted().toList(), outcome.language(), session)).build();
    }

    @GET
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR})
    @Operation(summary = "The logged-in user, their roles, language, the session's CSRF token and when it ends at the latest")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "401", description = "Not logged in, or the session has ended: the type ends in"
            + " session-ended/account (the account was disabled, locked or given a new password), session-ended/lifetime or"
            + " session-ended/idle", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SessionView current() {
        StaffUser user = accounts.get(jaxrsSecurity.getUserPrincipal().getName());
        return view(user, request.getSession());
    }

    @PUT
    @Path("language")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR})
    @Operation(summary = "Choose the screens' language, kept for the user: en (English) or cy (Cymraeg)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Welsh", value = "{\"language\": \"cy\"}")))
    public SessionView chooseLanguage(LanguageRequest choice) {
        Language language = Language.fromCode(choice == null ? null : choice.language());
        String username = jaxrsSecurity.getUserPrincipal().getName();
        accounts.chooseLanguage(username, language, ActingStaff.in(jaxrsSecurity,
                StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR));
        return view(accounts.get(username), request.getSession());
    }

    @PUT
    @Path("password")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR})
    @Operation(summary = "Change your own password, giving the current one",
            description = "The new password needs at least 12 characters and must not be one of the commonest passwords"
                    + " (config/passwords), a repeat or run of characters, or contain the user name or the product's or"
                    + " hospital's name. Every other session of the account ends; this one goes on under a new session id."
                    + " A wrong current password counts as a failed login towards the lock-out.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "change",
            value = "{\"currentPassword\": \"training-nurse-1\", \"password\": \"kettle lantern orchard\"}")))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The new password breaks a rule (field password) or a field is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The current password was not right (field currentPassword)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changePassword(PasswordChangeRequest change) {
        if (change == null || change.currentPassword() == null || change.currentPassword().isEmpty()) {
            throw new InvalidInputException("currentPassword", RequestSentence.ENTER_CURRENT_PASSWORD.with(), "Enter your current password.");
        }
        if (change.password() == null || change.password().isEmpty()) {
            throw new InvalidInputException("password", RequestSentence.ENTER_NEW_PASSWORD.with(), "Enter the new password.");
        }
        AccountStanding account = accounts.changeOwnPassword(jaxrsSecurity.getUserPrincipal().getName(),
                change.currentPassword().toCharArray(), change.password().toCharArray());
        HeldSession.renew(request.getSession(), account);
        request.changeSessionId();
        return Response.noContent().build();
    }

    @DELETE
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR})
    @Operation(summary = "Log out")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logOut() throws ServletException {
        accounts.logOut(jaxrsSecurity.getUserPrincipal().getName());
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private SessionView view(StaffUser user, HttpSession session) {
        return view(user.username(), user.displayName(), user.roles().stream().map(Enum::name).sorted().toList(),
                user.language(), session);
    }

    private SessionView view(String username, String displayName, List<String> roles, Language language, HttpSession session) {
        Instant endsAt = HeldSession.in(session).map(sessionPolicy::endsAt).orElse(null);
        return new SessionView(username, displayName, roles, language.code(), CsrfProtection.tokenFor(session),
                session.getMaxInactiveInterval(), endsAt, site.training());
    }
}
