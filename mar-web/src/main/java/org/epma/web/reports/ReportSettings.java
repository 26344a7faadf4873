package org.epma.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Site settings of the printed reports (MicroProfile Config; see README, Settings). */
@ApplicationScoped
public class ReportSettings {

    private final String hospital;
    private final Path downtimeFolder;
    private final Duration downtimeInterval;
    private final int downtimeKeep;

    @Inject
    public ReportSettings(@ConfigProperty(name = "epma.reports.hospital", defaultValue = "ePMA") String hospital,
                          @ConfigProperty(name = "epma.reports.downtime.folder") Optional<String> folder,
                          @ConfigProperty(name = "epma.data.dir") Optional<String> dataDir,
                          @ConfigProperty(name = "epma.reports.downtime.interval-minutes", defaultValue = "240") int intervalMinutes,
                          @ConfigProperty(name = "epma.reports.downtime.keep", defaultValue = "3") int keep) {
        this.hospital = hospital;
        // by default beside the training database, in the launcher's data folder
        this.downtimeFolder = folder.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(dataDir.filter(d -> !d.isBlank()).orElse(System.getProperty("user.home") + "/.epma"),
                        "downtime-mar"));
        this.downtimeInterval = Duration.ofMinutes(Math.max(5, intervalMinutes));
        this.downtimeKeep = Math.max(1, keep);
    }

    protected ReportSettings() {
        this("ePMA", Optional.empty(), Optional.empty(), 240, 3);
    }

    /** The hospital's name at the head of every report. */
    public String hospital() {
        return hospital;
    }

    /** Where the downtime charts are written, a folder a ward; the computers that print when the system is down read it. */
    public Path downtimeFolder() {
        return downtimeFolder;
    }

    /** How often the downtime charts are written (at least 5 minutes). */
    public Duration downtimeInterval() {
        return downtimeInterval;
    }

    /** How many charts a ward keeps; older ones are deleted. */
    public int downtimeKeep() {
        return downtimeKeep;
    }
}
