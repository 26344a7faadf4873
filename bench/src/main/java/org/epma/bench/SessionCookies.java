package org.epma.bench;

import java.net.HttpCookie;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One simulated user's cookies (in practice the JSESSIONID of its login), sent back on every request like a
 * browser tab does. Not java.net.CookieManager: that withholds cookies marked Secure over plain http, while
 * browsers send them to http://localhost, so a Secure session cookie would turn every request into a 401
 * here and nowhere else. Paths, domains and expiry dates do not matter for one user talking to one server.
 */
final class SessionCookies {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Takes in the Set-Cookie headers of a response; a cookie set with Max-Age=0 (deleted) is forgotten. */
    void remember(HttpHeaders headers) {
        for (String setCookie : headers.allValues("set-cookie")) {
            for (HttpCookie cookie : parse(setCookie)) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    /** The Cookie header to send, if there is anything to send. */
    Optional<String> header() {
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; ")));
    }

    boolean has(String name) {
        return cookies.containsKey(name);
    }

    private static Iterable<HttpCookie> parse(String setCookie) {
        try {
            return HttpCookie.parse(setCookie);
        } catch (IllegalArgumentException malformed) {
            return java.util.List.of(); // a browser ignores a cookie it cannot read, and so do we
        }
    }
}
