package org.epma.web.api.prescription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.oxygen.OxygenCheck;
import org.epma.prescribing.oxygen.OxygenDelivery;
import org.epma.prescribing.oxygen.OxygenDevice;
import org.epma.prescribing.oxygen.OxygenOrder;
import org.epma.prescribing.oxygen.OxygenTherapy;
import org.epma.prescribing.oxygen.SaturationTarget;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.web.api.EnumCode;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Oxygen prescribed to a target saturation (BTS 2017) and the nurse's oxygen checks against it. A reading outside the
 * target comes back with the words the chart shows (below: increase the oxygen within the order and seek review; above:
 * step it down).
 */
@Path("oxygen")
@Tag(name = "Oxygen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class OxygenResource {

    /** {@code targetKind}: STANDARD (94–98%), HYPERCAPNIC_RISK (88–92%) or PATIENT_SPECIFIC with the range and a reason. */
    public record OrderRequest(Long patientId, String targetKind, Integer targetLowest, Integer targetHighest, String targetReason,
                               String device, Integer venturiPercent, BigDecimal flowLowest, BigDecimal flowHighest) {
    }

    public record CheckRequest(Integer saturation, String device, Integer venturiPercent, BigDecimal flow, Instant checkedAt) {
    }

    public record CheckView(long id, int saturation, String device, Integer venturiPercent, BigDecimal flow, String reading,
                            Instant checkedAt, String recordedBy) {
        public static CheckView of(OxygenCheck c) {
            return new CheckView(c.id(), c.saturation(), c.device().name(), c.venturiPercent(), c.flow(), c.reading().name(),
                    c.checkedAt(), c.recordedBy());
        }
    }

    public record OrderView(long id, long patientId, String targetKind, int targetLowest, int targetHighest, String target,
                            String targetReason, String device, Integer venturiPercent, BigDecimal flowLowest,
                            BigDecimal flowHighest, boolean active, String prescribedBy, Instant prescribedAt, String stoppedBy,
                            Instant stoppedAt, List<CheckView> checks) {
    }

    @Inject
    OxygenTherapy oxygen;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @POST
    @Path("orders")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Prescribe oxygen to a target saturation with a device and flow range; an active oxygen order is stopped by it")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "standard", value = "{\"patientId\":1,\"targetKind\":\"STANDARD\",\"device\":\"NASAL_CANNULAE\",\"flowLowest\":1,\"flowHighest\":4}"),
        @ExampleObject(name = "Venturi for hypercapnic risk", value = "{\"patientId\":1,\"targetKind\":\"HYPERCAPNIC_RISK\",\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flowLowest\":4,\"flowHighest\":4}")}))
    public Response prescribe(OrderRequest request) {
        if (request == null || request.patientId() == null) {
            throw new InvalidInputException("patientId", RefusalSentence.GIVE_FIELD.with("patientId"), "Give the patientId.");
        }
        OxygenOrder order = oxygen.prescribe(request.patientId(),
                EnumCode.of(SaturationTarget.Kind.class, request.targetKind(), "targetKind"), request.targetLowest(),
                request.targetHighest(), request.targetReason(), delivery(request.device(), request.venturiPercent()),
                request.flowLowest(), request.flowHighest(), ActingStaff.in(security, StaffRoles.PRESCRIBER));
        return Response.status(Response.Status.CREATED).entity(view(order)).build();
    }

    @POST
    @Path("orders/{id}/stop")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Stop an oxygen order")
    public OrderView stop(@PathParam("id") long id) {
        return view(oxygen.stop(id, ActingStaff.in(security, StaffRoles.PRESCRIBER)));
    }

    @POST
    @Path("orders/{id}/checks")
    @RolesAllowed(StaffRoles.NURSE)
    @Operation(summary = "Record an oxygen check: SpO2, device and flow; the reading against the target comes back")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "check",
            value = "{\"saturation\":95,\"device\":\"NASAL_CANNULAE\",\"flow\":2}")))
    public Response check(@PathParam("id") long id, CheckRequest request) {
        if (request == null) {
            throw new InvalidInputException("saturation", RefusalSentence.GIVE_FIELD.with("saturation"), "Give the saturation.");
        }
        OxygenCheck check = oxygen.check(id, request.saturation(), delivery(request.device(), request.venturiPercent()),
                request.flow(), request.checkedAt(), ActingStaff.in(security, StaffRoles.NURSE));
        return Response.status(Response.Status.CREATED).entity(CheckView.of(check)).build();
    }

    @GET
    @Path("patients/{patientId}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "A patient's oxygen orders, latest first, each with its checks")
    public List<OrderView> ofPatient(@PathParam("patientId") long patientId) {
        List<OrderView> orders = oxygen.ordersOf(patientId).stream().map(this::view).toList();
        access.shown(patientId);
        return orders;
    }

    private OrderView view(OxygenOrder o) {
        SaturationTarget target = o.target();
        OxygenDelivery delivery = o.delivery();
        return new OrderView(o.id(), o.patientId(), target.kind().name(), target.lowest(), target.highest(), target.display(),
                target.reason(), delivery.device().name(), delivery.venturiPercent(), o.flowLowest(), o.flowHighest(),
                o.active(), o.prescribedBy(), o.prescribedAt(), o.stoppedBy(), o.stoppedAt(),
                oxygen.checksOf(o.id()).stream().map(CheckView::of).toList());
    }

    private static OxygenDelivery delivery(String device, Integer venturiPercent) {
        return new OxygenDelivery(EnumCode.of(OxygenDevice.class, device, "device"), venturiPercent);
    }
}
