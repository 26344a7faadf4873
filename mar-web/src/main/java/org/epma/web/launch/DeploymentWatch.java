package org.epma.web.launch;

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

    void read(String line) {
        if (failure == null && FAILED.stream().anyMatch(line::contains)) {
            failure = line.strip();
        }
        int named = line.indexOf(CAUSE);
        if (cause == null && named >= 0) {
            cause = line.substring(named + CAUSE.length()).strip();
        }
    }

    boolean failed() {
        return failure != null;
    }

    /** The cause the application named, or else Payara's failure line. */
    Optional<String> reason() {
        return Optional.ofNullable(cause != null ? cause : failure);
    }
}
