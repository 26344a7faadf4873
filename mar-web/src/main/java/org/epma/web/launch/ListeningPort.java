package org.epma.web.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

/**
 * A port the application will listen on, and the setting that moves it. Checked before anything starts, because a
 * port already taken (most often by the demo, already running on this machine) otherwise shows only as a failed
 * deployment deep in Payara's log.
 *
 * @param port     the port; 0 means the listener is off (or takes any free port) and is never checked
 * @param what     what listens there, in words
 * @param property the system property that moves it
 * @param variable the environment variable that moves it
 */
record ListeningPort(int port, String what, String property, String variable) {

    /** Why the first of {@code ports} that something else already listens on cannot be used; empty when all are free. */
    static Optional<String> firstTaken(List<ListeningPort> ports) {
        return ports.stream().filter(ListeningPort::taken).findFirst().map(ListeningPort::takenReason);
    }

    /** Binds as Payara and the HL7 listener bind (every address, address reuse on), and lets go at once. */
    boolean taken() {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException inUse) {
            return true;
        }
    }

    String takenReason() {
        return "port " + port + " (" + what + ") is already in use, perhaps by another ePMA on this machine."
                + " Stop that, or move this one with -D" + property + "=<port> or " + variable + "=<port>.";
    }
}
