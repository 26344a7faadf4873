package org.epma.web.api.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditChainKey;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.prescribing.audit.AuditChainVerifier;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.audit.AuditSearch;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.web.api.InstantParameter;
import org.epma.web.api.RequestSentence;
import org.epma.web.audit.AuditedRead;
import org.epma.web.audit.PatientAccess;
import org.epma.web.audit.ReadRecord;
import org.epma.web.problem.Problem;
import org.epma.web.security.StaffRoles;

/**
 * The audit trail for those who review it: administrators and auditors. Auditors see the trail and nothing
 * clinical; every look at the trail is itself an entry.
 */
@Path("audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRoles.ADMIN, StaffRoles.AUDITOR})
public class AuditResource {

    private static final String PAGE_EXAMPLE = "{\"entries\":[{\"seq\":1204,\"occurredAt\":\"2026-11-23T08:14:03.52Z\","
            + "\"actor\":\"nurse.evans\",\"actorRole\":\"NURSE\",\"action\":\"READ\",\"entityType\":\"Mar\",\"entityId\":\"7\","
            + "\"patients\":[7]}],\"page\":0,\"size\":50,\"more\":false}";

    @Resource(lookup = "java:app/jdbc/epma")
    DataSource dataSource;

    @Inject
    AuditChainKey key;

    @Inject
    AuditSearch search;

    @Inject
    PatientRecords records;

    @Inject
    PatientAccess access;

    @GET
    @Path("verification")
    @Operation(summary = "Check the audit trail's chain: intact, and keyed",
            description = "Recomputes every entry's link (HMAC-SHA256 with the site's audit key from the key-change point on,"
                    + " plain SHA-256 before it); names the first entry that was altered, removed, or rewritten by someone"
                    + " without the key. `keyed` is true when the trail is intact and keyed; `unkeyedEntries` counts the"
                    + " entries written before the trail was keyed.")
    public AuditChainReport verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new AuditChainVerifier(connection, key).verify();
        }
    }

    @GET
    @Path("entries")
    @AuditedRead(ReadRecord.AUDIT_TRAIL)
    @Operation(summary = "Search the audit trail, newest first",
            description = "Every filter is optional. `patient` (an id) or `hospitalNumber` matches the entries that name the"
                    + " patient: every read of their record (a drug round or ward list names everyone it showed) and every"
                    + " change to it. `from` and `to` are ISO instants (`to` exclusive). Pages hold `size` entries (1 to 200,"
                    + " default 50); `more` says whether a later page has any.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reads of a patient", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter that is not valid, naming it in `field`",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AuditSearch.Page entries(
            @Parameter(description = "user name of who acted") @QueryParam("user") String user,
            @Parameter(description = "patient id") @QueryParam("patient") String patient,
            @Parameter(description = "hospital number, instead of the patient id") @QueryParam("hospitalNumber") String hospitalNumber,
            @Parameter(description = "e.g. READ, CHANGED, LOGIN_FAILED, ACCESS_REFUSED") @QueryParam("action") AuditAction action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        Long patientId = patient(patient, hospitalNumber);
        AuditSearch.Filter filter = new AuditSearch.Filter(blankToNull(user),
                patientId, action,
                instant(from, "from"), instant(to, "to"));
        AuditSearch.Page found = search.search(filter, number(page, "page"), number(size, "size"));
        access.shown(patientId == null ? "search" : patientId, patientId == null ? List.of() : List.of(patientId),
                described(filter).add("page", found.page()).build());
        return found;
    }

    /** The search as its own audit entry records it. */
    private static JsonObjectBuilder described(AuditSearch.Filter filter) {
        JsonObjectBuilder detail = AuditJson.object();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("user", filter.user());
        parts.put("action", filter.action());
        parts.put("from", filter.from());
        parts.put("to", filter.to());
        parts.forEach((name, value) -> {
            if (value != null) {
                detail.add(name, value.toString());
            }
        });
        return detail;
    }

    @GET
    @Path("patients/{id}/access")
    @AuditedRead(ReadRecord.AUDIT_TRAIL)
    @Operation(summary = "A patient's access log: who read or changed their record, and when, newest first",
            description = "The same entries as a search by `patient`; paged like it.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reads of a patient", value = PAGE_EXAMPLE)))
    public AuditSearch.Page patientAccess(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") String page,
                                          @QueryParam("size") @DefaultValue("50") String size) {
        AuditSearch.Page found = search.search(new AuditSearch.Filter(null, id, null, null, null),
                number(page, "page"), number(size, "size"));
        access.shown(id, List.of(id), AuditJson.object().add("accessLog", true).add("page", found.page()).build());
        return found;
    }

    private Long patient(String id, String hospitalNumber) {
        if (hospitalNumber != null && !hospitalNumber.isBlank()) {
            return records.findByHospitalNumber(new HospitalNumber(hospitalNumber.strip()))
                    .map(Patient::id).orElseThrow(() -> new NotFoundException("patient", hospitalNumber.strip()));
        }
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("patient", RequestSentence.NOT_A_PATIENT_ID.with(Text.echoed(id)), Text.echo(id) + " is not a patient id.");
        }
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, RequestSentence.NOT_A_WHOLE_NUMBER.with(Text.echoed(text)), Text.echo(text) + " is not a whole number.");
        }
    }

    private static Instant instant(String text, String field) {
        return text == null || text.isBlank() ? null : InstantParameter.of(text.strip(), field);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
