package org.epma.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Optional;
import org.epma.prescribing.staff.AccountStanding;
import org.epma.prescribing.staff.SessionVerdict;
import org.epma.prescribing.staff.StaffSession;

/** The staff session kept in the HTTP session (one attribute, so it travels with the session to any instance). */
public final class HeldSession {

    private static final String ATTRIBUTE = "epma.staffSession";
    private static final String ENDED = "epma.sessionEndedBy";

    private HeldSession() {
    }

    public static Optional<StaffSession> in(HttpSession session) {
        return read(session, ATTRIBUTE, StaffSession.class);
    }

    /** Why the session ended, when it did; it stays said for the session's later and parallel requests. */
    static Optional<SessionVerdict> endedBy(HttpSession session) {
        return read(session, ENDED, SessionVerdict.class);
    }

    static void keep(HttpSession session, StaffSession held) {
        session.setAttribute(ATTRIBUTE, held);
    }

    /**
     * Ends the session: nothing of it is kept but the reason. It is not invalidated, so that a screen's requests that
     * were already on their way are told the same reason rather than "not logged in"; a new login replaces it.
     */
    static void end(HttpSession session, SessionVerdict reason) {
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                session.removeAttribute(name);
            }
            session.setAttribute(ENDED, reason);
        } catch (IllegalStateException alreadyInvalidated) {
            // logged out or replaced by a new login meanwhile: nothing left to end
        }
    }

    /** After its user changed their own password: this session goes on under the account's new generation. */
    public static void renew(HttpSession session, AccountStanding account) {
        in(session).ifPresent(held -> keep(session, held.renewed(account.sessionGeneration())));
    }

    private static <T> Optional<T> read(HttpSession session, String attribute, Class<T> type) {
        try {
            Object value = session == null ? null : session.getAttribute(attribute);
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
