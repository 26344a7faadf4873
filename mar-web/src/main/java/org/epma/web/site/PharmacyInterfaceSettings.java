package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.pharmacy.outbox.Destinations;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The dispensing destinations (config/hl7-destinations.csv, or the file named by epma.hl7.destinations-file) and
 * the inbound listener's port (epma.hl7.inbound-port; 0 or unset: no listener), the sender threads per destination
 * (epma.hl7.sender-threads) and the hospital's facility name (epma.hl7.facility).
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

    private CsvTable destinationsTable() {
        if (destinationsFile.isEmpty() || destinationsFile.get().isBlank()) {
            return site.table(Destinations.FILE, Destinations.COLUMNS);
        }
        Path file = Path.of(destinationsFile.get());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvTable.read(file.toString(), reader, Destinations.COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
