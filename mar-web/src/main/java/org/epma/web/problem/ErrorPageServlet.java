package org.epma.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml): what JAX-RS never sees, such as a missing static file, a method the
 * default servlet refuses, or an exception outside the API, is answered as a problem too, instead of Payara's HTML
 * page naming the server and its version.
 */
@WebServlet(name = "error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem;
        var refused = status >= 500 && failure != null ? StoreRefusals.of(failure) : Optional.<Problem>empty();
        if (refused.isPresent()) {
            // e.g. the database down while a filter checks the session's account: a 503 (or 409), not an incident
            problem = refused.get();
            status = problem.status();
        } else if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error outside the API, incident " + incident, failure);
            problem = new Problem("https://epma.example.org/problems/internal-error", "Something went wrong", status,
                    "The request could not be completed. Quote incident " + incident + " to the IT service desk.", null)
                    .worded(ProblemSentence.INTERNAL_ERROR.with(incident));
        } else {
            problem = new Problem("https://epma.example.org/problems/http-" + status, reason(status), status, detail(status), null)
                    .worded(ProblemSentence.forStatus(status));
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Request refused";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 413 -> "The request is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request was refused.";
        };
    }
}
