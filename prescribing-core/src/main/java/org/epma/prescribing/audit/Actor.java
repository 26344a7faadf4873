package org.epma.prescribing.audit;

import java.util.Objects;

/**
 * Who did something, in which role. Besides the staff roles, SYSTEM stands for the application
 * itself (loading site data) and ANONYMOUS for someone not yet logged in (a failed login).
 */
public record Actor(String username, String role) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM");

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public static Actor anonymous(String claimedUsername) {
        String name = claimedUsername == null || claimedUsername.isBlank() ? "(none)" : claimedUsername.strip();
        return new Actor(name.length() > 64 ? name.substring(0, 64) : name, "ANONYMOUS");
    }
}
