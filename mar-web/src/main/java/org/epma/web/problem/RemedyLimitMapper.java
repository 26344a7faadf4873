package org.epma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.pgd.RemedyLimitException;

/**
 * A homely remedy dose the site's protocol does not allow now is a conflict with the patient's earlier doses (409), typed
 * by the limit so a screen can tell "wait" (too soon, the day's doses given) from "ask a prescriber" (the duration run).
 */
@Provider
public class RemedyLimitMapper implements ExceptionMapper<RemedyLimitException> {

    @Override
    public Response toResponse(RemedyLimitException e) {
        return (switch (e.limit()) {
            case TOO_SOON -> Problem.of("homely-remedy/too-soon", "Too soon for another dose of this homely remedy",
                    Response.Status.CONFLICT, e.getMessage());
            case DAILY_MAXIMUM -> Problem.of("homely-remedy/daily-maximum",
                    "The homely remedies protocol's doses in 24 hours have been given", Response.Status.CONFLICT, e.getMessage());
            case DURATION -> Problem.of("homely-remedy/refer-to-prescriber",
                    "The homely remedies protocol's duration has run: a prescriber is needed", Response.Status.CONFLICT, e.getMessage());
        }).worded(e.wording()).toResponse();
    }
}
