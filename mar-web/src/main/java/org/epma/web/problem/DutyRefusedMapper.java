package org.epma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.refusal.DutyRefusedException;

/**
 * A separation-of-duties refusal is 403 with a type per rule (…/problems/duty/own-order-verification), so a screen can
 * say which rule it was: the role allows the action, but not to this person on this record.
 */
@Provider
public class DutyRefusedMapper implements ExceptionMapper<DutyRefusedException> {

    @Override
    public Response toResponse(DutyRefusedException e) {
        return new Problem("https://epma.example.org/problems/duty/" + e.duty().code(), "Not allowed: separation of duties",
                403, e.getMessage(), null).worded(e.duty().with()).toResponse();
    }
}
