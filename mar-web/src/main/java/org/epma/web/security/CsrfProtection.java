package org.epma.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.epma.web.problem.Problem;
import org.epma.web.problem.ProblemSentence;

/**
 * Synchroniser-token CSRF defence: a state-changing request made within a session must carry the
 * session's token in the X-CSRF-Token header, which another site's page cannot read. The login itself
 * is protected by requiring a JSON body (a cross-site form cannot send one without a CORS preflight).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfProtection implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "epma.csrfToken";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || isLogin(request)) {
            return;
        }
        HttpSession session = servletRequest.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
        String given = request.getHeaderString(HEADER);
        if (expected == null) {
            return; // no session: the access rules answer 401 where a login is needed
        }
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII))) {
            request.abortWith(Problem.of("csrf-token", "Missing or wrong CSRF token", Response.Status.FORBIDDEN,
                    "Send the session's token in the " + HEADER + " header. Reload the page to get it again.")
                    .worded(ProblemSentence.CSRF_TOKEN.with()).toResponse());
        }
    }

    private static boolean isLogin(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && "session".equals(request.getUriInfo().getPath().replaceAll("^/|/$", ""));
    }

    /** The token of this session, made on first use. */
    public static String tokenFor(HttpSession session) {
        String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token;
    }
}
