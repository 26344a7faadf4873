package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.administration.BarcodeReader;
import org.epma.prescribing.administration.BedsideAdministration;
import org.epma.prescribing.administration.ProductScan;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.web.api.RequestSentence;
import org.epma.web.security.StaffRoles;

@Path("patients/{patientId}/administrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class BedsideScanResource {

    /**
     * The two scans; {@code prescriptionId} and {@code scheduledAt} name the dose the screen will record, once it
     * knows which order the product is for, so that a dose not due yet is stopped at the scan.
     */
    public record ScanRequest(String wristband, String product, Long prescriptionId, Instant scheduledAt) {
    }

    public record ScanView(List<AdministrationViews.OrderSummary> orders, String gtin, String batch, LocalDate expiry) {
    }

    @Inject
    BedsideAdministration bedside;

    @Inject
    AdministrationViews views;

    @Inject
    Clock clock;

    @POST
    @Path("scan")
    @Operation(summary = "Check a wristband scan and a product scan against the patient and their current orders, saving"
            + " nothing: the orders the product is for, or a 422 stop (wrong patient, unknown product, wrong strength …)."
            + " Without a product the wristband alone is checked, the moment it is scanned: no orders, or the stop. With"
            + " prescriptionId and scheduledAt, that dose is checked too: one whose window has not opened is a 422"
            + " …/stop/not-due whose args (dueAt, windowOpens, timeZone, day: today|tomorrow|later, dueDate, dueTime,"
            + " opensDate, opensTime) let a screen say when it is due in the reader's language")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scan",
            value = "{\"wristband\":\"TRN01006\",\"product\":\"(01)00200000000011(17)271231(10)B12345\"}")))
    public ScanView scan(@PathParam("patientId") long patientId, ScanRequest request) {
        if (request == null) {
            throw new InvalidInputException("wristband", RequestSentence.SEND_SCANS.with(), "Send the wristband and product scans.");
        }
        if (request.product() == null || request.product().isBlank()) {
            bedside.checkWristband(patientId, request.wristband());
            return new ScanView(List.of(), null, null, null);
        }
        var orders = bedside.ordersForScan(patientId, request.wristband(), request.product(), request.prescriptionId() == null ? null
                : new BedsideAdministration.ScannedDose(request.prescriptionId(), request.scheduledAt()));
        // core accepted this scan above; read again only for what the screen shows of it (GTIN, batch, expiry)
        ProductScan scan = (ProductScan) BarcodeReader.read(request.product(), LocalDate.now(clock));
        return new ScanView(orders.stream().map(views::order).toList(), scan.gtin().value(), scan.batch(), scan.expiry());
    }
}
