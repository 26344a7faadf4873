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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.ControlledDrugRegister;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.prescribing.administration.ReportPeriod;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.WardService;
import org.epma.reports.controlled.ControlledDrugRegisterReport;
import org.epma.reports.downtime.DowntimeMarReport;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.Printing;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.reports.DowntimeMarArchive;
import org.epma.web.reports.DowntimeMarJob;
import org.epma.web.reports.ReportSettings;
import org.epma.web.security.StaffRoles;
import org.epma.web.site.SiteConfig;

/**
 * A ward's printed reports as PDF, in the caller's language. Clinical staff only: an administrator looks after the
 * system, not the patients, and prints no patient's chart.
 */
@Path("wards/{code}/reports")
@Tag(name = "Reports")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class ReportResource {

    private static final String PDF = "application/pdf";
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
    StaffAccounts staff;

    @Inject
    ReportSettings settings;

    @Inject
    SiteConfig site;

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
        access.shown(code + " " + period.first() + "/" + period.last(),
                register.entries().stream().map(ControlledDrugRegister.Entry::patientId).distinct().toList());
        return pdf(pdf.content(), "controlled-drugs-" + code + "-" + period.first() + "-" + period.last() + ".pdf");
    }

    private Printing printing() {
        String username = security.getUserPrincipal().getName();
        StaffUser user = staff.find(username).orElse(null);
        Locale locale = user != null && user.language() == Language.CY ? Printing.WELSH : Locale.ENGLISH;
        return new Printing(settings.hospital(), user == null ? username : user.displayName() + " (" + username + ")",
                clock.instant(), locale, site.training());
    }

    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
