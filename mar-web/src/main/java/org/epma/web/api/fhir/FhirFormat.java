package org.epma.web.api.fhir;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.epma.web.problem.Problem;

/**
 * The FHIR API answers in JSON only: a {@code _format} asking for anything else (XML, Turtle) is a 406 before the
 * request is served. An Accept header without JSON gets the same from JAX-RS itself.
 */
@Provider
@Priority(Priorities.USER)
public class FhirFormat implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!FhirMedia.isFhir(request.getUriInfo())) {
            return;
        }
        for (String format : request.getUriInfo().getQueryParameters().getOrDefault("_format", java.util.List.of())) {
            String asked = format.strip().toLowerCase(Locale.ROOT);
            int parameters = asked.indexOf(';');
            if (!FhirMedia.JSON_FORMATS.contains(parameters < 0 ? asked : asked.substring(0, parameters).strip())) {
                request.abortWith(Problem.of("fhir-format", "Format not supported", jakarta.ws.rs.core.Response.Status.NOT_ACCEPTABLE,
                                "This server answers in FHIR JSON only (_format=json); it cannot give " + format + ".")
                        .worded(FhirSentence.FORMAT_NOT_SUPPORTED.with(format)).toResponse());
                return;
            }
        }
    }
}
