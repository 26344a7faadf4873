package org.epma.web.api.ward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.ControlledDrugRegister;
import org.epma.prescribing.administration.CriticalDoseOmissions;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.prescribing.orderreview.OverridesAndInterventions;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.WardService;
import org.epma.reports.controlled.ControlledDrugRegisterReport;
import org.epma.reports.critical.CriticalOmissionsReport;
import org.epma.reports.downtime.DowntimeMarReport;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.Printing;
import org.epma.reports.review.OverridesInterventionsReport;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.reports.DowntimeMarArchive;
import org.epma.web.reports.DowntimeMarJob;
import org.epma.web.reports.ReportPrinting;
import org.epma.web.security.StaffRoles;

/**
 * A ward's printed reports as PDF, in the caller's language. Clinical staff only, the overrides and interventions
 * pharmacists only: an administrator looks after the system, not the patients, and prints no report naming a patient.
 */
@Path("wards/{code}/reports")
@Tag(name = "Reports")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class ReportResource {

    private static final String PDF = ReportPrinting.PDF;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    @Inject
    DowntimeMarReport downtimeMar;

    @Inject
    ControlledDrugRegisterReport controlledDrugs;

    @Inject
    DowntimeMarJob downtimeJob;

    @Inject
    DowntimeChart downtimeCharts;

    @Inject
    ControlledDrugRegister registers;

    @Inject
    PatientAccess access;

    @Inject
    WardService wards;

    @Inject
    ReportPrinting printings;

    @Inject
    CriticalOmissionsReport criticalOmissions;

    @Inject
    CriticalDoseOmissions omissions;

    @Inject
    OverridesInterventionsReport overridesInterventions;

    @Inject
    OverridesAndInterventions reviews;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("downtime-mar")
    @Produces(PDF)
    @Operation(summary = "The ward's downtime medicines chart now, as PDF: a page or more for each patient (allergies and"
            + " weight on every page), each current order and a box to sign for every dose due in the next 24 hours")
    @APIResponse(responseCode = "200", description = "the chart", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.DOWNTIME_CHART)
    public Response downtimeMar(@PathParam("code") String code) {
        // read before filling, so the read's transaction has ended: printing holds nothing a nurse waits on
        DowntimeChart.Sheet sheet = downtimeCharts.sheet(code);
        Pdf pdf = downtimeMar.print(sheet, printing());
        access.shown(code, sheet.patients().stream().map(DowntimeChart.PatientSheet::patientId).toList());
        return pdf(pdf.content(), "downtime-mar-" + code + "-" + FILE_STAMP.format(clock.instant()) + ".pdf");
    }

    @GET
    @Path("downtime-mar/written")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The downtime charts last written for the ward by the scheduled job (newest first; how many are"
            + " kept and how often they are written are site settings)")
    public List<DowntimeMarArchive.Entry> written(@PathParam("code") String code) throws IOException {
        wards.ward(code);
        return downtimeJob.archive().list(code);
    }

    @GET
    @Path("downtime-mar/written/{file}")
    @Produces(PDF)
    @Operation(summary = "One of the downtime charts written for the ward, by its file name from the list")
    @APIResponse(responseCode = "404", description = "no such ward or chart", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.DOWNTIME_CHART)
    public Response writtenChart(@PathParam("code") String code, @PathParam("file") String file) throws IOException {
        wards.ward(code);
        java.nio.file.Path path = downtimeJob.archive().file(code, file)
                .orElseThrow(() -> new NotFoundException("downtime chart", file));
        // the file does not say which patients it holds: the entry names the chart (ward and time written), not them
        access.shown(file, List.of());
        return pdf(java.nio.file.Files.readAllBytes(path), file);
    }

    @GET
    @Path("controlled-drugs")
    @Produces(PDF)
    @Operation(summary = "The ward's controlled-drug administration register as PDF: for each controlled drug (schedules 1"
            + " to 3), every dose given on the ward from `from` to `to` (days, such as 2026-12-01, both included, in the"
            + " ward's time zone; at most 366 days), the patient, who gave it and who witnessed it")
    @APIResponse(responseCode = "200", description = "the register", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days;"
            + " `field` names which", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.CONTROLLED_DRUG_REGISTER)
    public Response controlledDrugs(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        ControlledDrugRegister.Register register = registers.register(code, period);
        Pdf pdf = controlledDrugs.print(register, printing());
        return periodReport("controlled-drugs", code, period, pdf,
                register.entries().stream().map(ControlledDrugRegister.Entry::patientId));
    }

    @GET
    @Path("critical-omissions")
    @Produces(PDF)
    @Operation(summary = "Omitted and delayed doses of critical medicines on the ward as PDF: every dose of a critical medicine"
            + " (anti-infectives, anticoagulants, insulin, Parkinson's medicines, antiepileptics, corticosteroids, opioids for"
            + " pain) due on the ward from `from` to `to` (days, both included, in the ward's time zone; at most 366 days)"
            + " that was recorded as not given (with its reason), had nothing recorded by the time its window closed, or"
            + " was given after its window closed; with a chart of them by day")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days;"
            + " `field` names which", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.CRITICAL_DOSE_OMISSIONS)
    public Response criticalOmissions(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        CriticalDoseOmissions.Report report = omissions.report(code, period);
        Pdf pdf = criticalOmissions.print(report, printing());
        return periodReport("critical-omissions", code, period, pdf,
                report.entries().stream().map(CriticalDoseOmissions.Entry::patientId));
    }

    @GET
    @Path("overrides-interventions")
    @Produces(PDF)
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "Alert overrides and pharmacist interventions on the ward as PDF (pharmacists): every alert a prescriber"
            + " overrode when signing an order for a patient on the ward from `from` to `to` (who, the alert, the reason), and"
            + " every pharmacist intervention and rejection, each with where the order ended (verified, changed into a new"
            + " version, rejected, stopped, still waiting)")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "a missing or malformed day, `to` before `from`, or more than 366 days;"
            + " `field` names which", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @AuditedRead(ReadRecord.OVERRIDES_AND_INTERVENTIONS)
    public Response overridesInterventions(@PathParam("code") String code, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        OverridesAndInterventions.Report report = reviews.report(code, period);
        Pdf pdf = overridesInterventions.print(report, printing());
        return periodReport("overrides-interventions", code, period, pdf, java.util.stream.Stream.concat(
                report.overrides().stream().map(o -> o.order().patientId()), report.actions().stream().map(a -> a.order().patientId())));
    }

    /** A ward's report over a period: the read recorded for the patients it names, the PDF named for ward and days. */
    private Response periodReport(String name, String code, ReportPeriod period, Pdf pdf, java.util.stream.Stream<Long> patients) {
        String days = period.first() + "/" + period.last();
        access.shown(code + " " + days, patients.distinct().toList());
        return pdf(pdf.content(), name + "-" + code + "-" + period.first() + "-" + period.last() + ".pdf");
    }

    private Printing printing() {
        return printings.printing(security.getUserPrincipal().getName());
    }

    private static Response pdf(byte[] content, String fileName) {
        return ReportPrinting.pdf(content, fileName);
    }
}
