package org.epma.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The command line: {@code [boot|load] [--users N] [--seconds S] [--url URL] [--boot-timeout S]}, each option
 * as "--name value" or "--name=value". An empty value means the default, so that the pom can always pass
 * {@code --url=${bench.url}} whether or not it is set.
 */
record BenchOptions(Mode mode, int users, Duration duration, URI url, Duration bootTimeout) {

    enum Mode { BOOT, LOAD }

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: Bench [boot] [--users N] [--seconds S] [--boot-timeout S]",
            "         boots ePMA with a fresh training database, times the boot, runs the load, reads memory",
            "       Bench load [--url http://localhost:8080/] [--users N] [--seconds S]",
            "         runs the load against an application already running in TRAINING mode",
            "       defaults: --users 50 --seconds 30 --boot-timeout 300");

    static final URI DEFAULT_URL = URI.create("http://localhost:8080/");

    static BenchOptions parse(List<String> args) {
        Mode mode = Mode.BOOT;
        int users = 50;
        long seconds = 30;
        long bootTimeout = BootSettings.DEFAULT_BOOT_TIMEOUT.toSeconds();
        URI url = null;
        int at = 0;
        if (at < args.size() && !args.get(at).startsWith("--")) {
            mode = switch (args.get(at++)) {
                case "boot" -> Mode.BOOT;
                case "load" -> Mode.LOAD;
                default -> throw new IllegalArgumentException("unknown mode " + args.get(at - 1));
            };
        }
        while (at < args.size()) {
            String arg = args.get(at++);
            String name = arg;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (at < args.size()) {
                value = args.get(at++);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            if (value.isBlank()) {
                continue; // left at its default
            }
            switch (name) {
                case "--users" -> users = positive(name, value);
                case "--seconds" -> seconds = positive(name, value);
                case "--boot-timeout" -> bootTimeout = positive(name, value);
                case "--url" -> url = URI.create(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (mode == Mode.BOOT && url != null) {
            throw new IllegalArgumentException("--url is for 'load'; 'boot' starts its own application");
        }
        return new BenchOptions(mode, users, Duration.ofSeconds(seconds), url == null ? DEFAULT_URL : url,
                Duration.ofSeconds(bootTimeout));
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, not " + value);
    }
}
