package org.epma.web.edge;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Holds path and query parameters to the same text bounds as a body ({@link EdgeRules#checkText}): a user name
 * with NUL in the path, or a date in the year 30000 in a query, is a 400 naming the parameter.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterBounds implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> EdgeRules.checkText(name, value)));
    }
}
