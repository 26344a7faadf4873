package org.epma.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.epma.web.site.TlsSettings;

/**
 * Puts {@link SecurityHeaders} on every answer of the application before anything is written, and again when the
 * container forwards to its error page, so an error answer carries them too.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    TlsSettings tls;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        SecurityHeaders.forAnswer(path, request.isSecure() || tls.terminatedByProxy()).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
