package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.pharmacy.dispensing.DispenseRecord;
import org.epma.pharmacy.dispensing.Dispensing;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.ward.WardService;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;
import org.epma.web.api.InstantParameter;

@Path("patients/{patientId}/mar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class MarResource {

    public record PatientHeader(long id, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                                LocalDate dateOfBirth, String allergyStatus, List<String> allergies, String wardCode, String bed) {
    }

    public record OrderRow(AdministrationViews.OrderSummary order, List<AdministrationViews.DoseView> doses,
                           AdministrationViews.PrnView prn, List<AdministrationViews.MissingDoseView> missingDoseRequests,
                           List<DispenseRecord> dispenses) {
    }

    public record ChartView(PatientHeader patient, String timeZone, Instant from, Instant to, Instant now, List<OrderRow> orders,
                            List<AdministrationViews.AdministrationView> administrations) {
    }

    @Inject
    AdministrationChart chart;

    @Inject
    AdministrationViews views;

    @Inject
    PatientRecords records;

    @Inject
    Dispensing dispensing;

    @Inject
    PatientAccess access;

    @GET
    @AuditedRead(ReadRecord.MAR)
    @Operation(summary = "The patient's administration chart: every scheduled dose and record from `from` to `to` (ISO"
            + " instants; by default yesterday 00:00 to the end of tomorrow in the ward's time zone; at most 31 days), with what"
            + " pharmacy reports it dispensed for each order")
    public ChartView chart(@PathParam("patientId") long patientId, @QueryParam("from") String from, @QueryParam("to") String to) {
        AdministrationChart.PatientChart result = chart.chart(patientId, from == null ? null : InstantParameter.of(from, "from"),
                to == null ? null : InstantParameter.of(to, "to"));
        Patient p = result.patient();
        var place = result.place();
        PatientHeader header = new PatientHeader(p.id(), p.hospitalNumber().value(), p.nhsNumber() == null ? null : p.nhsNumber().value(),
                p.givenName(), p.familyName(), p.dateOfBirth(), p.allergyStatus().name(),
                records.allergies(patientId).stream().map(a -> a.reaction() == null || a.reaction().isBlank() ? a.substance() : a.substance() + " (" + a.reaction() + ")").toList(),
                place.map(w -> w.ward().code()).orElse(null), place.map(WardService.Place::bed).orElse(null));
        Map<Long, List<DispenseRecord>> dispensed = dispensing.ofOrders(result.orders().stream()
                .map(o -> o.order().lineageId()).distinct().toList());
        List<OrderRow> orders = result.orders().stream().map(o -> {
            AdministrationViews.OrderSummary summary = views.order(o.order(), o.product());
            return new OrderRow(summary, o.doses().stream().map(d -> views.dose(d, null)).toList(),
                    o.prn() == null ? null : views.prn(o.prn(), null),
                    o.missingDoseRequests().stream().map(r -> views.missingDose(r, summary.description())).toList(),
                    dispensed.getOrDefault(o.order().lineageId(), List.of()));
        }).toList();
        access.shown(patientId);
        return new ChartView(header, result.ward().zone().getId(), result.from(), result.to(), result.now(), orders,
                views.administrations(result.records(), result.effects()));
    }
}
