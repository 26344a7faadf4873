package org.epma.web.testdata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A patient to register ({@code POST /api/v1/patients}): by default an adult woman with a hospital number no one has
 * used; and the bodies that complete the record (a measurement, no known allergies, an allergy, an admission).
 */
public final class PatientJson {

    private String hospitalNumber = uniqueHospitalNumber("T");
    private String nhsNumber;
    private String givenName = "Test";
    private String familyName = "Patient";
    private LocalDate dateOfBirth = LocalDate.of(1970, 5, 5);
    private String sex = "FEMALE";

    private PatientJson() {
    }

    public static PatientJson patient() {
        return new PatientJson();
    }

    /** {@code prefix} and ten random letters or digits: unique across runs sharing one database. */
    public static String uniqueHospitalNumber(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    public PatientJson hospitalNumber(String value) {
        this.hospitalNumber = value;
        return this;
    }

    public PatientJson nhsNumber(String value) {
        this.nhsNumber = value;
        return this;
    }

    public PatientJson named(String given, String family) {
        this.givenName = given;
        this.familyName = family;
        return this;
    }

    public PatientJson bornOn(LocalDate value) {
        this.dateOfBirth = value;
        return this;
    }

    public PatientJson sex(String value) {
        this.sex = value;
        return this;
    }

    public String hospitalNumber() {
        return hospitalNumber;
    }

    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("hospitalNumber", hospitalNumber);
        if (nhsNumber != null) {
            json.add("nhsNumber", nhsNumber);
        }
        return json.add("givenName", givenName).add("familyName", familyName).add("dateOfBirth", dateOfBirth.toString())
                .add("sex", sex).build();
    }

    @Override
    public String toString() {
        return json().toString();
    }

    /** {@code POST /api/v1/patients/{id}/measurements}: e.g. ("WEIGHT", "70"), ("EGFR", "90"). */
    public static String measurement(String kind, String value) {
        return Json.createObjectBuilder().add("kind", kind).add("value", new BigDecimal(value)).build().toString();
    }

    /** {@code PUT /api/v1/patients/{id}/allergy-status}. */
    public static String noKnownAllergies() {
        return Json.createObjectBuilder().add("status", "NO_KNOWN_ALLERGIES").build().toString();
    }

    /** {@code POST /api/v1/patients/{id}/allergies}. */
    public static String allergy(String substance, String reaction, String severity) {
        return Json.createObjectBuilder().add("substance", substance).add("reaction", reaction).add("severity", severity)
                .build().toString();
    }

    /** {@code POST /api/v1/patients/{id}/admission}; {@code bed} may be null (on the ward, in no particular bed). */
    public static String admission(String ward, String bed) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("ward", ward);
        if (bed != null) {
            json.add("bed", bed);
        }
        return json.build().toString();
    }
}
