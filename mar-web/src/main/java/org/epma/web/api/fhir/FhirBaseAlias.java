package org.epma.web.api.fhir;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /fhir/…}, the FHIR base the issue names, served by the one implementation at {@code /api/v1/fhir/…}: the
 * request is forwarded inside the server, so the same JAX-RS resources answer it with the same roles, CSRF rule, read
 * auditing and OperationOutcomes. The login mechanism checks the session on {@code /fhir/} as on {@code /api/}
 * ({@link #covers}) before this filter runs; the forward keeps the caller it found. The query string is the original
 * request's (the forward adds none, so no parameter arrives twice); Bundle links name {@code /api/v1/fhir/}.
 */
@WebFilter(filterName = "fhir-base-alias", urlPatterns = {FhirBaseAlias.PATH, FhirBaseAlias.PATH + "/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class FhirBaseAlias extends HttpFilter {

    static final String PATH = "/fhir";
    private static final String TARGET = "/api/v1/" + FhirMedia.PATH;

    /** Whether a request (its URI within the application) is one of the alias's, so a login is checked as for the API. */
    public static boolean covers(String pathInContext) {
        return pathInContext.equals(PATH) || pathInContext.startsWith(PATH + "/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        request.getRequestDispatcher(TARGET + rest).forward(request, response);
    }
}
