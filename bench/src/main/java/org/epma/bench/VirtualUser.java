package org.epma.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated member of staff at a ward computer: logs in once, then opens the ward list and a ward's
 * patient list, again and again with no think time (a closed loop, so the load is what the server can
 * take). It has its own HttpClient, so its own connection and its own session, as a browser would.
 *
 * <p>"Virtual user" in the load-testing sense: Java 17 has no virtual threads, so each user is a platform
 * thread, which is fine for the tens to hundreds of users a ward system sees.
 */
final class VirtualUser implements Callable<Map<RequestType, LatencyRecorder>> {

    /** The training wards (config/wards.csv), visited in turn; each user starts at a different one. */
    static final List<String> WARD_ROTATION = List.of("DEWI", "TEIFI", "ENFYS");

    private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    /** The title of an RFC 9457 problem answer, e.g. "Not logged in", so that errors are grouped by what went wrong. */
    private static final Pattern PROBLEM_TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]{1,80})\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long BACK_OFF_MILLIS = 100;

    private final int number;
    private final URI base;
    private final LoadWindow window;
    private final HttpClient client;
    private final SessionCookies cookies = new SessionCookies();
    private final Map<RequestType, LatencyRecorder> recorders = new EnumMap<>(RequestType.class);

    VirtualUser(int number, URI base, LoadWindow window) {
        this.number = number;
        this.base = base;
        this.window = window;
        // HTTP/1.1 as browsers speak to a plain-http server (the JDK would otherwise try an h2c upgrade);
        // redirects are not followed so that a redirect to a login page shows up as an error.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (RequestType type : RequestType.values()) {
            recorders.put(type, new LatencyRecorder());
        }
    }

    @Override
    public Map<RequestType, LatencyRecorder> call() throws InterruptedException {
        boolean loggedIn = false;
        try {
            window.awaitLoginStart();
            loggedIn = logIn();
        } finally {
            window.loginFinished(); // even when it failed or threw, or the window would never open
        }
        if (!loggedIn) {
            return recorders;
        }
        window.awaitWindow();
        int visit = number;
        while (window.isOpen() && !Thread.currentThread().isInterrupted()) {
            String ward = WARD_ROTATION.get(visit++ % WARD_ROTATION.size());
            // the list must name the ward we go on to open, or the answer was not the ward list
            String wards = exchange(RequestType.WARDS, get("api/v1/wards"),
                    body -> body.contains("\"" + ward + "\"") ? null : "2xx without ward " + ward);
            if (wards != null) {
                exchange(RequestType.WARD_PATIENTS, get("api/v1/wards/" + ward + "/patients"),
                        body -> body.startsWith("[") ? null : "2xx without a JSON array");
            }
        }
        return recorders;
    }

    private boolean logIn() throws InterruptedException {
        DemoUsers.Credentials account = DemoUsers.forUser(number);
        String json = "{\"username\":\"" + account.username() + "\",\"password\":\"" + account.password() + "\"}";
        HttpRequest login = request("api/v1/session")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        String body = exchange(RequestType.LOGIN, login, answer -> {
            Matcher token = CSRF_TOKEN.matcher(answer);
            if (!token.find()) {
                return "2xx without csrfToken";
            }
            return cookies.has("JSESSIONID") ? null : "2xx without JSESSIONID cookie";
        });
        // the CSRF token is only needed for changes; the ward screens only read, so it is not kept
        return body != null;
    }

    private static String failure(HttpResponse<String> response) {
        Matcher title = PROBLEM_TITLE.matcher(response.body() == null ? "" : response.body());
        return "HTTP " + response.statusCode() + (title.find() ? " " + title.group(1) : "");
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        cookies.header().ifPresent(cookie -> builder.header("Cookie", cookie));
        return builder;
    }

    /**
     * Sends one request and records it: the latency (send to last byte of the body) if it succeeded, or the
     * cause if not. Returns the body of a successful answer, null otherwise. {@code problem} looks at a 2xx
     * body and names what is wrong with it, or returns null.
     */
    private String exchange(RequestType type, HttpRequest request, Function<String, String> problem)
            throws InterruptedException {
        LatencyRecorder recorder = recorders.get(type);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - started;
            cookies.remember(response.headers());
            if (response.statusCode() / 100 != 2) {
                recorder.error(failure(response));
                return null;
            }
            String wrong = problem.apply(response.body());
            if (wrong != null) {
                recorder.error(wrong);
                return null;
            }
            recorder.success(latency);
            return response.body();
        } catch (HttpTimeoutException timeout) {
            recorder.error("timeout after " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException failed) {
            recorder.error(failed.getClass().getSimpleName());
            // the server is not answering at all: pause, or this loop records failures as fast as the CPU allows
            Thread.sleep(BACK_OFF_MILLIS);
        }
        return null;
    }
}
