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
 * Serves the FHIR API at {@code <server>/fhir/…}, the base FHIR clients expect, by passing each request to the REST
 * application's {@code /api/v1/fhir/…}, where the login, roles, read auditing and the OpenAPI document already cover
 * it. The login is checked on the first dispatch, so the security mechanism also looks at {@code /fhir/}.
 */
@WebFilter(urlPatterns = {"/fhir", "/fhir/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class FhirAddress extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getRequestDispatcher("/api/v1" + path).forward(request, response);
    }
}
