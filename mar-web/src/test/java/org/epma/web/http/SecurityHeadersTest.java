package org.epma.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleNoFramingAndNoOtherOrigin() {
        String policy = SecurityHeaders.forAnswer("/index.html", false).get("Content-Security-Policy");
        List<String> directives = List.of(policy.split("; "));
        for (String required : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
                "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")) {
            assertTrue(directives.contains(required), required + " missing from " + policy);
        }
        for (String loophole : List.of("unsafe-inline", "unsafe-eval", "data:", "*", "http:", "https:")) {
            assertFalse(policy.contains(loophole), loophole + " in " + policy);
        }
    }

    @Test
    void onlyTheStaticAssetsMayBeKeptByTheBrowser() {
        for (String asset : List.of("/css/app.css", "/js/api.js", "/img/tick.svg", "/i18n/cy.json")) {
            assertEquals("no-cache", SecurityHeaders.forAnswer(asset, false).get("Cache-Control"), asset);
        }
        for (String other : List.of("/api/v1/patients/1/mar", "/api/v1/wards", "/", "/index.html", "/patient.html",
                "/error-page", "/css", "/jsx/a.js", "/css/../api/v1/wards", "/metrics")) {
            assertEquals("no-store", SecurityHeaders.forAnswer(other, false).get("Cache-Control"), other);
        }
    }

    @Test
    void hstsOnlyOverTls() {
        assertFalse(SecurityHeaders.forAnswer("/", false).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000", SecurityHeaders.forAnswer("/", true).get("Strict-Transport-Security"));
    }

    @Test
    void everyAnswerSaysNoSniffingNoFramingNoReferrerAndNoDeviceFeatures() {
        Map<String, String> headers = SecurityHeaders.forAnswer("/api/v1/system", false);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertTrue(headers.get("Permissions-Policy").contains("camera=()"), headers.get("Permissions-Policy"));
        assertEquals("same-origin", headers.get("Cross-Origin-Opener-Policy"));
    }
}
