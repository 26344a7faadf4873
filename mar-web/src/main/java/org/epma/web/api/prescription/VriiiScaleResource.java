package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.infusion.VriiiScale;
import org.epma.web.security.StaffRoles;
import org.epma.web.site.VriiiScales;

/**
 * The VRIII scales the site names in config/vriii-scales.csv, to prefill the prescribing form (docs/infusions.md, "VRIII").
 * Shipped empty: no rate is built in.
 */
@Path("vriii-scales")
@Tag(name = "Infusions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class VriiiScaleResource {

    /** A named scale: its bands as a VRIII order writes them ({@code from}, {@code unitsPerHour} or {@code stop}). */
    public record ScaleView(String name, String source, List<VriiiScale.Band> bands) {
    }

    @Inject
    VriiiScales scales;

    @GET
    @Operation(summary = "The site's named VRIII scales (config/vriii-scales.csv) to prefill a VRIII's scale; empty unless the"
            + " site has entered its own: no rate is built in")
    public List<ScaleView> scales() {
        return scales.scales().stream().map(s -> new ScaleView(s.name(), s.source(), s.scale().written())).toList();
    }
}
