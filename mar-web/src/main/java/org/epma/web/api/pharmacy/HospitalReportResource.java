package org.epma.web.api.pharmacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.CriticalDoseOmissions;
import org.epma.prescribing.orderreview.VerificationTurnaround;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.WardService;
import org.epma.reports.print.Pdf;
import org.epma.reports.turnaround.VerificationTurnaroundReport;
import org.epma.web.problem.Problem;
import org.epma.web.reports.ReportPrinting;
import org.epma.web.security.StaffRoles;

/**
 * Reports across the hospital's wards that name no patient: figures a pharmacy manager and the IT administrator (who
 * has no clinical access) may both print.
 */
@Path("reports")
@Tag(name = "Reports")
@RolesAllowed({StaffRoles.PHARMACIST, StaffRoles.ADMIN})
public class HospitalReportResource {

    @Inject
    VerificationTurnaroundReport turnaround;

    @Inject
    VerificationTurnaround turnaroundFigures;

    @Inject
    CriticalDoseOmissions omissions;

    @Inject
    WardService wards;

    @Inject
    ReportPrinting printings;

    @Context
    SecurityContext security;

    @GET
    @Path("verification-turnaround")
    @Produces(ReportPrinting.PDF)
    @Operation(summary = "Verification turnaround as PDF: for the orders signed from `from` to `to` (days, both included, in the"
            + " hospital's time zone, or the ward's when `ward` names one; at most 366 days), ward by ward, the median and 90th"
            + " percentile of the time from signing to pharmacy verification and the share verified within 24 hours, with a"
            + " chart by day. Counts and times only: no patient is named")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(mediaType = ReportPrinting.PDF))
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days;"
            + " `field` names which", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response verificationTurnaround(@QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("ward") String ward) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        String wardCode = ward == null || ward.isBlank() ? null : ward.strip();
        Pdf pdf = turnaround.print(wardCode, period, printings.printing(security.getUserPrincipal().getName()));
        return ReportPrinting.pdf(pdf.content(), "verification-turnaround-" + (wardCode == null ? "all" : wardCode) + "-"
                + period.first() + "-" + period.last() + ".pdf");
    }

    @GET
    @Path("verification-turnaround/by-day")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The verification turnaround chart's figures, for the Reports page: day by day over the period (as for the"
            + " PDF), the orders signed and verified, the median and 90th percentile hours from signing to verification, and the"
            + " share verified within 24 hours")
    @APIResponse(responseCode = "200", description = "the days, oldest first")
    @APIResponse(responseCode = "400", description = "as for the PDF", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReportFigures.TurnaroundByDay verificationTurnaroundByDay(@QueryParam("from") String from, @QueryParam("to") String to,
                                                                      @QueryParam("ward") String ward) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return ReportFigures.TurnaroundByDay.of(turnaroundFigures.report(ward == null || ward.isBlank() ? null : ward.strip(), period));
    }

    @GET
    @Path("critical-omissions/by-ward")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Omitted and delayed doses of critical medicines ward by ward over the period (days as for the PDFs, in each"
            + " ward's time zone): doses due, omitted with a reason, not recorded, and given late. Counts only: the ward's own PDF"
            + " names the patients. Pharmacists only: how well wards give critical medicines is clinical governance, not the"
            + " IT administrator's")
    @APIResponse(responseCode = "200", description = "every ward, in the order the site lists them")
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReportFigures.WardOmissions> criticalOmissionsByWard(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return wards.wards().stream().map(w -> ReportFigures.WardOmissions.of(omissions.report(w.ward().code(), period))).toList();
    }
}
