package org.epma.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.epma.prescribing.staff.AccountStanding;
import org.epma.prescribing.staff.StaffSession;

/** The staff session kept in the HTTP session (one attribute, so it travels with the session to any instance). */
public final class HeldSession {

    private static final String ATTRIBUTE = "epma.staffSession";

    private HeldSession() {
    }

    public static Optional<StaffSession> in(HttpSession session) {
        try {
            return session != null && session.getAttribute(ATTRIBUTE) instanceof StaffSession held ? Optional.of(held) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty(); // ended by a parallel request of the same session
        }
    }

    static void keep(HttpSession session, StaffSession held) {
        session.setAttribute(ATTRIBUTE, held);
    }

    /** After its user changed their own password: this session goes on under the account's new generation. */
    public static void renew(HttpSession session, AccountStanding account) {
        in(session).ifPresent(held -> keep(session, held.renewed(account.sessionGeneration())));
    }
}
