package org.epma.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.refusal.InvalidInputException;

/** Malformed requests, HTTP-level errors and, last, anything unexpected, all as problems without stack traces. */
public final class RequestProblemMappers {

    private static final Logger LOG = Logger.getLogger(RequestProblemMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private RequestProblemMappers() {
    }

    static Response unreadable(Throwable e) {
        Throwable cause = e;
        String field = null;
        while (cause != null) {
            Matcher m = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (field == null && m.find()) {
                field = m.group(1);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String detail = field == null
                ? "The request body is not valid JSON of the expected shape."
                : "The value of '" + field + "' has the wrong type or form.";
        return new Problem("https://epma.example.org/problems/malformed-body", "The request body cannot be read", 400,
                detail, field).worded(field == null ? ProblemSentence.MALFORMED_BODY.with() : ProblemSentence.MALFORMED_FIELD.with(field))
                .toResponse();
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class UnparseableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class UnreadableEntity implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getEntity() instanceof Problem) {
                return original;
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
                return unreadable(e.getCause());
            }
            if (e.getCause() instanceof InvalidInputException invalid) {
                // a query or path parameter its converter refused (EnumCodeParameters): JAX-RS wraps that in a 404
                return Problem.invalid(invalid.field(), invalid.getMessage()).worded(invalid.wording()).toResponse();
            }
            Response.StatusType status = original.getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address answers in JSON only.";
                case 415 -> "Send the request body as application/json.";
                default -> status.getReasonPhrase();
            };
            Response.ResponseBuilder response = Response.status(status.getStatusCode())
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("https://epma.example.org/problems/http-" + status.getStatusCode(),
                            status.getReasonPhrase(), status.getStatusCode(), detail, null)
                            .worded(ProblemSentence.forStatus(status.getStatusCode())));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
    }

    /** The last resort: log the cause under an incident number the user can quote, show no internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return unreadable(cause);
                }
            }
            var refused = StoreRefusals.of(e);
            if (refused.isPresent()) {
                LOG.info("The database refused a change: " + refused.get().detail());
                LOG.log(Level.FINE, "The refusal", e);
                return refused.get().toResponse();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.of("internal-error", "Something went wrong", Response.Status.INTERNAL_SERVER_ERROR,
                    "The request could not be completed. Quote incident " + incident + " to the IT service desk.")
                    .worded(ProblemSentence.INTERNAL_ERROR.with(incident)).toResponse();
        }
    }
}
