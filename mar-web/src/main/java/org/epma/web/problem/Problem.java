package org.epma.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.wording.Wording;

/**
 * An RFC 9457 problem. {@code type} is a stable URI a client can switch on; {@code field} names the input
 * that was wrong, for validation problems. {@code detail} stays in English (for API clients and logs); {@code code}
 * and {@code args} say the same as a message key with named arguments, so a screen words it in the user's language.
 * They are absent when the detail has no message key yet: a screen then shows the English detail.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "args", "field", "alerts"})
public record Problem(String type, String title, int status, String detail, String field, List<String> alerts, String code,
                      Map<String, Object> args) {

    public Problem(String type, String title, int status, String detail, String field, List<String> alerts) {
        this(type, title, status, detail, field, alerts, null, null);
    }

    public Problem(String type, String title, int status, String detail, String field) {
        this(type, title, status, detail, field, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://epma.example.org/problems/";

    public static Problem of(String kind, String title, Response.Status status, String detail) {
        return new Problem(BASE + kind, title, status.getStatusCode(), detail, null);
    }

    public static Problem invalid(String field, String detail) {
        return new Problem(BASE + "invalid-input", "The request is not valid", 400, detail, field);
    }

    /** The same problem with its detail as a message key and arguments; unchanged when {@code wording} is null. */
    public Problem worded(Wording wording) {
        return wording == null ? this : new Problem(type, title, status, detail, field, alerts, wording.code(), wording.args());
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
