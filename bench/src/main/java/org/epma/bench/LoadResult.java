package org.epma.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a {@link WardListLoad} measured. "Requests" and "throughput" are the ward-screen requests in the
 * measured window; the logins before the window are reported on their own.
 */
public final class LoadResult {

    private final URI base;
    private final int users;
    private final Duration loginPhase;
    private final Duration window;
    private final Map<RequestType, LatencySummary> byType;

    LoadResult(URI base, int users, Duration loginPhase, Duration window, Map<RequestType, LatencySummary> byType) {
        this.base = base;
        this.users = users;
        this.loginPhase = loginPhase;
        this.window = window;
        this.byType = Map.copyOf(byType);
    }

    public URI base() {
        return base;
    }

    public int users() {
        return users;
    }

    public Duration loginPhase() {
        return loginPhase;
    }

    public Duration window() {
        return window;
    }

    public LatencySummary logins() {
        return byType.get(RequestType.LOGIN);
    }

    /** The ward-screen request types, in the order a user makes them. */
    public List<LatencySummary> wardRequests() {
        return List.of(byType.get(RequestType.WARDS), byType.get(RequestType.WARD_PATIENTS));
    }

    /** Ward-screen requests made in the window, answered or failed. */
    public long requests() {
        return wardRequests().stream().mapToLong(LatencySummary::requests).sum();
    }

    /** Ward-screen requests per second over the measured window. */
    public double throughput() {
        return perSecond(requests(), window);
    }

    /** All errors, logins included. */
    public long errors() {
        return logins().errors() + wardRequests().stream().mapToLong(LatencySummary::errors).sum();
    }

    static double perSecond(long count, Duration over) {
        double seconds = over.toNanos() / 1e9;
        return seconds > 0 ? count / seconds : 0;
    }
}
