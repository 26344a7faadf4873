package org.epma.prescribing.staff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final PasswordRules RULES = new PasswordRules(
            List.of("password", "iloveyou", "liverpool", "qwerty123456", "1qaz2wsx3edc", "Dragon"),
            List.of("epma", "ysbyty", "Hospital"));

    private static InvalidInputException refused(String username, String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RULES.check(username, password.toCharArray()),
                password + " should be refused");
        assertEquals("password", e.field());
        return e;
    }

    private static void accepted(String username, String password) {
        assertDoesNotThrow(() -> RULES.check(username, password.toCharArray()), password);
    }

    @Test
    void fewerThanTwelveCharactersAreRefusedAndTwelveAreEnough() {
        InvalidInputException tooShort = refused("nurse.test", "eleven char");
        assertTrue(tooShort.getMessage().contains("12"));
        assertEquals(StaffSentence.PASSWORD_TOO_SHORT.key(), tooShort.wording().code());
        assertEquals(12, tooShort.wording().args().get("least"));
        accepted("nurse.test", "twelve chars");
        refused("nurse.test", "");
        assertThrows(InvalidInputException.class, () -> RULES.check("nurse.test", null));
    }

    @Test
    void charactersAreCountedAsPeopleSeeThemNotAsJavaCharsAndVeryLongOnesAreRefused() {
        // eleven emoji are 22 Java chars but 11 characters
        refused("nurse.test", "😀".repeat(11));
        accepted("nurse.test", "ŵ".repeat(3) + " and ŷ ŵŷŵ ŷ");
        refused("nurse.test", "a long phrase ".repeat(10));
    }

    @Test
    void aListedPasswordIsRefusedAsItIsAndWithDigitsOrSymbolsAroundItOrLookAlikeLetters() {
        refused("nurse.test", "qwerty123456");
        refused("nurse.test", "QWERTY123456");
        refused("nurse.test", "Password1234");
        refused("nurse.test", "password!2024");
        refused("nurse.test", "2024!!password");
        refused("nurse.test", "P@ssw0rd2024!");
        refused("nurse.test", "iloveyou2025");
        refused("nurse.test", "i love you 2026");
        refused("nurse.test", "L1verp00l#1892");
        refused("nurse.test", "DRAGON123456");
        assertTrue(refused("nurse.test", "1qaz2wsx3edc").getMessage().contains("commonly used"));
        accepted("nurse.test", "password of the night shift");
        accepted("nurse.test", "my liverpool scarf is red");
    }

    @Test
    void repeatsAndRunsOfLettersDigitsOrKeysAreRefused() {
        refused("nurse.test", "aaaaaaaaaaaa");
        refused("nurse.test", "abcabcabcabc");
        refused("nurse.test", "blueblueblue");
        refused("nurse.test", "abcdefghijkl");
        refused("nurse.test", "lkjihgfedcba");
        refused("nurse.test", "123456789012");
        refused("nurse.test", "789012345678");
        refused("nurse.test", "qwertyuiopas");
        refused("nurse.test", "1q2w3e4r5t6y");
        refused("nurse.test", "qazwsxedcrfv");
        accepted("nurse.test", "blue blue red");
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertTrue(refused("nurse.evans", "I am nurse.evans!").getMessage().contains("user name"));
        refused("nurse.evans", "NurseEvans2026!");
        refused("admin", "training-admin-1");
        accepted("nurse.evans", "training-nurse-1");
        // a very short user name is only refused as the whole password: it may well appear inside a phrase
        accepted("jo", "enjoy the journey");
    }

    @Test
    void theNamesOfTheProductAndTheHospitalAreRefusedAnywhereInThePassword() {
        assertTrue(refused("nurse.test", "my ePMA login 1").getMessage().contains("epma"));
        refused("nurse.test", "Ysbyty Gwynedd 2026");
        refused("nurse.test", "h0sp1tal shift work");
        accepted("nurse.test", "hospitable ward seven");
    }

    @Test
    void theListFilesHaveOneEntryALineWithCommentsAndBlankLinesLeftOut() {
        PasswordRules rules = PasswordRules.fromLists("# the commonest\n\nmonkey\n  sunshine  \n", "# words\nepma\n");
        assertThrows(InvalidInputException.class, () -> rules.check("nurse.test", "Monkey123456".toCharArray()));
        assertThrows(InvalidInputException.class, () -> rules.check("nurse.test", "sunshine2026!".toCharArray()));
        assertThrows(InvalidInputException.class, () -> rules.check("nurse.test", "epma-is-great".toCharArray()));
        assertDoesNotThrow(() -> rules.check("nurse.test", "# the commonest".toCharArray()));
    }
}
