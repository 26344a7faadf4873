package org.epma.web.api.patient;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.reconciliation.Decision;
import org.epma.prescribing.reconciliation.HomeMedicine;
import org.epma.prescribing.reconciliation.HomeMedicineSource;
import org.epma.prescribing.reconciliation.MedicinesReconciliation;
import org.epma.prescribing.reconciliation.ReconciliationSentence;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.web.api.EnumCode;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

/**
 * Medicines reconciliation on admission (docs/reconciliation.md): the medicines the patient took before this stay, the
 * prescriber's decision on each, and the pharmacist's completion, due within 24 hours of admission (NICE NG5).
 */
@Path("patients/{patientId}/medicines-reconciliation")
@Tag(name = "Medicines reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class ReconciliationResource {

    private static final String[] RECORDERS = {StaffRoles.PHARMACIST, StaffRoles.PRESCRIBER, StaffRoles.NURSE};

    /**
     * A medicine taken before admission: {@code productCode} when it is in the formulary, otherwise its name as written
     * in {@code medicineName} (kept as not coded); {@code source} one of PATIENT, CARER, GP_RECORD, OWN_SUPPLY,
     * PREVIOUS_DISCHARGE_LETTER.
     */
    public record MedicineRequest(String productCode, String medicineName, BigDecimal dose, String doseUnit, String route,
                                  String frequency, String source, String note) {
    }

    /** {@code decision}: CONTINUE or CHANGE with the {@code orderId} of the signed inpatient order; WITHHOLD with a reason
     * and {@code reviewDate} (yyyy-mm-dd); STOP with a reason. */
    public record DecisionRequest(String decision, String reason, String reviewDate, Long orderId) {
    }

    public record MedicineView(long id, String productCode, String medicineName, boolean coded, BigDecimal dose, String doseUnit,
                               String route, String frequency, String source, String note, String recordedBy,
                               String recordedByName, Instant recordedAt, boolean undecided, String decision,
                               String decisionReason, LocalDate reviewDate, Long orderId, String decidedBy,
                               String decidedByName, Instant decidedAt) {
    }

    /** The patient's current stay's reconciliation; {@code onWard} false (and the rest empty) when they are on no ward. */
    public record ReconciliationView(long patientId, boolean onWard, Long stayAdmissionId, String wardCode, Instant stayBegan, Instant dueAt,
                                     boolean overdue, String status, int undecided, String completedBy, String completedByName,
                                     Instant completedAt, List<MedicineView> medicines) {
    }

    @Inject
    MedicinesReconciliation reconciliation;

    @Inject
    StaffAccounts staff;

    @Inject
    PatientAccess access;

    @Context
    SecurityContext security;

    @GET
    @AuditedRead(ReadRecord.MEDICINES_RECONCILIATION)
    @Operation(summary = "The medicines the patient took before this stay, the decisions on them, and where the"
            + " reconciliation stands (due 24 hours after the stay began)")
    public ReconciliationView reconciliation(@PathParam("patientId") long patientId) {
        ReconciliationView view = view(patientId);
        access.shown(patientId);
        return view;
    }

    @POST
    @Path("medicines")
    @Operation(summary = "Add a medicine the patient took before admission to their current stay's list (Idempotency-Key"
            + " header required); added after completion, it opens the reconciliation again")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "from the GP record",
            value = "{\"productCode\":\"RAMIPRIL-CAP-5\",\"dose\":5,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"OD\","
                    + "\"source\":\"GP_RECORD\"}")))
    @APIResponse(responseCode = "201", description = "Recorded (200 when the request repeats one already taken)")
    @APIResponse(responseCode = "409", description = "The patient is on no ward, or the key was used for another request")
    public Response record(@HeaderParam("Idempotency-Key") String key, @PathParam("patientId") long patientId,
                           MedicineRequest request) {
        if (request == null) {
            throw new InvalidInputException("medicineName", ReconciliationSentence.GIVE_MEDICINE.with(),
                    "Choose the medicine from the formulary, or write its name when it is not in it.");
        }
        HomeMedicine.Taken taken = new HomeMedicine.Taken(request.productCode(), request.medicineName(), request.dose(),
                request.doseUnit() == null ? null : Unit.parse(request.doseUnit()).orElseThrow(() -> new InvalidInputException("doseUnit",
                        ReconciliationSentence.GIVE_DOSE_UNIT.with(), "Give the unit of the dose, e.g. mg, microgram, tablet.")),
                request.route() == null ? null : EnumCode.of(Route.class, request.route(), "route"),
                request.frequency() == null ? null : EnumCode.of(Frequency.class, request.frequency(), "frequency"),
                request.source() == null ? null : EnumCode.of(HomeMedicineSource.class, request.source(), "source"),
                request.note());
        var recorded = reconciliation.record(key, patientId, taken, ActingStaff.in(security, RECORDERS));
        return Response.status(recorded.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(view(recorded.medicine())).build();
    }

    @POST
    @Path("medicines/{medicineId}/decision")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "The prescriber's decision on a medicine taken before admission: CONTINUE or CHANGE (with the id of"
            + " the signed inpatient order that makes it), WITHHOLD (reason and review date) or STOP (reason)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "withhold",
            value = "{\"decision\":\"WITHHOLD\",\"reason\":\"Systolic 92 on admission\",\"reviewDate\":\"2026-12-06\"}")))
    @APIResponse(responseCode = "409", description = "Already decided (a withheld medicine may be decided again)")
    public MedicineView decide(@PathParam("patientId") long patientId, @PathParam("medicineId") long medicineId,
                               DecisionRequest request) {
        if (request == null || request.decision() == null) {
            throw new InvalidInputException("decision", ReconciliationSentence.GIVE_DECISION.with(),
                    "Say whether the medicine is continued, changed, withheld or stopped.");
        }
        HomeMedicine.Decided decided = new HomeMedicine.Decided(EnumCode.of(Decision.class, request.decision(), "decision"),
                request.reason(), date(request.reviewDate()), request.orderId());
        return view(reconciliation.decide(patientId, medicineId, decided, ActingStaff.in(security, StaffRoles.PRESCRIBER)));
    }

    @POST
    @Path("complete")
    @RolesAllowed(StaffRoles.PHARMACIST)
    @Operation(summary = "The pharmacist completes the reconciliation of the patient's current stay")
    @APIResponse(responseCode = "409", description = "Medicines still undecided, already completed, or the patient is on no ward")
    public ReconciliationView complete(@PathParam("patientId") long patientId) {
        reconciliation.complete(patientId, ActingStaff.in(security, StaffRoles.PHARMACIST));
        return view(patientId);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("reviewDate", RefusalSentence.GIVE_FIELD.with("reviewDate"),
                    Text.echo(text) + " is not a date (yyyy-mm-dd).");
        }
    }

    private ReconciliationView view(long patientId) {
        return reconciliation.current(patientId).map(list -> {
            var s = list.state();
            return new ReconciliationView(patientId, true, list.stay().admissionId(), list.wardCode(), s.stayBegan(), s.dueAt(), s.overdue(), s.status().name(),
                    s.undecided(), s.completedBy(), name(s.completedBy()), s.completedAt(),
                    list.medicines().stream().map(this::view).toList());
        }).orElseGet(() -> new ReconciliationView(patientId, false, null, null, null, null, false, null, 0, null, null, null, List.of()));
    }

    private MedicineView view(HomeMedicine m) {
        return new MedicineView(m.id(), m.productCode(), m.medicineName(), m.isCoded(), m.dose(), m.doseUnit().symbol(),
                m.route().name(), m.frequency().name(), m.source().name(), m.note(), m.recordedBy(), name(m.recordedBy()),
                m.recordedAt(), m.isUndecided(), m.decision() == null ? null : m.decision().name(), m.decisionReason(),
                m.reviewDate(), m.orderId(), m.decidedBy(), name(m.decidedBy()), m.decidedAt());
    }

    private String name(String username) {
        return username == null ? null : staff.find(username).map(StaffUser::displayName).orElse(username);
    }
}
