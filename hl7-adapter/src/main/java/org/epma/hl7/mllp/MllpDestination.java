package org.epma.hl7.mllp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

/**
 * Where and how {@link MllpClient} connects.
 *
 * @param tls null for plain TCP; otherwise the factory (with its trust store and client key) for TLS
 */
public record MllpDestination(String host, int port, Duration connectTimeout, Duration ackTimeout,
                              SSLSocketFactory tls, Charset charset) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(30);

    public MllpDestination {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(ackTimeout, "ackTimeout");
        Objects.requireNonNull(charset, "charset");
    }

    /** Plain TCP, UTF-8, default timeouts. */
    public static MllpDestination plain(String host, int port) {
        return new MllpDestination(host, port, DEFAULT_CONNECT_TIMEOUT, DEFAULT_ACK_TIMEOUT, null,
                StandardCharsets.UTF_8);
    }

    public MllpDestination withTimeouts(Duration connect, Duration ack) {
        return new MllpDestination(host, port, connect, ack, tls, charset);
    }

    public MllpDestination withTls(SSLSocketFactory factory) {
        return new MllpDestination(host, port, connectTimeout, ackTimeout, Objects.requireNonNull(factory), charset);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a positive number of milliseconds: " + d);
        }
    }
}
