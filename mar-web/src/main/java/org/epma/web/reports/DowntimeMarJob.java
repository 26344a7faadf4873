package org.epma.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.epma.prescribing.ward.WardService;
import org.epma.prescribing.ward.WardSummary;
import org.epma.reports.downtime.DowntimeMarReport;
import org.epma.reports.print.Printing;
import org.epma.web.site.SiteConfig;

/**
 * Writes every ward's downtime chart to the configured folder every few hours (a minute after start, then each
 * interval), keeping the last few, so that a ward has a recent chart on paper when the system goes down.
 */
@Singleton
@Startup
// the health check reads the last run while a run is going on
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DowntimeMarJob {

    private static final Logger LOG = Logger.getLogger(DowntimeMarJob.class.getName());
    static final String PRINTED_BY = "ePMA (scheduled)";

    /** The outcome of one run: when, how many wards written, and the wards that failed with why. */
    public record Run(Instant at, int written, List<String> failures) {
        public boolean succeeded() {
            return failures.isEmpty();
        }
    }

    @Resource
    TimerService timers;

    @Inject
    ReportSettings settings;

    @Inject
    SiteConfig site;

    @Inject
    WardService wards;

    @Inject
    DowntimeMarReport report;

    @Inject
    Clock clock;

    private volatile Run lastRun;
    private volatile Instant lastSuccess;
    private volatile Instant started;

    @PostConstruct
    void schedule() {
        started = clock.instant();
        timers.createIntervalTimer(60_000L, settings.downtimeInterval().toMillis(), new TimerConfig("downtime-mar", false));
    }

    @Timeout
    // each ward's read is its own short transaction, and a failing ward does not undo the others
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        Instant now = clock.instant();
        List<String> codes = wards.wards().stream().map(WardSummary::ward).map(w -> w.code()).toList();
        Printing printing = new Printing(settings.hospital(), PRINTED_BY, now, Locale.ENGLISH, site.training());
        Run run = writeAll(archive(), codes, code -> report.print(code, printing).content(), now);
        lastRun = run;
        if (run.succeeded()) {
            lastSuccess = run.at();
        } else {
            LOG.warning("downtime charts not written for " + run.failures());
        }
    }

    /** Prints and writes each ward's chart; a ward that fails is named and the others are still written. */
    static Run writeAll(DowntimeMarArchive archive, List<String> wardCodes, Function<String, byte[]> print, Instant now) {
        int written = 0;
        List<String> failures = new ArrayList<>();
        for (String code : wardCodes) {
            try {
                archive.write(code, print.apply(code), now);
                written++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "downtime chart of ward " + code + " not written", e);
                failures.add(code + ": " + e);
            }
        }
        return new Run(now, written, List.copyOf(failures));
    }

    public DowntimeMarArchive archive() {
        return new DowntimeMarArchive(settings.downtimeFolder(), settings.downtimeKeep());
    }

    /** The last run, or null before the first. */
    public Run lastRun() {
        return lastRun;
    }

    /** When every ward's chart was last written, or null if never since start. */
    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Whether the charts on disk may be out of date: no full run within two intervals (and the first minute). */
    public boolean stale() {
        Instant since = lastSuccess != null ? lastSuccess : started;
        return since != null && clock.instant().isAfter(since.plus(settings.downtimeInterval().multipliedBy(2)).plusSeconds(60));
    }
}
