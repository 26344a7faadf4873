package org.epma.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A Location the API answers (201 Created) is a path on this server, never an absolute URL: JAX-RS builds those from
 * the request's Host header, which the client chooses. Jersey is told not to make it absolute again
 * (RestApplication).
 */
@Provider
public class PathOnlyLocation implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        URI location = response.getLocation();
        if (location != null && (location.isAbsolute() || location.getRawAuthority() != null)) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, pathOf(location));
        }
    }

    static URI pathOf(URI location) {
        String path = location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath();
        return URI.create(location.getRawQuery() == null ? path : path + "?" + location.getRawQuery());
    }
}
