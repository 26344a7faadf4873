package org.epma.hl7.inbound;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

import org.epma.hl7.mllp.MllpReader;

/**
 * How {@link InboundListener} listens.
 *
 * @param port 0 for any free port (tests); read the bound one from {@link InboundListener#port()}
 * @param bindAddress the address to listen on, e.g. "127.0.0.1"; empty for all addresses
 * @param maxConnections connections served at once; one more is closed straight away and logged
 * @param idleTimeout a connection with no frame for this long is closed, freeing its thread
 * @param zone the zone of date-times sent without an offset
 * @param application MSH-3 of our ACKs; empty to repeat the message's MSH-5
 * @param facility MSH-4 of our ACKs; empty to repeat the message's MSH-6
 */
public record ListenerSettings(int port, String bindAddress, int maxConnections, Duration idleTimeout,
                               Charset charset, int maxFrameBytes, ZoneId zone, String application,
                               String facility) {

    public ListenerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        bindAddress = Objects.requireNonNullElse(bindAddress, "");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()
                || idleTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("idleTimeout must be a positive number of milliseconds: " + idleTimeout);
        }
        Objects.requireNonNull(charset, "charset");
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive");
        }
        Objects.requireNonNull(zone, "zone");
        application = Objects.requireNonNullElse(application, "");
        facility = Objects.requireNonNullElse(facility, "");
    }

    /** All addresses, 16 connections, 10 minutes idle, UTF-8, 1 MiB frames, Europe/London, application EPMA. */
    public static ListenerSettings onPort(int port) {
        return new ListenerSettings(port, "", 16, Duration.ofMinutes(10), StandardCharsets.UTF_8,
                MllpReader.DEFAULT_MAX_FRAME_BYTES, ZoneId.of("Europe/London"), "EPMA", "");
    }

    public ListenerSettings withBindAddress(String address) {
        return new ListenerSettings(port, address, maxConnections, idleTimeout, charset, maxFrameBytes, zone,
                application, facility);
    }

    public ListenerSettings withMaxConnections(int max) {
        return new ListenerSettings(port, bindAddress, max, idleTimeout, charset, maxFrameBytes, zone,
                application, facility);
    }

    public ListenerSettings withIdleTimeout(Duration idle) {
        return new ListenerSettings(port, bindAddress, maxConnections, idle, charset, maxFrameBytes, zone,
                application, facility);
    }
}
