package org.epma.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the integration tests start any Payara Micro, creates the run's own database (owned by a role
 * without superuser rights, its audit trail owned by a role of its own) and writes the system properties the
 * server reads: that database and training mode, so the demo users and patients are loaded; the audit key; the
 * HL7 test peer as the dispensing destination, the port of the inbound listener, 127.0.0.1 as a trusted proxy (see
 * ApiClient.from) and a longer login-throttle window. Drops the database when the run ends.
 * Does nothing in the unit-test run (failsafe alone sets epma.it.systemProperties).
 */
public class ItDatabaseSession implements LauncherSessionListener {

    /** Where the servers under test listen for ADT and RDS^O13 in this run. */
    static final int INBOUND_PORT = DispensaryPeer.freePort();

    private TestDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String target = System.getProperty("epma.it.systemProperties");
        if (target == null) {
            return;
        }
        database = TestDatabase.create("it");
        Properties properties = new Properties();
        properties.setProperty("epma.db.url", database.jdbcUrl());
        properties.setProperty("epma.db.user", database.appUser());
        properties.setProperty("epma.db.password", database.appPassword());
        properties.setProperty("epma.training", "true");
        properties.setProperty("epma.config.dir", System.getProperty("epma.config.dir"));
        properties.setProperty("epma.hl7.destinations-file", destinations(Path.of(target).resolveSibling("it-hl7-destinations.csv")));
        properties.setProperty("epma.hl7.inbound-port", Integer.toString(INBOUND_PORT));
        // lets a test speak for another client address (ApiClient.from), so its failed logins are throttled on their own
        properties.setProperty("epma.http.trusted-proxies", "127.0.0.1");
        // the default 30 failed logins, but counted over ten minutes rather than one: each login costs a password hash,
        // about a second on a busy two-core machine, so 30 failures could otherwise outlast the window and the 429 never come
        properties.setProperty("epma.login.throttle.window-seconds", "600");
        properties.setProperty("epma.audit.key-file", auditKey(Path.of(target).resolveSibling("it-audit.key")));
        // the downtime charts the scheduled job writes stay in target/, not in the home folder
        properties.setProperty("epma.reports.downtime.folder", Path.of(target).resolveSibling("it-downtime-mar").toString());
        try (Writer out = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            properties.store(out, "written by ItDatabaseSession for this test run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's audit key, kept where a site keeps its own: in a file the database never sees. */
    private static String auditKey(Path file) {
        try {
            AuditChainKey.readOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath().toString();
    }

    /** The run's dispensing destination: the test peer, retried often enough to outlast its planned outage. */
    private static String destinations(Path file) {
        try {
            Files.writeString(file, "name,host,port,connect_timeout_ms,ack_timeout_ms,message_type,send_on,max_attempts\n"
                    + "DISPENSARY,127.0.0.1," + DispensaryPeer.instance().port() + ",1000,3000,RDE_O11,VERIFICATION,30\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath().toString();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
    }
}
