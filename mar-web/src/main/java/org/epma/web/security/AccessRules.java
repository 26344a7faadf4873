package org.epma.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.epma.web.problem.Problem;
import org.epma.web.problem.ProblemSentence;

/**
 * Deny by default: a resource method is open only when it (or its class) says @PermitAll or names its
 * roles with @RolesAllowed. Not logged in gives 401, logged in without the role gives 403.
 */
@Provider
// before the server's own @RolesAllowed check, so the answer is this project's problem+json
@Priority(Priorities.AUTHENTICATION)
public class AccessRules implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: JAX-RS answers 404 or 405 itself
        }
        String[] roles = allowedRoles(method);
        if (roles == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Problem ended = (Problem) servletRequest.getAttribute(ApiAuthenticationMechanism.SESSION_ENDED);
            request.abortWith((ended != null ? ended : Problem.of("not-logged-in", "Not logged in", Response.Status.UNAUTHORIZED,
                    "Log in to use this. Sessions end after a period without activity.")
                    .worded(ProblemSentence.NOT_LOGGED_IN.with())).toResponse());
            return;
        }
        if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN,
                    "Your role does not allow this. It needs one of: " + String.join(", ", roles) + ".")
                    .worded(ProblemSentence.ROLE_NOT_ALLOWED.with(String.join(", ", roles))).toResponse());
        }
    }

    /** The roles a method allows; null when it is open to everyone; empty (nobody) when it says nothing. */
    public static String[] allowedRoles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Class<?> type = method.getDeclaringClass();
        if (type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed onClass = type.getAnnotation(RolesAllowed.class);
        return onClass != null ? onClass.value() : new String[0];
    }
}
