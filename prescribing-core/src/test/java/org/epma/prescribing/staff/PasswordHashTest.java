package org.epma.prescribing.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = PasswordHash.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHash.verify("correct horse battery".toCharArray(), stored));
        assertFalse(PasswordHash.verify("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void theHashNamesItsAlgorithmAndIterationsAndIsSalted() {
        String first = PasswordHash.hash("same password".toCharArray());
        String second = PasswordHash.hash("same password".toCharArray());
        assertTrue(first.startsWith("PBKDF2WithHmacSHA512:210000:"), first);
        assertNotEquals(first, second);
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifies() {
        // Jakarta Security's Pbkdf2PasswordHash default: PBKDF2WithHmacSHA256, 10000 iterations
        String older = "PBKDF2WithHmacSHA256:10000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + java.util.Base64.getEncoder().encodeToString(derive("pw-older-scheme"));
        assertTrue(PasswordHash.verify("pw-older-scheme".toCharArray(), older));
    }

    private static byte[] derive(String password) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), "saltsaltsaltsalt".getBytes(), 10000, 256);
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMalformedStoredHashNeverVerifies() {
        assertFalse(PasswordHash.verify("x".toCharArray(), "not-a-hash"));
        assertFalse(PasswordHash.verify("x".toCharArray(), null));
    }
}
