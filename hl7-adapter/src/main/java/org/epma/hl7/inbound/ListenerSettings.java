package org.epma.hl7.inbound;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

import javax.net.ssl.SSLServerSocketFactory;

import org.epma.hl7.mllp.MllpReader;
import org.epma.prescribing.time.HospitalZone;

/**
 * How {@link InboundListener} listens.
 *
 * @param port 0 for any free port (tests); read the bound one from {@link InboundListener#port()}
 * @param bindAddress the address to listen on, e.g. "127.0.0.1"; empty for all addresses
 * @param maxConnections connections served at once; one more is closed straight away and logged
 * @param maxConnectionsPerAddress connections from one source address at once, so that one sender (or one
 *                                 broken or hostile peer) cannot take every connection; one more is closed at once
 * @param idleTimeout a connection with no frame started for this long is closed, freeing its thread
 * @param frameTimeout a frame once started must end within this time, or the connection is closed: a peer that
 *                     sends a start byte and then stalls holds a thread for seconds, not for the idle timeout
 * @param zone the zone of date-times sent without an offset
 * @param application MSH-3 of our ACKs; empty to repeat the message's MSH-5
 * @param facility MSH-4 of our ACKs; empty to repeat the message's MSH-6
 * @param senders who may connect and send
 * @param tls null for plain TCP; otherwise the factory holding the listener's key and certificate
 */
public record ListenerSettings(int port, String bindAddress, int maxConnections, int maxConnectionsPerAddress,
                               Duration idleTimeout, Duration frameTimeout, Charset charset, int maxFrameBytes,
                               ZoneId zone, String application, String facility, SenderAllowList senders,
                               SSLServerSocketFactory tls) {

    public static final int DEFAULT_MAX_CONNECTIONS = 16;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 4;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration DEFAULT_FRAME_TIMEOUT = Duration.ofSeconds(15);

    public ListenerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        bindAddress = Objects.requireNonNullElse(bindAddress, "");
        if (maxConnections < 1 || maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException("maxConnections and maxConnectionsPerAddress must be at least 1");
        }
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(frameTimeout, "frameTimeout");
        Objects.requireNonNull(charset, "charset");
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive");
        }
        Objects.requireNonNull(zone, "zone");
        application = Objects.requireNonNullElse(application, "");
        facility = Objects.requireNonNullElse(facility, "");
        Objects.requireNonNull(senders, "senders");
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a positive number of milliseconds: " + d);
        }
    }

    /**
     * All addresses, 16 connections (4 from one address), 10 minutes idle, 15 s to finish a frame, UTF-8, 1 MiB
     * frames, Europe/London, application EPMA, anyone may send, plain TCP.
     */
    public static ListenerSettings onPort(int port) {
        return new ListenerSettings(port, "", DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_FRAME_TIMEOUT, StandardCharsets.UTF_8, MllpReader.DEFAULT_MAX_FRAME_BYTES,
                HospitalZone.ZONE, "EPMA", "", SenderAllowList.anyone(), null);
    }

    public ListenerSettings withBindAddress(String address) {
        return new ListenerSettings(port, address, maxConnections, maxConnectionsPerAddress, idleTimeout, frameTimeout,
                charset, maxFrameBytes, zone, application, facility, senders, tls);
    }

    public ListenerSettings withMaxConnections(int max) {
        return new ListenerSettings(port, bindAddress, max, Math.min(max, maxConnectionsPerAddress), idleTimeout,
                frameTimeout, charset, maxFrameBytes, zone, application, facility, senders, tls);
    }

    public ListenerSettings withMaxConnectionsPerAddress(int max) {
        return new ListenerSettings(port, bindAddress, maxConnections, max, idleTimeout, frameTimeout, charset,
                maxFrameBytes, zone, application, facility, senders, tls);
    }

    public ListenerSettings withIdleTimeout(Duration idle) {
        return new ListenerSettings(port, bindAddress, maxConnections, maxConnectionsPerAddress, idle, frameTimeout,
                charset, maxFrameBytes, zone, application, facility, senders, tls);
    }

    public ListenerSettings withFrameTimeout(Duration frame) {
        return new ListenerSettings(port, bindAddress, maxConnections, maxConnectionsPerAddress, idleTimeout, frame,
                charset, maxFrameBytes, zone, application, facility, senders, tls);
    }

    public ListenerSettings withIdentity(String ourApplication, String ourFacility) {
        return new ListenerSettings(port, bindAddress, maxConnections, maxConnectionsPerAddress, idleTimeout,
                frameTimeout, charset, maxFrameBytes, zone, ourApplication, ourFacility, senders, tls);
    }

    public ListenerSettings withSenders(SenderAllowList allowed) {
        return new ListenerSettings(port, bindAddress, maxConnections, maxConnectionsPerAddress, idleTimeout,
                frameTimeout, charset, maxFrameBytes, zone, application, facility, allowed, tls);
    }

    public ListenerSettings withTls(SSLServerSocketFactory factory) {
        return new ListenerSettings(port, bindAddress, maxConnections, maxConnectionsPerAddress, idleTimeout,
                frameTimeout, charset, maxFrameBytes, zone, application, facility, senders, Objects.requireNonNull(factory));
    }
}
