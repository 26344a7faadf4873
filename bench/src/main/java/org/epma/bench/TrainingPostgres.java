package org.epma.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded training PostgreSQL of an application the fault runs started, in that run's own data folder: never
 * the machine's shared server. Stopped and started with its own pg_ctl, with the options it was started with
 * (postmaster.opts), so it comes back on the same port and the application's pool finds it again.
 */
final class TrainingPostgres {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Path dataDir;
    private final Path log;

    /** @param launcherDataDir the launcher's data folder; the database is in its training-db */
    TrainingPostgres(Path launcherDataDir, Path log) {
        this.dataDir = launcherDataDir.resolve("training-db");
        this.log = log;
    }

    /** The port in postmaster.pid (its fourth line), while the server runs. */
    int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip());
    }

    /** As the superuser: the embedded server trusts local connections. */
    Connection superuser() throws IOException, SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/epma?user=postgres");
    }

    void execute(String... statements) throws IOException, SQLException {
        try (Connection db = superuser(); Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** A fast shutdown, as a DBA restarting the server does: sessions are ended, committed work is kept. */
    void stop() throws IOException, InterruptedException {
        pgCtl("-D", dataDir.toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts it again with the options of its last start. */
    void start() throws IOException, InterruptedException {
        List<String> options = startOptions();
        pgCtl("-D", dataDir.toString(), "-w", "-l", log.toString(), "-o", String.join(" ", options), "start");
    }

    /** postmaster.opts: the postgres binary, then its arguments, each in double quotes; the -D pair is given apart. */
    private List<String> startOptions() throws IOException {
        List<String> options = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8));
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        int data = options.indexOf("-D");
        if (data >= 0) {
            options.subList(data, data + 2).clear();
        }
        return options.stream().map(option -> option.contains(" ") ? "'" + option + "'" : option).toList();
    }

    private Path binDir() throws IOException {
        String opts = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
        return Path.of(opts.split("\\s+", 2)[0]).getParent();
    }

    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // pg_ctl refuses root; in a user namespace of its own it runs as an unmapped user, as zonky starts it
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binDir().resolve("pg_ctl").toString());
        command.addAll(List.of(arguments));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!pgCtl.waitFor(2, TimeUnit.MINUTES) || pgCtl.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed; see " + log);
        }
    }
}
