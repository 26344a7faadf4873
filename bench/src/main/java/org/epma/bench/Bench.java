package org.epma.bench;

import java.util.List;

/**
 * Entry point: {@code boot} (the default) boots the application and loads it; {@code load} loads one that is
 * already running. Exit status 0 when every request was answered, 1 when there were errors or the
 * application did not boot (so that a benchmark run from a build fails visibly), 2 for a usage mistake.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            long errors = run(options);
            System.out.flush(); // the summary first, then the verdict, even where both streams go to one console
            if (errors > 0) {
                System.err.println("The benchmark finished with " + errors + " errors (see the summary above).");
                System.exit(1);
            }
        } catch (Exception failed) {
            System.out.flush();
            System.err.println("Benchmark failed: " + failed.getMessage());
            if (!(failed instanceof IllegalStateException)) {
                failed.printStackTrace();
            }
            System.exit(1);
        }
        // the HTTP clients' threads do not keep the JVM alive, but exit explicitly all the same
        System.exit(0);
    }

    private static long run(BenchOptions options) throws Exception {
        Report report = new Report(System.out);
        if (options.mode() == BenchOptions.Mode.LOAD) {
            System.out.printf("Load: %d users for %d s against %s%n", options.users(), options.duration().toSeconds(),
                    options.url());
            LoadResult load = new WardListLoad(options.url(), options.users(), options.duration()).run();
            report.print(load);
            return load.errors();
        }
        BootSettings settings = BootSettings.fromSystemProperties(options.users(), options.duration(),
                options.bootTimeout());
        BootResult boot = new BootBenchmark(settings, System.out).run();
        report.print(boot);
        return boot.load().errors();
    }
}
