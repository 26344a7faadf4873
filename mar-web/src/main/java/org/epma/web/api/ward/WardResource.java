package org.epma.web.api.ward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.ward.WardDefinition;
import org.epma.prescribing.ward.WardPatient;
import org.epma.prescribing.ward.WardService;
import org.epma.prescribing.ward.WardSummary;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.StaffRoles;

@Path("wards")
@Tag(name = "Wards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class WardResource {

    public record WardView(String code, String name, String nameCy, String specialty, String timeZone,
                           int bedCount, int patientCount) {
        static WardView of(WardSummary summary) {
            WardDefinition ward = summary.ward();
            return new WardView(ward.code(), ward.name(), ward.nameCy(), ward.specialty().name(),
                    ward.timeZone().getId(), summary.bedCount(), summary.patientCount());
        }
    }

    public record MeasurementView(String kind, BigDecimal value, String unit, Instant measuredAt) {
        public static MeasurementView of(Measurement m) {
            return m == null ? null : new MeasurementView(m.kind().name(), m.value(), m.unit(), m.measuredAt());
        }
    }

    public record PatientRowView(long patientId, String bed, String hospitalNumber, String nhsNumber, String givenName,
                                 String familyName, LocalDate dateOfBirth, int ageYears, String sex,
                                 String allergyStatus, List<String> allergies, String pregnancyStatus,
                                 MeasurementView weight, MeasurementView renalFunction) {
        static PatientRowView of(WardPatient p) {
            return new PatientRowView(p.patientId(), p.bed(), p.hospitalNumber(), p.nhsNumber(), p.givenName(),
                    p.familyName(), p.dateOfBirth(), p.ageYears(), p.sex().name(), p.allergyStatus().name(),
                    p.allergies(), p.pregnancyStatus().name(), MeasurementView.of(p.weight()),
                    MeasurementView.of(p.renalFunction()));
        }
    }

    @Inject
    WardService wards;

    @Inject
    PatientAccess access;

    @GET
    @Operation(summary = "The wards, with their bed and patient counts")
    public List<WardView> wards() {
        return wards.wards().stream().map(WardView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One ward")
    public WardView ward(@PathParam("code") String code) {
        return wards.wards().stream().filter(w -> w.ward().code().equals(code)).findFirst().map(WardView::of)
                .orElseThrow(() -> new org.epma.prescribing.refusal.NotFoundException("ward", code));
    }

    @GET
    @Path("{code}/patients")
    @AuditedRead(ReadRecord.WARD_PATIENTS)
    @Operation(summary = "The patients on a ward now, in bed order, with allergy status, weight and renal function")
    public List<PatientRowView> patients(@PathParam("code") String code) {
        List<PatientRowView> patients = wards.patientsOn(code).stream().map(PatientRowView::of).toList();
        access.shown(code, patients.stream().map(PatientRowView::patientId).toList());
        return patients;
    }
}
