package org.epma.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ward-list load: {@code users} simulated staff log in together, then for {@code duration} each opens
 * the ward list and a ward's patients in a closed loop. Works against any running ePMA (training data
 * needed: it logs in as the demo users).
 */
public final class WardListLoad {

    /** Long enough for every user's PBKDF2 login on a small, busy machine, short enough to notice a hang. */
    private static final Duration LOGIN_PHASE_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final int users;
    private final Duration duration;

    /** @param baseUrl the application's root, e.g. http://localhost:8080/ (the API is under api/v1/) */
    public WardListLoad(URI baseUrl, int users, Duration duration) {
        if (users < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("need at least one user and a positive duration");
        }
        String url = baseUrl.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/"); // so that resolve() keeps a context path
        this.users = users;
        this.duration = duration;
    }

    public LoadResult run() throws InterruptedException {
        LoadWindow window = new LoadWindow(users);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users, task -> {
            Thread thread = new Thread(task, "bench-user-" + threadNumber.incrementAndGet());
            thread.setDaemon(true); // a stuck request must not keep the JVM alive after the report
            return thread;
        });
        try {
            List<Future<Map<RequestType, LatencyRecorder>>> running = new ArrayList<>();
            for (int user = 0; user < users; user++) {
                running.add(pool.submit(new VirtualUser(user, base, window)));
            }
            window.startLogins();
            Duration loginPhase = window.awaitLoginsThenOpen(duration, LOGIN_PHASE_TIMEOUT);
            List<Map<RequestType, LatencyRecorder>> results = new ArrayList<>();
            for (Future<Map<RequestType, LatencyRecorder>> user : running) {
                results.add(result(user));
            }
            // measured to the last answer, not to the deadline: requests in flight at the deadline count
            Duration measured = Duration.ofNanos(System.nanoTime() - window.windowStartNanos());
            return new LoadResult(base, users, loginPhase, measured, summaries(results));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<RequestType, LatencyRecorder> result(Future<Map<RequestType, LatencyRecorder>> user)
            throws InterruptedException {
        try {
            return user.get();
        } catch (ExecutionException crashed) {
            // a bug in the driver, not an answer from the server: say so rather than report fewer requests
            throw new IllegalStateException("a simulated user failed", crashed.getCause());
        }
    }

    private static Map<RequestType, LatencySummary> summaries(List<Map<RequestType, LatencyRecorder>> results) {
        Map<RequestType, LatencySummary> summaries = new EnumMap<>(RequestType.class);
        for (RequestType type : RequestType.values()) {
            summaries.put(type, LatencySummary.merge(type, results.stream().map(r -> r.get(type)).toList()));
        }
        return summaries;
    }
}
