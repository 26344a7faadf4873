package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.hl7.inbound.ListenerSettings;
import org.epma.hl7.inbound.SenderAllowList;
import org.epma.pharmacy.outbox.Destinations;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The dispensing destinations (config/hl7-destinations.csv, or the file named by epma.hl7.destinations-file) and
 * the inbound listener's port (epma.hl7.inbound-port; 0 or unset: no listener), the sender threads per destination
 * (epma.hl7.sender-threads) and the hospital's facility name (epma.hl7.facility); who may send to the listener
 * (config/hl7-senders.csv), its limits and its TLS keystore.
 */
@ApplicationScoped
public class PharmacyInterfaceSettings {

    @Inject
    SiteConfig site;

    @Inject
    @ConfigProperty(name = "epma.hl7.destinations-file")
    Optional<String> destinationsFile;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-port", defaultValue = "0")
    int inboundPort;

    @Inject
    @ConfigProperty(name = "epma.hl7.sender-threads", defaultValue = "4")
    int senderThreads;

    @Inject
    @ConfigProperty(name = "epma.hl7.facility", defaultValue = "HOSPITAL")
    String facility;

    @Inject
    @ConfigProperty(name = "epma.hl7.senders-file")
    Optional<String> sendersFile;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-max-connections-per-address",
            defaultValue = "" + ListenerSettings.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS)
    int maxConnectionsPerAddress;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-max-connections", defaultValue = "" + ListenerSettings.DEFAULT_MAX_CONNECTIONS)
    int maxConnections;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-frame-timeout-seconds", defaultValue = "15")
    int frameTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-idle-timeout-seconds", defaultValue = "600")
    int idleTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-tls-keystore")
    Optional<String> tlsKeystore;

    @Inject
    @ConfigProperty(name = "epma.hl7.inbound-tls-keystore-password")
    Optional<String> tlsKeystorePassword;

    private Destinations destinations;

    @Produces
    public synchronized Destinations destinations() {
        if (destinations == null) {
            destinations = Destinations.read(destinationsTable());
        }
        return destinations;
    }

    public int inboundPort() {
        return inboundPort;
    }

    /** MSH-4 of what we send and MSH-6 we answer to: the hospital's name in the HL7 network. */
    public String facility() {
        return facility;
    }

    public int senderThreads() {
        return Math.max(1, senderThreads);
    }

    /**
     * The inbound listener: port, our application and facility for its ACKs, who may send (config/hl7-senders.csv
     * or epma.hl7.senders-file), the limits, and TLS when a PKCS12 keystore is named.
     */
    public ListenerSettings listener() {
        ListenerSettings settings = ListenerSettings.onPort(inboundPort)
                .withIdentity("EPMA", facility)
                .withMaxConnectionsPerAddress(Math.max(1, maxConnectionsPerAddress))
                // after the per-address cap, which it lowers to itself when that is larger
                .withMaxConnections(Math.max(1, maxConnections))
                .withIdleTimeout(Duration.ofSeconds(Math.max(1, idleTimeoutSeconds)))
                .withFrameTimeout(Duration.ofSeconds(Math.max(1, frameTimeoutSeconds)))
                .withSenders(SenderAllowList.read(table(sendersFile, SenderAllowList.FILE, SenderAllowList.COLUMNS)));
        if (tlsKeystore.isPresent() && !tlsKeystore.get().isBlank()) {
            settings = settings.withTls(tls(Path.of(tlsKeystore.get()), tlsKeystorePassword.orElse("").toCharArray()));
        }
        return settings;
    }

    private static SSLServerSocketFactory tls(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context.getServerSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the HL7 listener's TLS keystore " + keystore + " cannot be used: " + e.getMessage(), e);
        }
    }

    private CsvTable destinationsTable() {
        return table(destinationsFile, Destinations.FILE, Destinations.COLUMNS);
    }

    private CsvTable table(Optional<String> otherFile, String name, String... columns) {
        if (otherFile.isEmpty() || otherFile.get().isBlank()) {
            return site.table(name, columns);
        }
        Path file = Path.of(otherFile.get());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvTable.read(file.toString(), reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
