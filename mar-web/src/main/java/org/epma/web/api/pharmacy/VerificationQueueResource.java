package org.epma.web.api.pharmacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.pharmacy.verification.PharmacyVerification;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;
import org.epma.web.api.prescription.PrescriptionResource;
import org.epma.web.api.prescription.PrescriptionViews;
import org.epma.web.api.ward.WardResource;

/** The pharmacist's queue: signed orders waiting for verification, those with serious alerts and overrides first. */
@Path("verification-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pharmacy")
@RolesAllowed(StaffRoles.PHARMACIST)
public class VerificationQueueResource {

    public record PatientContext(long id, String hospitalNumber, String givenName, String familyName, int ageYears,
                                 String allergyStatus, List<String> allergies, WardResource.MeasurementView weight,
                                 WardResource.MeasurementView renalFunction, String wardCode, String bed) {
    }

    /** {@code verifiableByYou} is false for an order the pharmacist asking drafted or signed: another pharmacist verifies it. */
    public record QueueItem(PrescriptionResource.PrescriptionView order, PatientContext patient, long waitingMinutes,
                            boolean hasOverrides, int seriousAlerts, boolean verifiableByYou) {
    }

    @Inject
    PharmacyVerification verification;

    @Inject
    PrescriptionViews views;

    @Inject
    PatientRecords records;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Inject
    PatientAccess access;

    @GET
    @AuditedRead(ReadRecord.VERIFICATION_QUEUE)
    @Operation(summary = "Orders waiting for verification (optionally of one `ward`): overridden serious alerts first, then"
            + " longest waiting; each with the patient's weight, renal function and allergies, and whether you may verify it"
            + " (verifiableByYou: false for an order you drafted or signed)")
    public List<QueueItem> queue(@QueryParam("ward") String ward) {
        var now = clock.instant();
        String you = security.getUserPrincipal().getName();
        List<QueueItem> queue = verification.queue(ward == null || ward.isBlank() ? null : ward.strip()).stream().map(w -> {
            PrescriptionResource.PrescriptionView order = views.view(w.order());
            Patient p = records.get(w.order().patientId());
            Map<MeasurementKind, Measurement> latest = records.latestMeasurements(p.id());
            Measurement renal = Measurement.latestRenalFunction(latest.get(MeasurementKind.EGFR),
                    latest.get(MeasurementKind.CREATININE_CLEARANCE));
            PatientContext patient = new PatientContext(p.id(), p.hospitalNumber().value(), p.givenName(), p.familyName(),
                    p.ageInYearsOn(LocalDate.now(clock)), p.allergyStatus().name(),
                    records.allergies(p.id()).stream().map(a -> a.reaction() == null || a.reaction().isBlank() ? a.substance() : a.substance() + " (" + a.reaction() + ")").toList(),
                    WardResource.MeasurementView.of(latest.get(MeasurementKind.WEIGHT)), WardResource.MeasurementView.of(renal),
                    w.wardCode(), w.bed());
            int serious = (int) order.alerts().stream().filter(a -> a.severity().equals("SEVERE") || a.severity().equals("HARD_STOP")).count();
            boolean overrides = order.alerts().stream().anyMatch(a -> a.overrideReason() != null);
            long waiting = order.signedAt() == null ? 0 : Duration.between(order.signedAt(), now).toMinutes();
            return new QueueItem(order, patient, waiting, overrides, serious, !w.order().prescribedOrDraftedBy(you));
        }).sorted(Comparator.comparing((QueueItem q) -> !q.hasOverrides()).thenComparing(q -> -q.seriousAlerts())
                .thenComparing(q -> -q.waitingMinutes())).toList();
        access.shown(ward == null || ward.isBlank() ? "all wards" : ward.strip(), queue.stream().map(q -> q.patient().id()).toList());
        return queue;
    }
}
