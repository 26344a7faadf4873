package org.epma.web.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.web.security.StaffRoles;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;

/** What the FHIR API truly supports: the six resources' read and search, the parameters named, JSON only. */
@Path("fhir/metadata")
@Tag(name = "FHIR")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({StaffRoles.PRESCRIBER, StaffRoles.NURSE, StaffRoles.PHARMACIST})
public class FhirMetadataResource {

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "FHIR R4 CapabilityStatement of this server")
    public CapabilityStatement capabilities() {
        return capabilities(FhirMedia.base(uri).toString());
    }

    static CapabilityStatement capabilities(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE).setDate(new Date())
                .setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1)
                .setName("EpmaFhirApi").setTitle("ePMA FHIR R4 read and search API")
                .setDescription("Read and search of patients, allergies, formulary medications, inpatient orders,"
                        + " discharge prescriptions, medicines taken before admission and administration records, in JSON, for logged-in clinical staff (docs/fhir.md).");
        statement.getSoftware().setName("ePMA");
        statement.getImplementation().setDescription("ePMA FHIR API").setUrl(base);
        statement.addFormat("application/fhir+json").addFormat("json");
        var rest = statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription("Log in with POST /api/v1/session; the session cookie then identifies"
                + " the caller. Roles PRESCRIBER, NURSE and PHARMACIST may read; every read of a patient's data is audited.");
        resource(rest.addResource(), "Patient", "identifier", Enumerations.SearchParamType.TOKEN,
                "NHS number (https://fhir.nhs.uk/Id/nhs-number) or hospital number, system|value or value alone");
        resource(rest.addResource(), "AllergyIntolerance", "patient", Enumerations.SearchParamType.REFERENCE,
                "the patient's current recorded allergies (required)");
        resource(rest.addResource(), "Medication", "code", Enumerations.SearchParamType.TOKEN,
                "the formulary's local product code (required)");
        var requests = resource(rest.addResource(), "MedicationRequest", "patient", Enumerations.SearchParamType.REFERENCE,
                "the patient's inpatient orders, every version, and the medicines going home on their discharge prescriptions (required)");
        requests.addSearchParam().setName("status").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("active, on-hold, stopped, completed, cancelled or draft; comma-separated for any of them");
        requests.addSearchParam().setName("category").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("inpatient or discharge (http://terminology.hl7.org/CodeSystem/medicationrequest-category);"
                        + " comma-separated for either");
        var statements = resource(rest.addResource(), "MedicationStatement", "patient", Enumerations.SearchParamType.REFERENCE,
                "the medicines the patient took before each stay, from medicines reconciliation (required)");
        statements.addSearchParam().setName("status").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("active (undecided or continued), on-hold (withheld) or stopped (changed or stopped);"
                        + " comma-separated for any of them");
        var administrations = resource(rest.addResource(), "MedicationAdministration", "patient", Enumerations.SearchParamType.REFERENCE,
                "the patient's administration records (required)");
        administrations.addSearchParam().setName("effective-time").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("ge, gt, le, lt or eq with a date or a date-time with its zone; twice for a range");
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestResourceComponent resource, String type,
                                                                     String parameter, Enumerations.SearchParamType parameterType,
                                                                     String documentation) {
        resource.setType(type);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.addSearchParam().setName(parameter).setType(parameterType).setDocumentation(documentation);
        return resource;
    }
}
