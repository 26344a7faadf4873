package org.epma.web.api.pharmacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.pharmacy.outbox.Outbox;
import org.epma.pharmacy.outbox.OutboxMessage;
import org.epma.pharmacy.outbox.OutboxStatus;
import org.epma.web.api.pharmacy.InterfaceMessageViews.InterfaceMessageView;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * The interface messages screen: what went to the dispensing systems, what is waiting, and what was parked and why.
 * Pharmacists only: every message carries a patient's identity, allergies and order, and re-sending one is a pharmacy
 * decision, so the IT administrator (who has no clinical access) does not see them.
 */
@Path("interface-messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pharmacy")
@RolesAllowed(StaffRoles.PHARMACIST)
public class InterfaceMessageResource {

    @Inject
    Outbox outbox;

    @Inject
    InterfaceMessageViews views;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.INTERFACE_MESSAGES)
    @Operation(summary = "Outbound messages, newest first: `status` PENDING, DELIVERED or PARKED (default all), at most `limit` (500);"
            + " each with its patient's name and hospital number and its order's medicine and words")
    public List<InterfaceMessageView> messages(@QueryParam("status") OutboxStatus only, @QueryParam("limit") @DefaultValue("100") int limit) {
        List<OutboxMessage> messages = outbox.list(only, limit);
        access.shown(only == null ? "all" : only.name(), messages.stream().map(OutboxMessage::patientId).toList());
        return views.views(messages);
    }

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.INTERFACE_MESSAGES)
    @Operation(summary = "One outbound message with its HL7 text, the last error and the peer's acknowledgement")
    public InterfaceMessageView message(@PathParam("id") long id) {
        OutboxMessage message = outbox.get(id);
        access.shown(id, List.of(message.patientId()));
        return views.views(List.of(message)).get(0);
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Put a parked message back in line (same control id) once its cause has been put right")
    public OutboxMessage resend(@PathParam("id") long id) {
        return outbox.resend(id, ActingStaff.in(security, StaffRoles.PHARMACIST));
    }
}
