package org.epma.prescribing.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The unkeyed link of the entries written before the key-change point (see {@link AuditChainKey}): anyone can
 * recompute it, so it shows accidents and edits by people who did not also recompute the hashes, nothing more.
 */
public final class AuditChain {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over the previous entry's hash and this entry's canonical content, as lower-case hex. */
    public static String link(String prevHash, String canonicalContent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
