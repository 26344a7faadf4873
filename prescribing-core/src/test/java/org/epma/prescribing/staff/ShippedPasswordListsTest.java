package org.epma.prescribing.staff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The password lists shipped in config/passwords, with the rules: the classics are refused, the demo users are not. */
class ShippedPasswordListsTest {

    private static final Path CONFIG = Path.of("..", "config");

    private static PasswordRules shipped() throws IOException {
        return PasswordRules.fromLists(Files.readString(CONFIG.resolve("passwords/common-passwords.txt")),
                Files.readString(CONFIG.resolve("passwords/context-words.txt")));
    }

    @Test
    void theCommonestPasswordsAreRefusedHoweverTheyAreDressedUp() throws IOException {
        PasswordRules rules = shipped();
        for (String password : List.of("password1234", "Password123!", "P@ssw0rd2026", "qwerty123456", "1qaz2wsx3edc",
                "iloveyou2026", "Liverpool1892", "football2024", "Welcome12345", "Sunshine!2025", "letmein12345",
                "trustno1trustno1", "passwordpassword", "zaq12wsxcde3", "Cymru am byth!", "Ysbyty 2026 mawr")) {
            assertThrows(InvalidInputException.class, () -> rules.check("nurse.test", password.toCharArray()), password);
        }
    }

    @Test
    void theDemoUsersPasswordsAndTheDocumentedExamplesAreAccepted() throws IOException {
        PasswordRules rules = shipped();
        List<String[]> demoUsers = Files.readAllLines(CONFIG.resolve("training/users.csv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("username,"))
                .map(line -> line.split(",")).toList();
        assertTrue(demoUsers.size() >= 7, "demo users read");
        for (String[] user : demoUsers) {
            assertDoesNotThrow(() -> rules.check(user[0], user[3].toCharArray()), user[0] + " " + user[3]);
        }
        assertDoesNotThrow(() -> rules.check("it.admin", "a long first password".toCharArray()));
        assertDoesNotThrow(() -> rules.check("nurse.morgan", "correct horse battery staple".toCharArray()));
    }
}
