package org.epma.web.api.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.order.OrderRequest;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.ward.WardService;
import org.epma.prescribing.staff.Language;
import org.epma.web.api.EnumCode;
import org.epma.web.api.RequestSentence;
import org.epma.web.api.prescription.PrescriptionResource;
import org.epma.web.api.prescription.PrescriptionViews;
import org.epma.web.api.ward.WardResource;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

@Path("patients")
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class PatientResource {

    public record NewPatientRequest(String hospitalNumber, String nhsNumber, String givenName, String familyName,
                                    LocalDate dateOfBirth, String sex) {
    }

    public record MeasurementRequest(String kind, BigDecimal value, Instant measuredAt) {
    }

    public record AllergyRequest(String substance, String reaction, String severity) {
    }

    /** {@code language}: {@code en} or {@code cy}. */
    public record LanguageRequest(String language) {
    }

    public record StatusRequest(String status) {
    }

    public record AllergyView(long id, String substance, String reaction, String severity, Instant recordedAt) {
    }

    public record WardPlaceView(String code, String name, String nameCy) {
    }

    public record PatientView(long id, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                              LocalDate dateOfBirth, int ageYears, String sex, String allergyStatus, List<AllergyView> allergies,
                              String pregnancyStatus, WardResource.MeasurementView weight, WardResource.MeasurementView height,
                              WardResource.MeasurementView renalFunction, WardPlaceView ward, String bed, String language) {
    }

    /** The patient after a change, and the current orders that now raise alerts. */
    public record ChangeResult(PatientView patient, List<PrescriptionResource.RecheckView> recheck) {
    }

    @Inject
    PatientRecords records;

    @Inject
    Prescribing prescribing;

    @Inject
    WardService wards;

    @Inject
    PrescriptionViews views;

    @Inject
    PatientAccess access;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Register a patient")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "patient",
            value = "{\"hospitalNumber\":\"H1234567\",\"nhsNumber\":\"943 476 5919\",\"givenName\":\"Eleri\","
                    + "\"familyName\":\"Morgan\",\"dateOfBirth\":\"1961-04-02\",\"sex\":\"FEMALE\"}")))
    public Response register(NewPatientRequest request, @Context UriInfo uri) {
        if (request == null || request.hospitalNumber() == null) {
            throw new InvalidInputException("hospitalNumber", RequestSentence.GIVE_HOSPITAL_NUMBER.with(), "Give the hospital number.");
        }
        if (request.dateOfBirth() == null) {
            throw new InvalidInputException("dateOfBirth", RequestSentence.GIVE_DATE_OF_BIRTH.with(), "Give the date of birth.");
        }
        Patient patient = records.register(new HospitalNumber(request.hospitalNumber()),
                request.nhsNumber() == null || request.nhsNumber().isBlank() ? null : NhsNumber.parse(request.nhsNumber()),
                request.givenName(), request.familyName(), request.dateOfBirth(), EnumCode.of(Sex.class, request.sex(), "sex"),
                actor());
        return Response.created(uri.getAbsolutePathBuilder().path(patient.id().toString()).build()).entity(view(patient.id())).build();
    }

    @GET
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "Find a patient by hospital number (as a wristband scan gives it): a list of none or one")
    public List<PatientView> find(@QueryParam("hospitalNumber") String hospitalNumber) {
        if (hospitalNumber == null || hospitalNumber.isBlank()) {
            throw new InvalidInputException("hospitalNumber", RequestSentence.GIVE_NUMBER_TO_FIND.with(), "Give the hospital number to look for.");
        }
        List<PatientView> found = records.findByHospitalNumber(new HospitalNumber(hospitalNumber.strip()))
                .map(p -> List.of(view(p.id()))).orElse(List.of());
        access.shown(found.isEmpty() ? "none" : found.get(0).id(), found.stream().map(PatientView::id).toList());
        return found;
    }

    @GET
    @Path("{id}")
    @AuditedRead(ReadRecord.PATIENT)
    @Operation(summary = "A patient with allergies, latest weight, height and renal function, and where they are")
    public PatientView patient(@PathParam("id") long id) {
        PatientView patient = view(id);
        access.shown(id);
        return patient;
    }

    @POST
    @Path("{id}/measurements")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Record a weight, height, eGFR or creatinine clearance; the checks run again on the current orders")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "weight", value = "{\"kind\":\"WEIGHT\",\"value\":72.5}"),
        @ExampleObject(name = "eGFR", value = "{\"kind\":\"EGFR\",\"value\":38,\"measuredAt\":\"2026-11-23T07:30:00Z\"}")}))
    public Response recordMeasurement(@PathParam("id") long id, MeasurementRequest request) {
        if (request == null) {
            throw new InvalidInputException("kind", RequestSentence.SEND_MEASUREMENT.with(), "Send the measurement.");
        }
        records.recordMeasurement(id, EnumCode.of(MeasurementKind.class, request.kind(), "kind"), request.value(), request.measuredAt(),
                actor());
        return Response.status(Response.Status.CREATED).entity(changed(id)).build();
    }

    @POST
    @Path("{id}/allergies")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Record an allergy; the checks run again on the current orders")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "penicillin",
            value = "{\"substance\":\"Penicillin\",\"reaction\":\"Urticaria\",\"severity\":\"MODERATE\"}")))
    public Response recordAllergy(@PathParam("id") long id, AllergyRequest request) {
        if (request == null) {
            throw new InvalidInputException("substance", RequestSentence.SEND_ALLERGY.with(), "Send the allergy.");
        }
        records.recordAllergy(id, request.substance(), request.reaction(),
                request.severity() == null ? AllergySeverity.UNKNOWN : EnumCode.of(AllergySeverity.class, request.severity(), "severity"),
                actor());
        return Response.status(Response.Status.CREATED).entity(changed(id)).build();
    }

    @PUT
    @Path("{id}/allergy-status")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Record no known drug allergies (recorded allergies are added with POST …/allergies)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "NKDA", value = "{\"status\":\"NO_KNOWN_ALLERGIES\"}")))
    public ChangeResult allergyStatus(@PathParam("id") long id, StatusRequest request) {
        AllergyStatus status = EnumCode.of(AllergyStatus.class, request == null ? null : request.status(), "status");
        if (status != AllergyStatus.NO_KNOWN_ALLERGIES) {
            throw new InvalidInputException("status", RequestSentence.NO_KNOWN_ALLERGIES_ONLY.with(),
                    "Record allergies with POST /patients/{id}/allergies; this sets NO_KNOWN_ALLERGIES.");
        }
        records.recordNoKnownAllergies(id, actor());
        return changed(id);
    }

    @PUT
    @Path("{id}/pregnancy-status")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Record pregnancy or breastfeeding; the checks run again on the current orders")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "pregnant", value = "{\"status\":\"PREGNANT\"}")))
    public ChangeResult pregnancyStatus(@PathParam("id") long id, StatusRequest request) {
        records.recordPregnancyStatus(id, EnumCode.of(PregnancyStatus.class, request == null ? null : request.status(), "status"), actor());
        return changed(id);
    }

    @PUT
    @Path("{id}/language")
    @RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
    @Operation(summary = "Record the language the patient reads their own papers in (en or cy): the medicines list they take home")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Welsh", value = "{\"language\":\"cy\"}")))
    public ChangeResult language(@PathParam("id") long id, LanguageRequest request) {
        records.recordLanguage(id, Language.fromCode(request == null ? null : request.language()), actor());
        return new ChangeResult(view(id), List.of()); // no order check reads the patient's language
    }

    @POST
    @Path("{id}/order-checks")
    @Operation(summary = "Run every order check on a proposed order without saving it",
            description = "The alerts of CLINICAL.md (category, severity, message, rule and source), most severe first.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "regular", value = "{\"productCode\":\"PARACETAMOL-TAB-500\",\"dose\":1,\"doseUnit\":\"g\","
                + "\"route\":\"PO\",\"frequency\":\"QDS\"}"),
        @ExampleObject(name = "as needed", value = "{\"productCode\":\"PARACETAMOL-TAB-500\",\"dose\":1,\"doseUnit\":\"g\","
                + "\"route\":\"PO\",\"frequency\":\"PRN\",\"prnReason\":\"pain\",\"prnMinIntervalHours\":4,\"prnMaxPer24h\":4}")}))
    public Prescribing.CheckResult check(@PathParam("id") long id,
                                         @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                                 description = "the order being changed, left out of the checks")
                                         @jakarta.ws.rs.QueryParam("replaces") Long replaces, OrderRequest request) {
        return prescribing.check(id, request, replaces);
    }

    @GET
    @Path("{id}/prescriptions")
    @AuditedRead(ReadRecord.PATIENT_PRESCRIPTIONS)
    @Operation(summary = "Every version of every order of the patient, newest first")
    public List<PrescriptionResource.PrescriptionView> prescriptions(@PathParam("id") long id) {
        access.shown(id);
        return prescribing.ofPatient(id).stream().map(views::view).toList();
    }

    @POST
    @Path("{id}/prescriptions")
    @RolesAllowed(StaffRoles.PRESCRIBER)
    @Operation(summary = "Start a new order: saved as a DRAFT with its alerts; sign it with POST /prescriptions/{id}/sign."
            + " A dose range gives 'dose' (the bottom) and 'doseUpTo' (the top, more than the bottom, in the same 'doseUnit');"
            + " the checks judge the top, and the nurse records the amount given within it. A top not above the bottom is a"
            + " 400 problem naming the field 'doseUpTo'; a bottom of zero or less names 'dose'")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "antibiotic course", value = "{\"productCode\":\"AMOXICILLIN-CAP-500\",\"dose\":500,\"doseUnit\":\"mg\","
                + "\"route\":\"PO\",\"frequency\":\"TDS\",\"durationDays\":5,\"indication\":\"Community-acquired pneumonia\"}"),
        @ExampleObject(name = "dose range, as needed", value = "{\"productCode\":\"MORPHINE-SOL-10-5ML\",\"dose\":2.5,\"doseUpTo\":5,"
                + "\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"PRN\",\"prnReason\":\"pain\",\"prnMinIntervalHours\":2,"
                + "\"prnMaxPer24h\":6,\"indication\":\"Breakthrough pain\"}")}))
    public Response prescribe(@PathParam("id") long id, OrderRequest request, @Context UriInfo uri) {
        var draft = prescribing.draft(id, request, ActingStaff.in(security, StaffRoles.PRESCRIBER));
        return Response.created(uri.getBaseUriBuilder().path("prescriptions").path(draft.id().toString()).build())
                .entity(views.view(draft)).build();
    }

    private ChangeResult changed(long id) {
        return new ChangeResult(view(id), prescribing.recheck(id).stream().map(views::recheck).toList());
    }

    private PatientView view(long id) {
        Patient p = records.get(id);
        Map<MeasurementKind, Measurement> latest = records.latestMeasurements(id);
        Measurement renal = Measurement.latestRenalFunction(latest.get(MeasurementKind.EGFR),
                latest.get(MeasurementKind.CREATININE_CLEARANCE));
        var place = wards.currentPlace(id);
        return new PatientView(p.id(), p.hospitalNumber().value(), p.nhsNumber() == null ? null : p.nhsNumber().value(),
                p.givenName(), p.familyName(), p.dateOfBirth(), p.ageInYearsOn(LocalDate.now(clock)), p.sex().name(),
                p.allergyStatus().name(), records.allergies(id).stream().map(a -> new AllergyView(a.id(), a.substance(),
                        a.reaction(), a.severity().name(), a.recordedAt())).toList(), p.pregnancyStatus().name(),
                WardResource.MeasurementView.of(latest.get(MeasurementKind.WEIGHT)),
                WardResource.MeasurementView.of(latest.get(MeasurementKind.HEIGHT)), WardResource.MeasurementView.of(renal),
                place.map(pl -> new WardPlaceView(pl.ward().code(), pl.ward().name(), pl.ward().nameCy())).orElse(null),
                place.map(WardService.Place::bed).orElse(null), p.language() == null ? null : p.language().code());
    }

    private Actor actor() {
        return ActingStaff.in(security, StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST);
    }
}
