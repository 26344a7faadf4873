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
import java.util.Set;

/**
 * Logs in only when the session resource asks (SecurityContext.authenticate with a credential), keeping
 * the caller and their roles in the HTTP session, and re-establishes them from the session on every later
 * request. Without a session the request goes on unauthenticated: the API's own role check answers 401 or
 * 403 as problem+json, and the static pages need no login.
 *
 * <p>The caller is kept in the session by this class rather than with {@code @AutoApplySession}: under
 * concurrent requests Payara sometimes restored an auto-applied session without its groups, which turned
 * into 403s for logged-in users (found by the ward-list benchmark; see payara/Payara#6145).
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CALLER = "epma.caller";
    private static final String ROLES = "epma.roles";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.doNothing();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(ROLES, Set.copyOf(result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof String name && session.getAttribute(ROLES) instanceof Set<?> roles) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) roles;
            return context.notifyContainerAboutLogin(name, groups);
        }
        return context.doNothing();
    }
}
