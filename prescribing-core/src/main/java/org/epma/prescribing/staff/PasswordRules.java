package org.epma.prescribing.staff;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * What a new password must be, following NIST SP 800-63B section 5.1.1.2 and the NCSC's password guidance: long
 * rather than made of character classes, and not one that attackers try first. Refused: fewer than
 * {@value #MINIMUM_LENGTH} characters; a password on the site's list of the commonest passwords, also when only
 * digits or symbols were added around it or letters swapped for look-alikes ({@code P@ssw0rd!2024}); one character
 * or a short run repeated, or a run along the alphabet, the digits or the keyboard; one containing the user name or a
 * word of the product or the hospital (the site's context words).
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private static final String FIELD = "password";
    /** Runs a password must not lie along: the alphabet, the digits and the keyboard's rows and columns, both ways. */
    private static final List<String> RUNS = runs("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm",
            "1q2w3e4r5t6y7u8i9o0p", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp");
    /** Shorter user names than this are only refused as the whole password: "jo" may well appear in a phrase. */
    private static final int USERNAME_CONTAINMENT_MINIMUM = 4;
    private static final String AROUND_LETTERS = "^[^\\p{L}]+|[^\\p{L}]+$";

    private final Set<String> commonPasswords;
    private final List<String> contextWords;

    /** Both lists are compared without regard to case; blank entries are ignored. */
    public PasswordRules(Collection<String> commonPasswords, Collection<String> contextWords) {
        this.commonPasswords = normalised(commonPasswords);
        this.contextWords = List.copyOf(normalised(contextWords));
    }

    /** From the site's list files: one entry a line; blank lines and lines starting with # are left out. */
    public static PasswordRules fromLists(String commonPasswordsText, String contextWordsText) {
        return new PasswordRules(entries(commonPasswordsText), entries(contextWordsText));
    }

    private static List<String> entries(String text) {
        return text.lines().filter(line -> !line.startsWith("#")).toList();
    }

    /** Length, runs and the user name only: for tests that are not about the lists. */
    public static PasswordRules withoutLists() {
        return new PasswordRules(List.of(), List.of());
    }

    public void check(String username, char[] password) {
        int length = password == null ? 0 : String.valueOf(password).codePointCount(0, password.length);
        if (length < MINIMUM_LENGTH) {
            throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_TOO_SHORT.with(MINIMUM_LENGTH), "A password needs at least " + MINIMUM_LENGTH
                    + " characters. Several unrelated words make a long password that is easy to remember.");
        }
        if (length > MAXIMUM_LENGTH) {
            throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_TOO_LONG.with(MAXIMUM_LENGTH), "A password can have at most " + MAXIMUM_LENGTH + " characters.");
        }
        String lower = String.valueOf(password).toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_COMMON.with(), "This password is one of the most commonly used passwords, which are"
                    + " tried first by anyone guessing. Choose another: several unrelated words work well.");
        }
        if (isRepetitiveOrARun(lower)) {
            throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_REPETITIVE.with(), "A password must not be one character or a short group repeated, or a"
                    + " run of letters, digits or keys (such as abcdef, 123456 or qwerty).");
        }
        if (username != null && !username.isBlank() && containsUsername(lower, username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_HOLDS_USERNAME.with(), "A password must not contain your user name.");
        }
        String plain = lookAlikesReplaced(lower);
        for (String word : contextWords) {
            if (lower.contains(word) || plain.contains(word)) {
                throw new InvalidInputException(FIELD, StaffSentence.PASSWORD_HOLDS_CONTEXT.with(word), "A password must not contain the name of this system or of the"
                        + " hospital (" + word + "): those are the first words anyone guessing would try.");
            }
        }
    }

    /**
     * On the list as it is, or once the digits and symbols around it are taken off, its spaces and separators left out
     * ("i love you") and look-alikes undone.
     */
    private boolean isCommon(String lower) {
        String core = lower.replaceAll(AROUND_LETTERS, "");
        String joined = core.replaceAll("[\\s._-]", "");
        return Stream.of(lower, core, joined, lookAlikesReplaced(core), lookAlikesReplaced(joined))
                .anyMatch(commonPasswords::contains);
    }

    private static boolean isRepetitiveOrARun(String lower) {
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.substring(0, unit).repeat(lower.length() / unit).equals(lower)) {
                return true;
            }
        }
        return RUNS.stream().anyMatch(run -> run.contains(lower));
    }

    private static boolean containsUsername(String lower, String username) {
        if (username.length() < USERNAME_CONTAINMENT_MINIMUM) {
            return lower.equals(username);
        }
        String compact = username.replaceAll("[._-]", "");
        return lower.contains(username) || lower.replaceAll("[^\\p{L}\\p{N}]", "").contains(compact);
    }

    /** Undoes the usual swaps of letters for digits and symbols, so P@ssw0rd is seen as password. */
    private static String lookAlikesReplaced(String lower) {
        StringBuilder plain = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    private static Set<String> normalised(Collection<String> entries) {
        return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> runs(String... forwards) {
        // three times round, so a run that wraps (7890123...) is one too
        return Arrays.stream(forwards)
                .flatMap(run -> Stream.of(run.repeat(3), new StringBuilder(run.repeat(3)).reverse().toString()))
                .toList();
    }
}
