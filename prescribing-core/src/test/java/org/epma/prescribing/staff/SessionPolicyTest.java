package org.epma.prescribing.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decision every request of a logged-in session goes through, with a clock the test moves. */
class SessionPolicyTest {

    private static final Instant LOGIN = Instant.parse("2026-11-23T07:30:00Z");
    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofHours(12), Duration.ofMinutes(15));
    private static final AccountStanding NURSE = new AccountStanding(7, "nurse.test", true, null, 3, Set.of(Role.NURSE));

    private static StaffSession loggedIn() {
        return StaffSession.start(NURSE, LOGIN);
    }

    private static SessionVerdict at(StaffSession session, AccountStanding account, Instant now) {
        return POLICY.judge(session, Optional.of(account), now);
    }

    @Test
    void aSessionOfAnUnchangedAccountContinues() {
        assertEquals(SessionVerdict.CONTINUES, at(loggedIn(), NURSE, LOGIN.plusSeconds(60)));
    }

    @Test
    void disablingTheAccountEndsItsOpenSession() {
        AccountStanding disabled = new AccountStanding(7, "nurse.test", false, null, 4, Set.of(Role.NURSE));
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, at(loggedIn(), disabled, LOGIN.plusSeconds(60)));
    }

    @Test
    void aNewPasswordEndsSessionsOpenedWithTheOldOne() {
        AccountStanding newPassword = new AccountStanding(7, "nurse.test", true, null, 4, Set.of(Role.NURSE));
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, at(loggedIn(), newPassword, LOGIN.plusSeconds(60)));
    }

    @Test
    void aLockOutEndsTheSessionAndItStaysEndedAfterTheLockRunsOut() {
        Instant lockedUntil = LOGIN.plus(Duration.ofMinutes(20));
        AccountStanding locked = new AccountStanding(7, "nurse.test", true, lockedUntil, 4, Set.of(Role.NURSE));
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, at(loggedIn(), locked, LOGIN.plusSeconds(60)));
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, at(loggedIn(), locked, lockedUntil.plusSeconds(1)));
    }

    @Test
    void aDeletedOrDifferentAccountEndsTheSession() {
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, POLICY.judge(loggedIn(), Optional.empty(), LOGIN.plusSeconds(60)));
        AccountStanding other = new AccountStanding(8, "nurse.test", true, null, 3, Set.of(Role.NURSE));
        assertEquals(SessionVerdict.ACCOUNT_CHANGED, at(loggedIn(), other, LOGIN.plusSeconds(60)));
    }

    @Test
    void theSessionEndsAtItsAbsoluteLifetimeHoweverActiveItsUser() {
        StaffSession session = loggedIn();
        Instant now = LOGIN;
        while (now.isBefore(LOGIN.plus(Duration.ofHours(12)))) {
            assertEquals(SessionVerdict.CONTINUES, at(session, NURSE, now), now.toString());
            session = session.afterRequest(now, true);
            now = now.plus(Duration.ofMinutes(5));
        }
        assertEquals(LOGIN.plus(Duration.ofHours(12)), POLICY.endsAt(session));
        assertEquals(SessionVerdict.LIFETIME_REACHED, at(session, NURSE, now));
    }

    @Test
    void theUsersOwnRequestsKeepTheSessionAliveButItEndsAfterTheIdleLimit() {
        StaffSession session = loggedIn().afterRequest(LOGIN.plus(Duration.ofMinutes(10)), true);
        assertEquals(SessionVerdict.CONTINUES, at(session, NURSE, LOGIN.plus(Duration.ofMinutes(24))));
        assertEquals(SessionVerdict.IDLE_TOO_LONG, at(session, NURSE, LOGIN.plus(Duration.ofMinutes(25))));
    }

    @Test
    void aScreensAutomaticRefreshesDoNotExtendTheIdleTime() {
        StaffSession session = loggedIn();
        for (int minute = 1; minute < 15; minute++) {
            Instant refresh = LOGIN.plus(Duration.ofMinutes(minute));
            assertEquals(SessionVerdict.CONTINUES, at(session, NURSE, refresh));
            session = session.afterRequest(refresh, false);
        }
        assertEquals(LOGIN, session.lastActivityAt());
        assertEquals(SessionVerdict.IDLE_TOO_LONG, at(session, NURSE, LOGIN.plus(Duration.ofMinutes(15))));
    }

    @Test
    void theUserKeepsTheirOwnSessionAfterChangingTheirPassword() {
        AccountStanding changed = new AccountStanding(7, "nurse.test", true, null, 4, Set.of(Role.NURSE));
        StaffSession renewed = loggedIn().renewed(changed.sessionGeneration());
        assertEquals(SessionVerdict.CONTINUES, at(renewed, changed, LOGIN.plusSeconds(60)));
        assertEquals(LOGIN, renewed.startedAt(), "a new password does not restart the lifetime");
    }
}
