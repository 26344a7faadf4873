package org.epma.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.epma.prescribing.audit.Actor;

/** Names the logged-in user, and the role they act in, for the audit trail. */
public final class ActingStaff {

    private ActingStaff() {
    }

    /** The user acting in the first of the given roles that they hold (the roles the endpoint allows). */
    public static Actor in(SecurityContext security, String... roles) {
        String role = Arrays.stream(roles).filter(security::isUserInRole).findFirst()
                .orElseThrow(() -> new IllegalStateException("access rules let through a user without the role"));
        return new Actor(security.getUserPrincipal().getName(), role);
    }
}
