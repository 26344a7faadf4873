package org.epma.bench;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports for what the benchmarks start, never the demo's fixed ones (8080, 2575, 2576). */
final class FreePort {

    private FreePort() {
    }

    /** A port free now. Another process could take it before it is bound again; on a build machine that is rare. */
    static int any() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
