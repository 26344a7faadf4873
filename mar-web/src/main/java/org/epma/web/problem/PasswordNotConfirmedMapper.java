package org.epma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.staff.PasswordNotConfirmedException;

/** The acting user's own password, asked for again, was not right: 403 naming the field, never a 401 (still logged in). */
@Provider
public class PasswordNotConfirmedMapper implements ExceptionMapper<PasswordNotConfirmedException> {
    @Override
    public Response toResponse(PasswordNotConfirmedException e) {
        Problem problem = Problem.of("password-not-confirmed", "Your password was not confirmed", Response.Status.FORBIDDEN,
                e.getMessage());
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), e.field())
                .worded(ProblemSentence.PASSWORD_NOT_CONFIRMED.with()).toResponse();
    }
}
