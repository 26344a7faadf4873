package org.epma.web.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.staff.Role;
import org.epma.web.problem.Problem;

/**
 * Every refused API request (401 not logged in, 403 role or CSRF token) goes to the application log with its
 * method, path, user if known, and address; a logged-in user's 403 is also an audit entry (ACCESS_REFUSED), so the
 * trail shows who tried what. Anonymous 401s stay out of the trail, where they would let anyone fill it.
 */
@Provider
@Priority(Priorities.USER)
public class RefusalRecorder implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalRecorder.class.getName());
    private static final int ENTITY_ID_LENGTH = 64;
    private static final int LOGGED_PATH_LENGTH = 300;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AuditTrail trail;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        Principal user = security.getUserPrincipal();
        // the raw path is percent-encoded, so it cannot break a log line
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String what = request.getMethod() + " " + (path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) + "…" : path);
        String problem = response.getEntity() instanceof Problem p ? p.type().substring(p.type().lastIndexOf('/') + 1) : "-";
        LOG.warning(() -> "Refused " + status + " " + what + " user=" + (user == null ? "-" : user.getName())
                + " address=" + servletRequest.getRemoteAddr() + " problem=" + problem);
        if (status == 403 && user != null) {
            try {
                trail.recordAccess(new Actor(user.getName(), roleOf(security)), AuditAction.ACCESS_REFUSED, "Request",
                        what.length() > ENTITY_ID_LENGTH ? what.substring(0, ENTITY_ID_LENGTH) : what, null,
                        AuditJson.object().add("status", status).add("problem", problem).add("request", what)
                                .add("address", servletRequest.getRemoteAddr()).build().toString());
            } catch (RuntimeException e) {
                // the refusal stands either way; the log line above already holds what the entry would have
                LOG.log(Level.SEVERE, "Could not audit a refused request: " + what, e);
            }
        }
    }

    /** A refusal is not done in any role the user holds; the entry names their first. */
    private static String roleOf(SecurityContext security) {
        return Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).findFirst().orElse("NONE");
    }
}
