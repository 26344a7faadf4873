package org.epma.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem. {@code type} is a stable URI a client can switch on; {@code field} names the input
 * that was wrong, for validation problems.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field", "alerts"})
public record Problem(String type, String title, int status, String detail, String field, java.util.List<String> alerts) {

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

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
