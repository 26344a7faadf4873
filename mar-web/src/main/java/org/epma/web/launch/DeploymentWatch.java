package org.epma.web.launch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads Payara Micro's log as the launcher copies it, for the sign that the application failed to deploy. Payara
 * Micro keeps running after a failed deployment, answering 404 to everything, so without this the launcher would wait
 * out its whole ready time-out before saying anything.
 */
final class DeploymentWatch {

    /** What Payara Micro logs when the WAR does not deploy (GlassFish's kernel, then Payara Micro's own). */
    private static final List<String> FAILED = List.of("Exception while loading the app", "Failed to deploy archive",
            "Application deployment failed");
    /** How the application itself names a cause it knows (ApplicationStartup), e.g. a port already in use. */
    static final String CAUSE = "ePMA cannot start: ";

    private volatile String failure;
    private volatile String cause;
    private volatile long payaraReadyAt;

    void read(String line) {
        if (failure == null && FAILED.stream().anyMatch(line::contains)) {
            failure = line.strip();
        }
        // "Payara Micro 6.2025.10 (build 42) ready in 20,113 (ms)": deployed, and the commands after deployment run
        if (payaraReadyAt == 0 && line.contains("Payara Micro ") && line.contains(" ready in ")) {
            payaraReadyAt = System.nanoTime();
        }
        int named = line.indexOf(CAUSE);
        if (cause == null && named >= 0) {
            cause = line.substring(named + CAUSE.length()).strip();
        }
    }

    /** Whether Payara Micro said it was ready at least {@code since} ago. */
    boolean payaraReadyFor(Duration since) {
        long at = payaraReadyAt;
        return at != 0 && System.nanoTime() - at >= since.toNanos();
    }

    boolean failed() {
        return failure != null;
    }

    /** The cause the application named, or else Payara's failure line. */
    Optional<String> reason() {
        return Optional.ofNullable(cause != null ? cause : failure);
    }
}
