package org.epma.web.api.prescription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.pgd.DirectionDoses;
import org.epma.prescribing.pgd.DirectionKind;
import org.epma.prescribing.pgd.DirectionOrder;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.WardService;
import org.epma.web.api.RequestSentence;
import org.epma.web.api.prescription.DirectionResource.DirectionOrderView;
import org.epma.web.api.prescription.DirectionResource.DoseRequest;

/**
 * What the patient group direction and homely remedy resources share: checking and starting a nurse's dose from a
 * request, and the view of a dose given without a prescription with where its review stands.
 */
@ApplicationScoped
public class DirectionOrderViews {

    @Inject
    DirectionDoses doses;

    @Inject
    Prescribing prescribing;

    @Inject
    PrescriptionViews views;

    @Inject
    FormularyContent content;

    @Inject
    PatientRecords patients;

    @Inject
    WardService wards;

    @Inject
    StaffAccounts staff;

    @Inject
    Clock clock;

    /** What the checks (and a remedy's limits) say of the dose for the request's patient now; nothing is saved. */
    Prescribing.CheckResult check(DirectionKind kind, String id, DirectionResource.PatientRequest request, Actor nurse) {
        return doses.check(DirectionResource.patientId(request == null ? null : request.patientId()), kind, id, nurse);
    }

    /** Starts the dose, answering 201 with the order and its record (200 with the same for a repeated key). */
    Response start(String key, DirectionKind kind, String id, DoseRequest request, Actor nurse) {
        if (request == null) {
            throw new InvalidInputException("patientId", RequestSentence.SAY_WHICH_PATIENT.with(), "Say which patient the dose is for.");
        }
        long patientId = DirectionResource.patientId(request.patientId());
        var started = doses.start(key, patientId, kind, id, Boolean.TRUE.equals(request.criteriaConfirmed()),
                request.acknowledgements() == null ? Set.of() : new HashSet<>(request.acknowledgements()), nurse);
        return Response.status(started.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new DirectionResource.Started(views.view(started.order()), view(started.direction()))).build();
    }

    DirectionOrderView view(DirectionOrder o) {
        Patient patient = patients.get(o.patientId());
        var place = wards.currentPlace(o.patientId());
        var order = prescribing.get(o.prescriptionId());
        return new DirectionOrderView(o.kind().name(), o.prescriptionId(), o.patientId(), patient.givenName(), patient.familyName(),
                patient.hospitalNumber().value(), place.map(p -> p.ward().code()).orElse(null), place.map(p -> p.bed()).orElse(null),
                o.directionId(), o.directionVersion(), o.directionTitle(), order.line(content.formulary()).describe(),
                order.status().name(), o.startedBy(), name(o.startedBy()), o.startedAt(), o.reviewDueAt(),
                o.reviewOverdueAt(clock.instant()), o.reviewedBy(), o.reviewedBy() == null ? null : name(o.reviewedBy()),
                o.reviewedAt(), o.reviewNote());
    }

    private String name(String username) {
        return staff.find(username).map(StaffUser::displayName).orElse(username);
    }
}
