package org.epma.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.refusal.TooManyAttemptsException;

/** 429 with Retry-After in whole seconds (at least one), so a client knows when to try again. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Override
    public Response toResponse(TooManyAttemptsException e) {
        return Response.fromResponse(Problem.of(e.problemType(), e.title(), Response.Status.TOO_MANY_REQUESTS,
                e.getMessage()).worded(ProblemSentence.tooManyAttempts(e)).toResponse()).header(HttpHeaders.RETRY_AFTER, TooManyAttemptsException.seconds(e.retryAfter())).build();
    }
}
