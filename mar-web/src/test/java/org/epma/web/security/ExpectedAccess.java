package org.epma.web.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.epma.prescribing.staff.Role;

import static org.epma.prescribing.staff.Role.ADMIN;
import static org.epma.prescribing.staff.Role.AUDITOR;
import static org.epma.prescribing.staff.Role.NURSE;
import static org.epma.prescribing.staff.Role.PHARMACIST;
import static org.epma.prescribing.staff.Role.PRESCRIBER;

/**
 * Who may call each operation of the API: the one table that the annotations ({@code EveryEndpointStatesItsRolesTest})
 * and the running server ({@code ApiIT}'s authorisation matrix) are both held to. A new operation, or a new role,
 * fails both tests until it has its line here: one line per operation, naming every role that may call it.
 */
public final class ExpectedAccess {

    /** Who may call an operation: anyone (logged in or not), or the staff holding one of the roles. */
    public record Access(boolean open, Set<Role> roles) {
        public boolean allows(Role role) {
            return open || roles.contains(role);
        }

        @Override
        public String toString() {
            return open ? "open" : roles.toString();
        }
    }

    private static final Map<String, Access> TABLE = new LinkedHashMap<>();

    static {
        roles("POST /api/v1/administrations", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/administrations/{id}", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/administrations/{id}/effect", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/administrations/{id}/in-error", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/audit/entries", ADMIN, AUDITOR);
        roles("GET /api/v1/audit/patients/{id}/access", ADMIN, AUDITOR);
        roles("GET /api/v1/audit/verification", ADMIN, AUDITOR);
        roles("GET /api/v1/discharges/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/discharges/{id}/gp-summary.pdf", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/discharges/{id}/medicines-list.pdf", PRESCRIBER, NURSE, PHARMACIST);
        roles("PUT /api/v1/discharges/{id}/items/{itemId}", PRESCRIBER);
        roles("POST /api/v1/discharges/{id}/return", PHARMACIST);
        roles("POST /api/v1/discharges/{id}/screen", PHARMACIST);
        roles("POST /api/v1/discharges/{id}/sign", PRESCRIBER);
        roles("GET /api/v1/fhir/AllergyIntolerance", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/AllergyIntolerance/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/Medication", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/Medication/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationAdministration", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationAdministration/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationRequest", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationRequest/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationStatement", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/MedicationStatement/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/Patient", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/Patient/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/fhir/metadata", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/formulary", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/formulary/{code}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/glucose/patients/{patientId}", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/glucose/patients/{patientId}", NURSE, PRESCRIBER);
        roles("GET /api/v1/interface-messages", PHARMACIST);
        roles("GET /api/v1/interface-messages/{id}", PHARMACIST);
        roles("POST /api/v1/interface-messages/{id}/resend", PHARMACIST);
        roles("GET /api/v1/medicines-reconciliation", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/missing-dose-requests", PHARMACIST, NURSE);
        roles("POST /api/v1/missing-dose-requests/{id}/status", PHARMACIST, NURSE);
        roles("POST /api/v1/oxygen/orders", PRESCRIBER);
        roles("POST /api/v1/oxygen/orders/{id}/checks", NURSE);
        roles("POST /api/v1/oxygen/orders/{id}/stop", PRESCRIBER);
        roles("GET /api/v1/oxygen/patients/{patientId}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/patient-group-directions", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/patient-group-directions/{direction}/check", NURSE);
        roles("POST /api/v1/patient-group-directions/{direction}/doses", NURSE);
        roles("GET /api/v1/patient-group-directions/orders", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/patient-group-directions/orders/{prescriptionId}/review", PRESCRIBER);
        roles("GET /api/v1/homely-remedies", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/homely-remedies/{remedy}/check", NURSE);
        roles("POST /api/v1/homely-remedies/{remedy}/doses", NURSE);
        roles("GET /api/v1/patients", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/patients/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/allergies", PRESCRIBER, NURSE, PHARMACIST);
        roles("PUT /api/v1/patients/{id}/allergy-status", PRESCRIBER, NURSE, PHARMACIST);
        roles("PUT /api/v1/patients/{id}/language", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/measurements", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/order-checks", PRESCRIBER, NURSE, PHARMACIST);
        roles("PUT /api/v1/patients/{id}/pregnancy-status", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/patients/{id}/infusions", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/infusions", PRESCRIBER);
        roles("POST /api/v1/patients/{id}/infusions/checks", PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/patients/{id}/infusions/{prescriptionId}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/patients/{id}/infusions/{prescriptionId}/events", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/infusions/{prescriptionId}/events", NURSE);
        roles("POST /api/v1/patients/{id}/infusions/{prescriptionId}/events/{eventId}/in-error", NURSE);
        roles("GET /api/v1/patients/{id}/prescriptions", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{id}/prescriptions", PRESCRIBER);
        roles("POST /api/v1/patients/{patientId}/administrations/scan", NURSE, PRESCRIBER, PHARMACIST);
        roles("POST /api/v1/patients/{patientId}/admission", NURSE, PRESCRIBER);
        roles("POST /api/v1/patients/{patientId}/admission/discharge", NURSE, PRESCRIBER);
        roles("GET /api/v1/patients/{patientId}/mar", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/patients/{patientId}/medicines-reconciliation", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{patientId}/medicines-reconciliation/complete", PHARMACIST);
        roles("POST /api/v1/patients/{patientId}/medicines-reconciliation/medicines", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{patientId}/medicines-reconciliation/medicines/{medicineId}/decision", PRESCRIBER);
        roles("POST /api/v1/patients/{patientId}/missing-dose-requests", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/patients/{patientId}/discharge", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/patients/{patientId}/discharge", PRESCRIBER);
        roles("GET /api/v1/patients/{patientId}/reports/mar", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/prescriptions/{id}", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/prescriptions/{id}/amend", PRESCRIBER);
        roles("POST /api/v1/prescriptions/{id}/discard", PRESCRIBER);
        roles("POST /api/v1/prescriptions/{id}/discontinue", PRESCRIBER);
        roles("GET /api/v1/prescriptions/{id}/interventions", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/prescriptions/{id}/interventions", PHARMACIST);
        roles("POST /api/v1/prescriptions/{id}/reject", PHARMACIST);
        roles("POST /api/v1/prescriptions/{id}/resume", PRESCRIBER);
        roles("POST /api/v1/prescriptions/{id}/sign", PRESCRIBER);
        roles("POST /api/v1/prescriptions/{id}/suspend", PRESCRIBER);
        roles("POST /api/v1/prescriptions/{id}/verify", PHARMACIST);
        roles("GET /api/v1/prescriptions/{id}/versions", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/reports/verification-turnaround", PHARMACIST, ADMIN);
        roles("GET /api/v1/reports/verification-turnaround/by-day", PHARMACIST, ADMIN);
        roles("GET /api/v1/reports/critical-omissions/by-ward", PHARMACIST);
        open("POST /api/v1/session");
        roles("GET /api/v1/session", PRESCRIBER, NURSE, PHARMACIST, ADMIN, AUDITOR);
        roles("DELETE /api/v1/session", PRESCRIBER, NURSE, PHARMACIST, ADMIN, AUDITOR);
        roles("PUT /api/v1/session/language", PRESCRIBER, NURSE, PHARMACIST, ADMIN, AUDITOR);
        roles("PUT /api/v1/session/password", PRESCRIBER, NURSE, PHARMACIST, ADMIN, AUDITOR);
        open("GET /api/v1/system");
        roles("GET /api/v1/users", ADMIN);
        roles("POST /api/v1/users", ADMIN);
        roles("POST /api/v1/users/{username}/disable", ADMIN);
        roles("POST /api/v1/users/{username}/enable", ADMIN);
        roles("PUT /api/v1/users/{username}/password", ADMIN);
        roles("GET /api/v1/verification-queue", PHARMACIST);
        roles("GET /api/v1/vriii-scales", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/vte", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/vte/patients/{patientId}", PRESCRIBER, NURSE, PHARMACIST);
        roles("POST /api/v1/vte/patients/{patientId}", PRESCRIBER);
        roles("GET /api/v1/wards", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/wards/{code}", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/wards/{code}/drug-round", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/patients", PRESCRIBER, NURSE, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/controlled-drugs", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/critical-omissions", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/downtime-mar", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/downtime-mar/written", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/downtime-mar/written/{file}", NURSE, PRESCRIBER, PHARMACIST);
        roles("GET /api/v1/wards/{code}/reports/overrides-interventions", PHARMACIST);
    }

    private ExpectedAccess() {
    }

    private static void roles(String operation, Role first, Role... more) {
        put(operation, new Access(false, Set.copyOf(EnumSet.of(first, more))));
    }

    private static void open(String operation) {
        put(operation, new Access(true, Set.of()));
    }

    private static void put(String operation, Access access) {
        if (TABLE.put(operation, access) != null) {
            throw new IllegalStateException(operation + " is in the table twice");
        }
    }

    /** Every operation the table lists, as "METHOD /path", with who may call it. */
    public static Map<String, Access> table() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }

    /** Who may call the operation; null when the table does not list it. */
    public static Access of(String operation) {
        return TABLE.get(operation);
    }
}
