package org.epma.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;

/** The final summary block: the numbers someone compares between runs, in one place, in fixed columns. */
final class Report {

    private static final String RULE = "=".repeat(84);

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void print(BootResult boot) {
        out.println();
        out.println(RULE);
        out.println(" ePMA benchmark: boot + ward-list load (fresh training database)");
        out.println(RULE);
        line("Boot", String.format(Locale.ROOT, "ready line after %.1f s; /api/v1/system 200 after %.1f s",
                boot.readyLine().toNanos() / 1e9, boot.systemAnswered().toNanos() / 1e9));
        line("Boot CPU", boot.payaraCpuAtReady().map(cpu -> String.format(Locale.ROOT,
                "Payara Micro used %.1f s of CPU by the ready line", cpu.toMillis() / 1e3)).orElse("not known here (no /proc)"));
        line("Payara Micro RSS", String.format(Locale.ROOT, "after boot %s, after load %s, peak %s (pid %d)",
                mebibytes(boot.residentAfterBootKiB()), mebibytes(boot.residentAfterLoadKiB()),
                mebibytes(boot.peakResidentKiB()), boot.payaraPid()));
        loadSection(boot.load());
        line("Application log", boot.log().toString());
        out.println(RULE);
    }

    void print(LoadResult load) {
        out.println();
        out.println(RULE);
        out.println(" ePMA benchmark: ward-list load against a running application");
        out.println(RULE);
        loadSection(load);
        out.println(RULE);
    }

    private void loadSection(LoadResult load) {
        line("Application", load.base().toString());
        line("Load", String.format(Locale.ROOT, "%d users, closed loop (no think time), %.1f s measured;"
                + " their logins took %.1f s before that", load.users(), load.window().toNanos() / 1e9,
                load.loginPhase().toNanos() / 1e9));
        line("Ward requests", String.format(Locale.ROOT, "%d in the window, %.1f req/s, %d errors (logins included)",
                load.requests(), load.throughput(), load.errors()));
        out.println();
        out.printf(Locale.ROOT, " %-15s %9s %7s %9s %9s %9s %9s %9s%n",
                "request", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        row(load.logins(), LoadResult.perSecond(load.logins().requests(), load.loginPhase()));
        for (LatencySummary type : load.wardRequests()) {
            row(type, LoadResult.perSecond(type.requests(), load.window()));
        }
        out.println(" (latencies of successful requests, send to last byte; login req/s over the login phase)");
        out.println();
        if (load.errors() == 0) {
            line("Errors", "none");
        } else {
            line("Errors", "");
            for (LatencySummary type : allTypes(load)) {
                type.errorsByCause().forEach((cause, count) ->
                        out.printf(Locale.ROOT, "   %-15s %-50s %d%n", type.label(), cause, count));
            }
        }
    }

    private static Iterable<LatencySummary> allTypes(LoadResult load) {
        java.util.List<LatencySummary> all = new java.util.ArrayList<>();
        all.add(load.logins());
        all.addAll(load.wardRequests());
        return all;
    }

    private void row(LatencySummary type, double perSecond) {
        out.printf(Locale.ROOT, " %-15s %9d %7d %9.1f %9s %9s %9s %9s%n", type.label(), type.requests(), type.errors(),
                perSecond, millis(type.percentileMillis(50)), millis(type.percentileMillis(95)),
                millis(type.percentileMillis(99)), millis(type.maxMillis()));
    }

    private void line(String label, String value) {
        out.printf(Locale.ROOT, " %-18s %s%n", label, value);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String mebibytes(OptionalLong kib) {
        return kib.isPresent() ? String.format(Locale.ROOT, "%.1f MiB", kib.getAsLong() / 1024.0) : "n/a";
    }
}
