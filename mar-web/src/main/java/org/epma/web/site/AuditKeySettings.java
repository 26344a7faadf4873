package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.prescribing.audit.AuditChainKey;

/**
 * The site's audit key, which the database never holds: a file named by EPMA_AUDIT_KEY_FILE (epma.audit.key-file),
 * or the key itself in EPMA_AUDIT_KEY (Base64). Training mode is given a key file in its data folder by the
 * launcher. Without a key the application does not start: an unkeyed trail could be rewritten unseen.
 */
@ApplicationScoped
public class AuditKeySettings {

    @Inject
    @ConfigProperty(name = "epma.audit.key-file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "epma.audit.key")
    Optional<String> key;

    private volatile AuditChainKey loaded;

    @Produces
    @Dependent
    AuditChainKey auditChainKey() {
        AuditChainKey known = loaded;
        if (known == null) {
            known = load();
            loaded = known;
        }
        return known;
    }

    private AuditChainKey load() {
        Optional<String> file = keyFile.filter(name -> !name.isBlank());
        if (file.isPresent()) {
            try {
                return AuditChainKey.read(Path.of(file.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit key file " + file.get() + " (EPMA_AUDIT_KEY_FILE)", e);
            }
        }
        return key.filter(text -> !text.isBlank()).map(AuditChainKey::parse).orElseThrow(() -> new IllegalStateException(
                "No audit key: set EPMA_AUDIT_KEY_FILE to a file holding at least 32 random bytes in Base64 (openssl rand"
                        + " -base64 32), readable by the application only and kept apart from the database (docs/operations.md)."));
    }
}
