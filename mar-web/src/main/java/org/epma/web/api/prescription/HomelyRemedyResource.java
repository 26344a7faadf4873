package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.pgd.DirectionDoses;
import org.epma.prescribing.pgd.DirectionKind;
import org.epma.prescribing.pgd.HomelyRemedy;
import org.epma.web.api.prescription.DirectionResource.DoseRequest;
import org.epma.web.api.prescription.DirectionResource.PatientRequest;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Homely remedies (docs/pgd.md): the site's protocol, and a trained nurse's dose of a remedy, started and given as a
 * dose under a patient group direction is. The doses and their prescriber reviews are listed and reviewed with the
 * directions' ({@code /patient-group-directions/orders}), each saying which kind it is.
 */
@Path("homely-remedies")
@Tag(name = "Homely remedies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class HomelyRemedyResource {

    /** A remedy as the protocol lists it; {@code authorisedForYou}: whether the protocol names the caller for it. */
    public record RemedyView(String id, String version, String title, String productCode, String productName, BigDecimal dose,
                             String doseUnit, String route, String indication, String exclusionsCautions,
                             Integer minimumAgeYears, int minimumIntervalHours, int maximumDosesIn24Hours,
                             int maximumDurationHours, int reviewWithinHours, boolean authorisedForYou, String source) {
    }

    @Inject
    DirectionDoses doses;

    @Inject
    DirectionOrderViews orderViews;

    @Inject
    FormularyContent content;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The site's homely remedies protocol, and whether it names you as trained to give each remedy")
    public List<RemedyView> remedies() {
        String me = security.getUserPrincipal().getName();
        var remedies = doses.remedies();
        return remedies.all().stream().map(r -> view(r, remedies.authorises(r.id(), me))).toList();
    }

    @POST
    @Path("{remedy}/check")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "What the order checks and the protocol's limits say of the remedy's dose for a patient now; nothing is saved")
    @APIResponse(responseCode = "403", description = "Not named in the protocol for the remedy (…/problems/duty/unauthorised-remedy)")
    @APIResponse(responseCode = "409", description = "Patient too young, or a limit reached (…/problems/homely-remedy/too-soon,"
            + " …/daily-maximum, …/refer-to-prescriber)")
    public Prescribing.CheckResult check(@PathParam("remedy") String remedy, PatientRequest request) {
        return orderViews.check(DirectionKind.HOMELY_REMEDY, remedy, request, ActingStaff.in(security, StaffRoles.NURSE));
    }

    @POST
    @Path("{remedy}/doses")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "Start a dose of the remedy (Idempotency-Key header required): a once-only order marked as a homely"
            + " remedy, which the drug round offers for the bedside scan. Refused sooner than the protocol's interval, beyond"
            + " its doses in 24 hours or after its duration, and when any alert is SEVERE or HARD_STOP; each WARNING is acknowledged")
    @APIResponse(responseCode = "201", description = "The order started, and the remedy's record of it")
    @APIResponse(responseCode = "403", description = "Not named in the protocol for the remedy (…/problems/duty/unauthorised-remedy)")
    @APIResponse(responseCode = "409", description = "Patient too young, a limit of the protocol reached, or an alert that needs a prescriber")
    public Response start(@HeaderParam("Idempotency-Key") String key, @PathParam("remedy") String remedy, DoseRequest request) {
        return orderViews.start(key, DirectionKind.HOMELY_REMEDY, remedy, request, ActingStaff.in(security, StaffRoles.NURSE));
    }

    private RemedyView view(HomelyRemedy r, boolean authorised) {
        String product = content.formulary().product(r.productCode()).map(Product::name).orElse(r.productCode());
        return new RemedyView(r.id(), r.version(), r.title(), r.productCode(), product, r.dose(), r.doseUnit(), r.route().name(),
                r.indication(), r.exclusionsCautions(), r.minimumAgeYears(), r.minimumIntervalHours(), r.maximumDosesIn24Hours(),
                r.maximumDurationHours(), r.reviewWithinHours(), authorised, r.source());
    }
}
