package org.epma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.refusal.ReauthenticationException;

/**
 * 422 naming the field {@code password}: …/problems/password-required when none came, …/problems/password-not-accepted
 * when it was wrong. Never 401, which would end the user's session in the screens.
 */
@Provider
public class ReauthenticationMapper implements ExceptionMapper<ReauthenticationException> {

    @Override
    public Response toResponse(ReauthenticationException e) {
        return new Problem("https://epma.example.org/problems/" + (e.missing() ? "password-required" : "password-not-accepted"),
                e.missing() ? "Password needed" : "Password not accepted", 422, e.getMessage(), e.field())
                .worded((e.missing() ? ProblemSentence.PASSWORD_REQUIRED : ProblemSentence.PASSWORD_NOT_ACCEPTED).with()).toResponse();
    }
}
