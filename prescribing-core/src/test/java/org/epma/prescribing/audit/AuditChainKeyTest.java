package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainKeyTest {

    /** The bytes 0, 1, … 31. */
    private static final String KEY_0_TO_31 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void theKeyedLinkIsTheHmacSha256OfThePreviousHashAndTheContent() {
        // printf '%064d\nx' 0 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f
        assertEquals("fe8ef0594d1bd851cc1b688cf972076fc6d4b277a1085a6af6a6c3150695eab0",
                AuditChainKey.parse(KEY_0_TO_31).link(AuditChain.GENESIS, "x"));
    }

    @Test
    void theKeyedLinkIsNeitherThePlainSha256NorAnotherKeysLink() {
        AuditChainKey key = AuditChainKey.parse(KEY_0_TO_31);
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, "x"), key.link(AuditChain.GENESIS, "x"));
        assertNotEquals(AuditChainKey.generate().link(AuditChain.GENESIS, "x"), key.link(AuditChain.GENESIS, "x"));
    }

    @Test
    void theKeyIsNamedByAnIdThatDoesNotRevealIt() {
        AuditChainKey key = AuditChainKey.parse(KEY_0_TO_31);
        // printf 'epma audit key id' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f, first 16 digits
        assertEquals("79249fc053699c20", key.id());
        assertFalse(key.toString().contains(KEY_0_TO_31));
        assertNotEquals(key.id(), AuditChainKey.generate().id());
    }

    @Test
    void aKeyShorterThan32BytesOrNotBase64IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditChainKey.parse("c2hvcnQga2V5"));
        assertThrows(IllegalArgumentException.class, () -> AuditChainKey.parse("not base64 at all!"));
        assertThrows(IllegalArgumentException.class, () -> AuditChainKey.of(new byte[31]));
    }

    @Test
    void aKeyFileIsMadeOnceReadableByItsOwnerOnlyAndReadBackTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys/audit.key");
        AuditChainKey made = AuditChainKey.readOrCreate(file);
        assertEquals(made.id(), AuditChainKey.readOrCreate(file).id());
        assertEquals(made.id(), AuditChainKey.read(file).id());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertTrue(Files.readString(file).strip().length() >= 44);
    }
}
