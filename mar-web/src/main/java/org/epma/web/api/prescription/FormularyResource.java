package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderSentence;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderValidation;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.web.security.StaffRoles;

@Path("formulary")
@Tag(name = "Formulary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FormularyResource {

    public record SentenceView(String dose, String doseUnit, String route, String frequency, Integer prnMaxPer24h,
                               BigDecimal prnMinIntervalHours, String prnReason, String text) {
        static SentenceView of(OrderSentence s) {
            String prn = s.prnMaxPer24h() == null ? "" : " (" + s.prnReason() + ", at least "
                    + s.prnMinIntervalHours().stripTrailingZeros().toPlainString() + " hours apart, at most " + s.prnMaxPer24h()
                    + " in 24 hours)";
            return new SentenceView(s.dose().stripTrailingZeros().toPlainString(), s.doseUnit().symbol(), s.route().name(),
                    s.frequency(), s.prnMaxPer24h(), s.prnMinIntervalHours(), s.prnReason(),
                    new Quantity(s.dose(), s.doseUnit()).display() + " " + s.route().words() + " "
                            + Frequency.valueOf(s.frequency()).words() + prn);
        }
    }

    public record ProductView(String code, String name, String medicine, String form, List<String> ingredients,
                              List<String> routes, List<String> unlicensedRoutes, List<String> doseUnits, String defaultDoseUnit, Integer controlledDrugSchedule,
                              boolean critical, boolean highAlert, boolean antimicrobial, String atc, List<SentenceView> sentences) {
        static ProductView of(Product p, List<OrderSentence> sentences, List<Route> unlicensedRoutes) {
            return new ProductView(p.code(), p.name(), p.medicine(), p.form().name(),
                    p.ingredients().stream().map(i -> i.name() + " " + i.strength().display() + " per " + p.per().display()).toList(),
                    p.routes().stream().map(Route::name).toList(), unlicensedRoutes.stream().map(Route::name).toList(), p.doseUnits().stream().map(Unit::symbol).toList(),
                    p.doseUnit().symbol(), p.cdSchedule(), p.critical(), p.highAlert(), OrderValidation.isAntimicrobial(p), p.atc(),
                    sentences.stream().map(SentenceView::of).toList());
        }
    }

    @Inject
    FormularyContent content;

    @GET
    @Operation(summary = "Search the formulary (typeahead)",
            description = "Products whose name, medicine or ingredients contain every word of q; names starting with q first.")
    @APIResponse(responseCode = "200", description = "Matching products with their routes, dose units and common orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "para",
                    value = "[{\"code\":\"PARACETAMOL-TAB-500\",\"name\":\"Paracetamol 500 mg tablets\",\"medicine\":\"paracetamol\","
                            + "\"routes\":[\"PO\"],\"unlicensedRoutes\":[],\"doseUnits\":[\"mg\",\"g\",\"microgram\",\"tablet\"],\"defaultDoseUnit\":\"mg\","
                            + "\"sentences\":[{\"dose\":\"1\",\"doseUnit\":\"g\",\"route\":\"PO\",\"frequency\":\"QDS\","
                            + "\"text\":\"1 g oral four times a day\"}]}]")))
    public List<ProductView> search(@Parameter(description = "at least two letters, e.g. 'para'", example = "para")
                                    @QueryParam("q") String query,
                                    @QueryParam("limit") @DefaultValue("20") int limit) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        return content.formulary().search(query, Math.max(1, Math.min(limit, 50))).stream()
                .map(p -> ProductView.of(p, content.sentences(p.code()), content.rules().acceptedRoutes(p))).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One formulary product")
    public ProductView product(@PathParam("code") String code) {
        Product product = content.formulary().product(code).orElseThrow(() -> new NotFoundException("medicine", code));
        return ProductView.of(product, content.sentences(code), content.rules().acceptedRoutes(product));
    }
}
