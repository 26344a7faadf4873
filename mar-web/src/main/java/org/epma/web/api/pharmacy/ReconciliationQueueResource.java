package org.epma.web.api.pharmacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.reconciliation.MedicinesReconciliation;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;

/**
 * Which patients' medicines reconciliation is not complete or has medicines undecided: the pharmacy's queue across the
 * wards, earliest due first, and with {@code ?ward=} every patient on one ward, for the ward's patient list.
 */
@Path("medicines-reconciliation")
@Tag(name = "Medicines reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class ReconciliationQueueResource {

    public record StandingView(long patientId, String givenName, String familyName, String hospitalNumber, String wardCode,
                               String bed, String status, Instant stayBegan, Instant dueAt, boolean overdue, int medicines,
                               int undecided, boolean needsAttention) {
    }

    @Inject
    MedicinesReconciliation reconciliation;

    @Inject
    PatientRecords patients;

    @Inject
    PatientAccess access;

    @GET
    @AuditedRead(ReadRecord.RECONCILIATION_QUEUE)
    @Operation(summary = "Patients whose medicines reconciliation is incomplete or has undecided medicines, earliest due"
            + " first; with ?ward=CODE, every patient on that ward with where their reconciliation stands")
    public List<StandingView> standings(@QueryParam("ward") String ward) {
        String wardCode = ward == null || ward.isBlank() ? null : ward.strip();
        var found = wardCode == null ? reconciliation.queue() : reconciliation.standings(wardCode);
        // the whole hospital's queue may be long: its patients in one query, their beds with the stays
        Map<Long, Patient> people = patients.byIds(found.stream().map(MedicinesReconciliation.StayStanding::patientId).toList());
        List<StandingView> shown = found.stream().filter(s -> people.containsKey(s.patientId())).map(s -> {
            Patient patient = people.get(s.patientId());
            String bed = s.bed();
            var state = s.state();
            return new StandingView(s.patientId(), patient.givenName(), patient.familyName(), patient.hospitalNumber().value(),
                    s.wardCode(), bed, state.status().name(), state.stayBegan(), state.dueAt(), state.overdue(), state.medicines(),
                    state.undecided(), state.needsAttention());
        }).toList();
        access.shown(wardCode == null ? "queue" : wardCode, shown.stream().map(StandingView::patientId).toList());
        return shown;
    }
}
