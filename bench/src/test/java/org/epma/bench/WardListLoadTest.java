package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load driver against a stand-in for the ePMA API (the contract the benchmark is written to), so the
 * driver can be tested in a second rather than with a booted application: sessions by cookie, 401 without.
 */
class WardListLoadTest {

    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger wrongPasswords = new AtomicInteger();
    private final AtomicInteger patientRequests = new AtomicInteger();
    private volatile boolean failWardList;
    private HttpServer server;
    private ExecutorService threads;

    @BeforeEach
    void startFakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/api/v1/session", this::login);
        server.createContext("/api/v1/wards", this::wards);
        server.start();
    }

    @AfterEach
    void stopFakeApi() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void logsEveryUserInOnceThenLoadsTheWardScreens() throws Exception {
        LoadResult result = new WardListLoad(base(), 8, Duration.ofSeconds(1)).run();

        assertEquals(0, result.errors(), () -> result.logins().errorsByCause() + " "
                + result.wardRequests().stream().map(LatencySummary::errorsByCause).toList());
        assertEquals(0, wrongPasswords.get());
        assertEquals(8, result.logins().successes());
        assertEquals(8, sessions.size(), "one session per user");
        assertTrue(result.requests() > 0);
        assertEquals(patientRequests.get(), result.wardRequests().get(1).successes());
        assertTrue(result.throughput() > 0);
    }

    @Test
    void countsFailedAnswersAsErrors() throws Exception {
        failWardList = true;
        LoadResult result = new WardListLoad(base(), 2, Duration.ofMillis(300)).run();

        assertTrue(result.errors() > 0);
        assertTrue(result.wardRequests().get(0).errorsByCause().containsKey("HTTP 503"));
        assertEquals(0, result.wardRequests().get(1).requests(), "no ward opened without a ward list");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); // no trailing slash on purpose
    }

    private void login(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean known = "POST".equals(exchange.getRequestMethod()) && knownAccount(body);
        if (!known) {
            wrongPasswords.incrementAndGet();
            answer(exchange, 401, "{\"title\":\"Login refused\"}");
            return;
        }
        String session = UUID.randomUUID().toString();
        sessions.add(session);
        // Secure as a production deployment might set it: the driver must still send it over plain http
        exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + session + "; Path=/; Secure; HttpOnly; SameSite=Strict");
        answer(exchange, 200, "{\"username\":\"x\",\"csrfToken\":\"token-" + session + "\",\"training\":true}");
    }

    private static boolean knownAccount(String body) {
        for (int user = 0; user < DemoUsers.count(); user++) {
            DemoUsers.Credentials account = DemoUsers.forUser(user);
            if (body.equals("{\"username\":\"" + account.username() + "\",\"password\":\"" + account.password() + "\"}")) {
                return true;
            }
        }
        return false;
    }

    private void wards(HttpExchange exchange) throws IOException {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null || !sessions.contains(cookie.replaceFirst("^JSESSIONID=", ""))) {
            answer(exchange, 401, "{\"title\":\"Not logged in\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v1/wards")) {
            if (failWardList) {
                answer(exchange, 503, "{}");
                return;
            }
            answer(exchange, 200, "[{\"code\":\"DEWI\"},{\"code\":\"TEIFI\"},{\"code\":\"ENFYS\"}]");
        } else if (List.of("/api/v1/wards/DEWI/patients", "/api/v1/wards/TEIFI/patients",
                "/api/v1/wards/ENFYS/patients").contains(path)) {
            patientRequests.incrementAndGet();
            answer(exchange, 200, "[{\"bed\":\"1\"}]");
        } else {
            answer(exchange, 404, "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
