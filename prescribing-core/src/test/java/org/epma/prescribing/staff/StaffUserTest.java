package org.epma.prescribing.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final LoginPolicy THREE_STRIKES = new LoginPolicy(3, Duration.ofMinutes(15));
    private static final PasswordRules RULES = PasswordRules.withoutLists();

    private static StaffUser nurse() {
        return new StaffUser("nurse.test", "Test Nurse", Set.of(Role.NURSE), "a long password".toCharArray(), RULES, NOW);
    }

    @Test
    void theThirdFailureInARowLocksTheAccountForTheLockDuration() {
        StaffUser user = nurse();
        assertFalse(user.recordFailedLogin(NOW, THREE_STRIKES));
        assertFalse(user.recordFailedLogin(NOW, THREE_STRIKES));
        assertTrue(user.recordFailedLogin(NOW, THREE_STRIKES));
        assertTrue(user.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(user.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        StaffUser user = nurse();
        user.recordFailedLogin(NOW, THREE_STRIKES);
        user.recordFailedLogin(NOW, THREE_STRIKES);
        user.recordSuccessfulLogin();
        assertFalse(user.recordFailedLogin(NOW, THREE_STRIKES));
    }

    @Test
    void aNewPasswordUnlocksTheAccount() {
        StaffUser user = nurse();
        for (int i = 0; i < 3; i++) {
            user.recordFailedLogin(NOW, THREE_STRIKES);
        }
        user.setPassword("another long password".toCharArray(), RULES, NOW);
        assertNull(user.lockedUntil());
        assertTrue(user.passwordMatches("another long password".toCharArray()));
    }

    @Test
    void disablingLockingOrANewPasswordEachMoveTheSessionGenerationOn() {
        StaffUser user = nurse();
        long start = user.sessionGeneration();
        user.recordFailedLogin(NOW, THREE_STRIKES);
        user.recordFailedLogin(NOW, THREE_STRIKES);
        assertEquals(start, user.sessionGeneration(), "failures short of a lock-out leave sessions alone");
        user.recordFailedLogin(NOW, THREE_STRIKES);
        assertEquals(start + 1, user.sessionGeneration(), "locked");
        user.setPassword("another long password".toCharArray(), RULES, NOW);
        assertEquals(start + 2, user.sessionGeneration(), "new password");
        user.disable();
        assertEquals(start + 3, user.sessionGeneration(), "disabled");
        user.enable();
        user.recordSuccessfulLogin();
        assertEquals(start + 3, user.sessionGeneration(), "enabling or logging in ends no session");
    }

    @Test
    void theNurseInChargeIsANurse() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StaffUser("sister.test", "Test Sister",
                Set.of(Role.NURSE_IN_CHARGE), "a long password".toCharArray(), RULES, NOW));
        assertEquals("roles", e.field());
        assertEquals(Set.of(Role.NURSE, Role.NURSE_IN_CHARGE), new StaffUser("sister.test", "Test Sister",
                Set.of(Role.NURSE, Role.NURSE_IN_CHARGE), "a long password".toCharArray(), RULES, NOW).roles());
    }

    @Test
    void userNamesAreLowerCaseWithoutSpaces() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StaffUser("Nurse Evans", "Nia Evans", Set.of(Role.NURSE), "a long password".toCharArray(), RULES, NOW));
        assertEquals("username", e.field());
    }

    @Test
    void aUserNeedsARole() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StaffUser("nurse.evans", "Nia Evans", Set.of(), "a long password".toCharArray(), RULES, NOW));
        assertEquals("roles", e.field());
    }

    @Test
    void languageCodesAreEnglishOrWelsh() {
        assertEquals(Language.CY, Language.fromCode("CY "));
        assertEquals("cy", Language.CY.code());
        assertThrows(InvalidInputException.class, () -> Language.fromCode("fr"));
    }
}
