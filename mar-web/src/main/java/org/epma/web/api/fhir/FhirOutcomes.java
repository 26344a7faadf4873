package org.epma.web.api.fhir;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import org.epma.web.problem.Problem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Every problem a FHIR request meets (a bad search, an unknown id or resource type, a format it cannot have, not
 * logged in, a role refused, a server fault) leaves as an OperationOutcome with the same status, never as
 * problem+json or a page. Runs after the audit's filters, which read the problem itself (response filters run from
 * the highest priority down).
 */
@Provider
@Priority(Priorities.USER - 1000)
public class FhirOutcomes implements ContainerResponseFilter {

    /** The problem's own type, so that a client may tell problems apart as the REST API's clients do. */
    static final String PROBLEM_TYPE_SYSTEM = "urn:ietf:rfc:3986";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !FhirMedia.isFhir(request.getUriInfo())) {
            return;
        }
        response.setEntity(outcome(problem), new Annotation[0], MediaType.valueOf(FhirMedia.FHIR_JSON));
    }

    static OperationOutcome outcome(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        var issue = outcome.addIssue().setSeverity(problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(problem.status()));
        issue.setDetails(new CodeableConcept(new Coding(PROBLEM_TYPE_SYSTEM, problem.type(), null)).setText(problem.title()));
        issue.setDiagnostics(problem.field() == null ? problem.detail() : problem.detail() + " (parameter " + problem.field() + ")");
        return outcome;
    }

    private static IssueType issueType(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 429 -> IssueType.THROTTLED;
            case 413 -> IssueType.TOOLONG;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
