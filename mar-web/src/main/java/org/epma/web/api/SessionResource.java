package org.epma.web.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.web.problem.Problem;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.CsrfProtection;
import org.epma.web.security.LoginAttempt;
import org.epma.web.security.StaffRoles;
import org.epma.web.site.SiteConfig;

@Path("session")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record LoginRequest(String username, String password) {
    }

    public record LanguageRequest(String language) {
    }

    public record SessionView(String username, String displayName, List<String> roles, String language,
                              String csrfToken, int idleTimeoutSeconds, boolean training) {
    }

    @Inject
    SecurityContext security;

    @Inject
    StaffAccounts accounts;

    @Inject
    LoginAttempt attempt;

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
    @Operation(summary = "Log in", description = "Starts a session (cookie JSESSIONID). After 5 failed attempts in a row the"
            + " account is locked for 15 minutes (both configurable).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "nurse",
            value = "{\"username\": \"nurse.evans\", \"password\": \"training-nurse-1\"}")))
    @APIResponse(responseCode = "200", description = "Logged in; the body holds the CSRF token for later changes")
    @APIResponse(responseCode = "401", description = "Wrong user name or password, or the account is locked or disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response logIn(LoginRequest login) throws ServletException {
        if (login == null || login.username() == null || login.username().isBlank()) {
            throw new InvalidInputException("username", "Enter your user name.");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw new InvalidInputException("password", "Enter your password.");
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // a new login never inherits an old session (session fixation)
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login.username().strip(), login.password()))
                .newAuthentication(true));
        LoginOutcome outcome = attempt.outcome();
        if (status != AuthenticationStatus.SUCCESS || outcome == null || !outcome.accepted()) {
            return refused(outcome).toResponse();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(site.idleTimeoutSeconds());
        return Response.ok(view(outcome.username(), outcome.displayName(),
                outcome.roles().stream().map(Enum::name).sorted().toList(), outcome.language(), session)).build();
    }

    private Problem refused(LoginOutcome outcome) {
        String detail = switch (outcome == null ? org.epma.prescribing.staff.LoginResult.WRONG_CREDENTIALS : outcome.result()) {
            case LOCKED -> "This account is locked after too many failed logins. Try again later or ask the IT service desk.";
            case DISABLED -> "This account has been disabled. Ask the IT service desk.";
            default -> "The user name or password is not right.";
        };
        return Problem.of("login-refused", "Login refused", Response.Status.UNAUTHORIZED, detail);
    }

    @GET
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST, StaffRoles.ADMIN, StaffRoles.AUDITOR})
    @Operation(summary = "The logged-in user, their roles, language and the session's CSRF token")
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
        return new SessionView(username, displayName, roles, language.code(), CsrfProtection.tokenFor(session),
                session.getMaxInactiveInterval(), site.training());
    }
}
