package org.epma.prescribing.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's secret for the audit chain. From the key-change point on, each entry's hash is HMAC-SHA256 under
 * this key over the previous hash and the entry's content, so whoever can write to the database but does not hold
 * the key cannot rewrite an entry and recompute a hash that verifies. The database never holds the key: it comes
 * from a file (or the environment) of the site, and the trail stores only {@link #id()}, which names the key
 * without revealing it.
 *
 * <p>A key file holds the key in Base64 (e.g. from {@code openssl rand -base64 32}); at least 32 bytes.
 */
public final class AuditChainKey {

    public static final int MINIMUM_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    private AuditChainKey(byte[] bytes) {
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("An audit key needs at least " + MINIMUM_BYTES + " bytes; this one has "
                    + bytes.length + ".");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.id = mac("epma audit key id").substring(0, 16);
    }

    public static AuditChainKey of(byte[] bytes) {
        return new AuditChainKey(bytes.clone());
    }

    public static AuditChainKey generate() {
        byte[] bytes = new byte[MINIMUM_BYTES];
        RANDOM.nextBytes(bytes);
        return new AuditChainKey(bytes);
    }

    /** A key written in Base64, as a key file or EPMA_AUDIT_KEY holds it. */
    public static AuditChainKey parse(String base64) {
        try {
            return new AuditChainKey(Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit key is not Base64 of at least " + MINIMUM_BYTES
                    + " bytes (make one with: openssl rand -base64 32).", e);
        }
    }

    public static AuditChainKey read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The key in {@code file}, made and written there (readable by its owner only) when the file does not exist
     * yet: training mode and the tests keep their own key this way.
     */
    public static AuditChainKey readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AuditChainKey created = generate();
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(created.key.getEncoded()) + "\n", StandardCharsets.US_ASCII);
        return created;
    }

    /** Names the key in the trail and in reports: the first 16 hex digits of an HMAC of a fixed text. */
    public String id() {
        return id;
    }

    /** The keyed link: HMAC-SHA256 over the previous entry's hash and this entry's canonical content, lower-case hex. */
    public String link(String prevHash, String canonicalContent) {
        return mac(prevHash + "\n" + canonicalContent);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }

    @Override
    public String toString() {
        return "AuditChainKey[" + id + "]";
    }
}
