package org.epma.web.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.web.security.AccessRules;
import org.epma.web.security.ActingStaff;

/**
 * Writes the audit entry of an {@link AuditedRead} endpoint that answered 2xx, before the answer is sent: if the
 * entry cannot be written, the reader gets an error instead of the data. One entry per request, however many patients
 * it showed; automatic refreshes (header {@value #BACKGROUND}: refresh) are coalesced per session ({@link RecentReads}).
 */
@Provider
@Priority(Priorities.USER)
public class ReadRecorder implements ContainerResponseFilter {

    /** The header the screens send on requests they make by themselves, not because someone asked. */
    public static final String BACKGROUND = "X-Epma-Background";
    private static final String RECENT_READS = "epma.recentReads";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        AuditedRead read = method == null ? null : method.getAnnotation(AuditedRead.class);
        if (read == null || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        PatientAccess.Shown shown = access.shown().orElseThrow(() -> new IllegalStateException(
                method + " is an audited read but did not say what it showed"));
        boolean automatic = "refresh".equalsIgnoreCase(request.getHeaderString(BACKGROUND));
        String fingerprint = read.value() + "|" + shown.entityId() + "|" + shown.patients();
        RecentReads recent = recentReads();
        Instant now = clock.instant();
        if (!recent.due(fingerprint, automatic, now)) {
            return;
        }
        JsonObjectBuilder detail = shown.detail() == null ? AuditJson.object() : AuditJson.object(shown.detail());
        if (automatic) {
            detail.add("automatic", true);
        }
        JsonObject written = detail.build();
        trail.recordAccess(ActingStaff.in(request.getSecurityContext(), AccessRules.allowedRoles(method)), AuditAction.READ,
                read.value().entityType(), shown.entityId(), shown.patients(), written.isEmpty() ? null : written.toString());
        recent.recorded(fingerprint, now);
        HttpSession session = servletRequest.getSession(false);
        if (session != null) {
            // set again: with several instances the data grid stores a session's attributes only when they are set
            session.setAttribute(RECENT_READS, recent);
        }
    }

    private RecentReads recentReads() {
        HttpSession session = servletRequest.getSession(false);
        if (session == null) {
            return new RecentReads(); // every audited read needs a login, so this is only a safe default
        }
        // two first requests of a session racing here each make one; at worst a refresh is recorded twice
        if (!(session.getAttribute(RECENT_READS) instanceof RecentReads reads)) {
            RecentReads created = new RecentReads();
            session.setAttribute(RECENT_READS, created);
            return created;
        }
        return reads;
    }
}
