package org.epma.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One browser-like client of the REST API: its own cookies, and the CSRF token of its session. */
public final class ApiClient {

    private final URI base;
    private final HttpClient http;
    private String csrfToken;
    private String forwardedFor;

    public ApiClient(URL deployment) {
        // Payara Micro reports the machine's outside address; the tests talk to it over loopback
        this.base = URI.create(deployment.toString().replace(deployment.getHost(), "127.0.0.1"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Speaks for another client address, as a trusted proxy would (the test server trusts 127.0.0.1 as one), so a test
     * that fails logins on purpose has a login throttle count of its own.
     */
    public ApiClient from(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    public static URI loopback(URL deployment) {
        return URI.create(deployment.toString().replace(deployment.getHost(), "127.0.0.1"));
    }

    public record Reply(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }
    }

    public Reply logIn(String username, String password) {
        Reply reply = send("POST", "api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() == 200) {
            csrfToken = reply.json().getString("csrfToken");
        }
        return reply;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply send(String method, String path, String json) {
        return send(method, path, json, true);
    }

    /** A GET whose answer is read as bytes (a PDF): the status and the body, which is null unless the status is 200. */
    public byte[] getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply sendWithoutCsrf(String method, String path, String json) {
        return send(method, path, json, false);
    }

    public Reply sendWithoutCsrf(String method, String path, String json, Map<String, String> headers) {
        return send(method, path, json, false, headers);
    }

    public Reply send(String method, String path, String json, Map<String, String> headers) {
        return send(method, path, json, true, headers);
    }

    /** A request with a body of any type, e.g. text/plain where JSON is expected. */
    public Reply sendTyped(String method, String path, String body, String contentType) {
        return sendBytes(method, path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType, Map.of());
    }

    /** Any bytes as a body (null: none), with any Content-Type (null: none), and the session's CSRF token. */
    public Reply sendBytes(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        headers.forEach(request::header);
        return exchange(request);
    }

    private Reply send(String method, String path, String json, boolean withCsrf) {
        return send(method, path, json, withCsrf, Map.of());
    }

    private Reply send(String method, String path, String json, boolean withCsrf, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (withCsrf && csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        headers.forEach(request::header);
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
