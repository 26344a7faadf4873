package org.epma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.order.SigningRefusedException;

/** A HARD_STOP is a conflict with the patient's state (409); alerts still to acknowledge or override are 422. */
@Provider
public class SigningRefusedMapper implements ExceptionMapper<SigningRefusedException> {

    @Override
    public Response toResponse(SigningRefusedException e) {
        if (e.needsPrescriber()) {
            return new Problem("https://epma.example.org/problems/refer-to-prescriber", "A prescriber is needed", 409,
                    e.getMessage(), null, e.alertKeys()).worded(ProblemSentence.REFER_TO_PRESCRIBER.with()).toResponse();
        }
        return (e.hardStop()
                ? new Problem("https://epma.example.org/problems/hard-stop", "The order cannot be signed", 409, e.getMessage(), null,
                        e.alertKeys()).worded(ProblemSentence.HARD_STOP.with())
                : new Problem("https://epma.example.org/problems/unacknowledged-alerts", "Alerts need attention", 422,
                        e.getMessage(), null, e.alertKeys()).worded(ProblemSentence.ALERTS_NEED_ATTENTION.with(e.alertKeys().size())))
                .toResponse();
    }
}
