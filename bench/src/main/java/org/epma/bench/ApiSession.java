package org.epma.bench;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One logged-in user talking JSON to the API: its own connection, session cookie and CSRF token. */
final class ApiSession {

    record Answer(int status, String body, long nanos) {
        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final SessionCookies cookies;
    private String csrf;

    private ApiSession(URI base) {
        this(base, new SessionCookies(), null);
    }

    private ApiSession(URI base, SessionCookies cookies, String csrf) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.cookies = cookies;
        this.csrf = csrf;
    }

    /** The same login (session cookie and CSRF token) sending to another instance, as a load balancer would. */
    ApiSession on(URI instance) {
        return new ApiSession(instance, cookies, csrf);
    }

    static ApiSession logIn(URI base, String username, String password) {
        ApiSession session = new ApiSession(base);
        Answer answer = session.logInAnswer(username, password);
        if (!answer.ok()) {
            throw new IllegalStateException(username + " could not log in: " + answer.status() + " " + answer.body());
        }
        session.csrf = answer.json().asJsonObject().getString("csrfToken");
        return session;
    }

    /** A login that may be refused: the server's answer, whatever it is. */
    static Answer attempt(URI base, String username, String password) {
        return new ApiSession(base).logInAnswer(username, password);
    }

    private Answer logInAnswer(String username, String password) {
        return send("POST", "api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", Map.of());
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** A change that must succeed while setting up; a refusal stops the benchmark with the server's reason. */
    Answer must(String method, String path, String json) {
        Answer answer = send(method, path, json, Map.of());
        if (!answer.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    Answer send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        cookies.header().ifPresent(cookie -> request.header("Cookie", cookie));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.remember(response.headers());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
