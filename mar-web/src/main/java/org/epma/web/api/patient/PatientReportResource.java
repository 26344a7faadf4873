package org.epma.web.api.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.PatientMarHistory;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.mar.PatientMarReport;
import org.epma.reports.print.Pdf;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.reports.ReportPrinting;
import org.epma.web.security.StaffRoles;

/** A patient's printed reports as PDF, in the caller's language: those who may read the patient's chart may print it. */
@Path("patients/{patientId}/reports")
@Tag(name = "Reports")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class PatientReportResource {

    @Inject
    PatientMarHistory histories;

    @Inject
    PatientMarReport marReport;

    @Inject
    ReportPrinting printings;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @Path("mar")
    @Produces(ReportPrinting.PDF)
    @Operation(summary = "The patient's medicines administration record from `from` to `to` as PDF (days such as 2026-12-01,"
            + " both included, in the time zone of the patient's ward; at most 366 days): order by order, every dose"
            + " scheduled and what happened to it (given, when, by whom and witnessed by whom; not given and why; nothing"
            + " recorded), and every as-needed dose given")
    @APIResponse(responseCode = "200", description = "the record", content = @Content(mediaType = ReportPrinting.PDF))
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days;"
            + " `field` names which", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such patient", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.PATIENT_MAR_REPORT)
    public Response mar(@PathParam("patientId") long patientId, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        // read before filling, so the read's transaction has ended: printing holds nothing a nurse waits on
        PatientMarHistory.Record record = histories.record(patientId, period);
        Pdf pdf = marReport.print(record, printings.printing(security.getUserPrincipal().getName()));
        access.shown(patientId);
        return ReportPrinting.pdf(pdf.content(), "mar-" + record.hospitalNumber() + "-" + period.first() + "-" + period.last() + ".pdf");
    }
}
