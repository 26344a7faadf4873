package org.epma.web.api.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.pharmacy.dispensing.DispenseRecord;
import org.epma.pharmacy.dispensing.Dispensing;
import org.epma.prescribing.administration.AdministrationChart;
import org.epma.prescribing.infusion.running.InfusionAdministration;
import org.epma.prescribing.infusion.running.InfusionEvent;
import org.epma.prescribing.infusion.running.InfusionPeriod;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.oxygen.OxygenDelivery;
import org.epma.prescribing.oxygen.OxygenPeriod;
import org.epma.prescribing.oxygen.OxygenTherapy;
import org.epma.prescribing.oxygen.SaturationTarget;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.WardService;
import org.epma.web.api.InstantParameter;
import org.epma.web.api.RequestSentence;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;

@Path("patients/{patientId}/mar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({StaffRoles.NURSE, StaffRoles.PRESCRIBER, StaffRoles.PHARMACIST})
public class MarResource {

    /** Yesterday, today and tomorrow. */
    private static final int DEFAULT_DAYS = 3;
    private static final Set<PrescriptionStatus> STOPPED = EnumSet.of(PrescriptionStatus.DISCONTINUED,
            PrescriptionStatus.COMPLETED, PrescriptionStatus.SUSPENDED);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public record PatientHeader(long id, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                                LocalDate dateOfBirth, String allergyStatus, List<String> allergies, String wardCode, String bed) {
    }

    /** Who stopped, suspended or completed an order, when and why; what the chart shows in place of its doses to come. */
    public record StatusChange(String status, String by, String byName, Instant at, String reason) {
    }

    /**
     * A continuous infusion or fluid's bags over the chart's time (docs/infusions.md, "On the MAR"): {@code before}, the last
     * event before the chart's start (null when none: no bag was up), which says which bag was up and at what rate; and the
     * events within it, in the order they happened.
     */
    public record InfusionOnChart(InfusionEventResource.EventView before, List<InfusionEventResource.EventView> events) {
    }

    /** {@code stopped}: null while the order is current. {@code infusion}: only for a continuous infusion or fluid. */
    public record OrderRow(AdministrationViews.OrderSummary order, List<AdministrationViews.DoseView> doses,
                           AdministrationViews.PrnView prn, List<AdministrationViews.MissingDoseView> missingDoseRequests,
                           List<DispenseRecord> dispenses, StatusChange stopped, InfusionOnChart infusion) {
    }

    /**
     * An oxygen order on the chart (docs/bedside-observations.md, "On the MAR"): its target, device and flow, and when it
     * was in force (from {@code prescribedAt} to {@code stoppedAt}, null while it is).
     */
    public record OxygenOrderOnChart(long id, String targetKind, int targetLowest, int targetHighest, String target,
                                     String targetReason, String device, Integer venturiPercent, BigDecimal flowLowest,
                                     BigDecimal flowHighest, String prescribedBy, String prescribedByName, Instant prescribedAt,
                                     String stoppedBy, String stoppedByName, Instant stoppedAt) {
    }

    /** An oxygen check on the chart, at its time, with the order whose target it was read against ({@code orderId}). */
    public record OxygenCheckOnChart(long id, long orderId, int saturation, String reading, String device, Integer venturiPercent,
                                     BigDecimal flow, Instant checkedAt, String recordedBy, String recordedByName) {
    }

    /** The patient's oxygen over the chart's time: the orders in force at any moment of it, and the checks taken within it. */
    public record OxygenOnChart(List<OxygenOrderOnChart> orders, List<OxygenCheckOnChart> checks) {
    }

    /** {@code oxygen}: null when the patient had no oxygen order in force and no oxygen check within the chart's time. */
    public record ChartView(PatientHeader patient, String timeZone, Instant from, Instant to, Instant now, List<OrderRow> orders,
                            List<AdministrationViews.AdministrationView> administrations, OxygenOnChart oxygen) {
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

    @Inject
    StaffAccounts staff;

    @Inject
    InfusionAdministration infusions;

    @Inject
    OxygenTherapy oxygen;

    @GET
    @AuditedRead(ReadRecord.MAR)
    @Operation(summary = "The patient's administration chart: every scheduled dose and record over a stretch of time, with"
            + " what pharmacy reports it dispensed for each order. Either whole days in the ward's time zone (`days`, 1 to 31,"
            + " by default 3, and `from` a day such as 2026-11-23, by default so that the days end tomorrow, or today when fewer"
            + " than 3), or `from` and `to` as ISO instants"
            + " (at most 31 days apart). Each order names who stopped, suspended or completed it, when and why. A continuous"
            + " infusion or fluid (no doses: it runs from bags) carries `infusion`: its events within the chart's time"
            + " (bags started and changed, rate changes, pauses, restarts, volumes, the stop) and `before`, the last event"
            + " before the chart's start, which says which bag was already up and at what rate. `oxygen` (absent when there is"
            + " none): the oxygen orders in force at any moment of the chart's time, each with when it was prescribed and"
            + " stopped, and the oxygen checks taken within it, each read against its order's target (BELOW, WITHIN, ABOVE).")
    @APIResponse(responseCode = "400", description = "`days` not a whole number from 1 to 31, `from` neither a day nor an"
            + " instant, `to` given with `days`, or `to` not after `from` or more than 31 days on; the problem names the field")
    public ChartView chart(@PathParam("patientId") long patientId, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("days") String days) {
        AdministrationChart.PatientChart result = isDay(from) || days != null
                ? chart.chartOfDays(patientId, day(from, to), dayCount(days))
                : chart.chart(patientId, from == null ? null : InstantParameter.of(from, "from"),
                        to == null ? null : InstantParameter.of(to, "to"));
        Patient p = result.patient();
        var place = result.place();
        PatientHeader header = new PatientHeader(p.id(), p.hospitalNumber().value(), p.nhsNumber() == null ? null : p.nhsNumber().value(),
                p.givenName(), p.familyName(), p.dateOfBirth(), p.allergyStatus().name(),
                records.allergies(patientId).stream().map(a -> a.reaction() == null || a.reaction().isBlank() ? a.substance() : a.substance() + " (" + a.reaction() + ")").toList(),
                place.map(w -> w.ward().code()).orElse(null), place.map(WardService.Place::bed).orElse(null));
        Map<Long, List<DispenseRecord>> dispensed = dispensing.ofOrders(result.orders().stream()
                .map(o -> o.order().lineageId()).distinct().toList());
        Map<String, String> names = new HashMap<>();
        Map<Long, InfusionPeriod> bags = infusions.inPeriod(result.orders().stream().map(AdministrationChart.OrderOnChart::order).toList(),
                result.from(), result.to());
        List<OrderRow> orders = result.orders().stream().map(o -> {
            AdministrationViews.OrderSummary summary = views.order(o.order(), o.product());
            return new OrderRow(summary, o.doses().stream().map(d -> views.dose(d, null)).toList(),
                    o.prn() == null ? null : views.prn(o.prn(), null),
                    o.missingDoseRequests().stream().map(r -> views.missingDose(r, summary.description())).toList(),
                    dispensed.getOrDefault(o.order().lineageId(), List.of()), stopped(o.order(), names),
                    infusion(bags.get(o.order().id()), names));
        }).toList();
        OxygenOnChart oxygenOnChart = oxygen(oxygen.inPeriod(patientId, result.from(), result.to()), names);
        access.shown(patientId);
        return new ChartView(header, result.ward().zone().getId(), result.from(), result.to(), result.now(), orders,
                views.administrations(result.records(), result.effects()), oxygenOnChart);
    }

    private OxygenOnChart oxygen(OxygenPeriod period, Map<String, String> names) {
        if (period.isEmpty()) {
            return null;
        }
        Function<String, String> name = user -> user == null ? null
                : names.computeIfAbsent(user, u -> staff.find(u).map(StaffUser::displayName).orElse(u));
        return new OxygenOnChart(period.orders().stream().map(o -> {
            SaturationTarget target = o.target();
            OxygenDelivery delivery = o.delivery();
            return new OxygenOrderOnChart(o.id(), target.kind().name(), target.lowest(), target.highest(), target.display(),
                    target.reason(), delivery.device().name(), delivery.venturiPercent(), o.flowLowest(), o.flowHighest(),
                    o.prescribedBy(), name.apply(o.prescribedBy()), o.prescribedAt(), o.stoppedBy(), name.apply(o.stoppedBy()),
                    o.stoppedAt());
        }).toList(), period.checks().stream().map(c -> new OxygenCheckOnChart(c.id(), c.oxygenOrderId(), c.saturation(),
                c.reading().name(), c.device().name(), c.venturiPercent(), c.flow(), c.checkedAt(), c.recordedBy(),
                name.apply(c.recordedBy()))).toList());
    }

    private InfusionOnChart infusion(InfusionPeriod period, Map<String, String> names) {
        if (period == null) {
            return null;
        }
        Function<String, String> name = user -> names.computeIfAbsent(user, u -> staff.find(u).map(StaffUser::displayName).orElse(u));
        Function<InfusionEvent, InfusionEventResource.EventView> view = e -> InfusionEventResource.event(e,
                period.corrections().get(e.id()), name);
        return new InfusionOnChart(period.before() == null ? null : view.apply(period.before()),
                period.within().stream().map(view).toList());
    }

    private StatusChange stopped(Prescription order, Map<String, String> names) {
        if (!STOPPED.contains(order.status())) {
            return null;
        }
        String by = order.statusChangedBy();
        String name = by == null ? null
                : names.computeIfAbsent(by, user -> staff.find(user).map(StaffUser::displayName).orElse(user));
        return new StatusChange(order.status().name(), by, name, order.statusChangedAt(), order.statusReason());
    }

    private static boolean isDay(String from) {
        return from != null && DAY.matcher(from).matches();
    }

    private static LocalDate day(String from, String to) {
        if (to != null) {
            throw new InvalidInputException("to", RequestSentence.TO_OR_DAYS.with(), "Give either 'to' or 'days', not both.");
        }
        if (from == null) {
            return null;
        }
        try {
            return LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("from", RequestSentence.NOT_A_DAY.with(Text.echoed(from)), Text.echo(from) + " is not a day such as 2026-11-23.");
        }
    }

    private static int dayCount(String days) {
        if (days == null) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(days);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", RequestSentence.NOT_A_WHOLE_NUMBER.with(Text.echoed(days)), Text.echo(days) + " is not a whole number of days.");
        }
    }
}
