package org.epma.web.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers every answer carries, by the path it answers (within the application) and whether the browser
 * reached it over TLS. The pages load only their own scripts, styles, images and API: no inline script or style,
 * no framing, no plugins; the browser keeps no copy of anything but the static assets.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
            "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

    /** The screens use none of these; a page that asks is not ours. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Pages carry patient numbers in their addresses (patient.html?id=…); no request needs a Referer. */
    public static final String REFERRER_POLICY = "no-referrer";

    /** A year: long enough to matter, and a site that stops serving TLS must first serve max-age=0. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /**
     * Stored but checked with the server (ETag) before each use: the files have no version in their names, so a
     * longer life would keep the old script after an upgrade.
     */
    public static final String ASSET_CACHING = "no-cache";

    /** Everything else: API answers with patient data, error answers, and the pages (not kept for the Back button). */
    public static final String NO_STORE = "no-store";

    private static final List<String> ASSET_FOLDERS = List.of("/css/", "/js/", "/img/", "/i18n/");

    private SecurityHeaders() {
    }

    public static Map<String, String> forAnswer(String path, boolean overTls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Cache-Control", isAsset(path) ? ASSET_CACHING : NO_STORE);
        if (overTls) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }

    private static boolean isAsset(String path) {
        return !path.contains("..") && ASSET_FOLDERS.stream().anyMatch(path::startsWith);
    }
}
