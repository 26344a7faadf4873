package org.epma.web.testdata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A dose record ({@code POST /api/v1/administrations}): given after scanning the wristband and the product, or not
 * given with a reason; a scheduled time for a regular dose (none for an as-needed one), and what a test adds.
 */
public final class AdministrationJson {

    private final long patientId;
    private final long prescriptionId;
    private final String outcome;
    private Instant scheduledAt;
    private String reason;
    private String wristband;
    private String product;
    private BigDecimal dose;
    private String doseUnit;
    private String site;
    private String prnReason;
    private Instant administeredAt;
    private String timingReason;
    private String witness;
    private String witnessPassword;

    private AdministrationJson(long patientId, long prescriptionId, String outcome) {
        this.patientId = patientId;
        this.prescriptionId = prescriptionId;
        this.outcome = outcome;
    }

    /** The same record, to change without changing this one. */
    public AdministrationJson copy() {
        AdministrationJson copy = new AdministrationJson(patientId, prescriptionId, outcome);
        copy.scheduledAt = scheduledAt;
        copy.reason = reason;
        copy.wristband = wristband;
        copy.product = product;
        copy.dose = dose;
        copy.doseUnit = doseUnit;
        copy.site = site;
        copy.prnReason = prnReason;
        copy.administeredAt = administeredAt;
        copy.timingReason = timingReason;
        copy.witness = witness;
        copy.witnessPassword = witnessPassword;
        return copy;
    }

    /** Given, identified by scanning this wristband and this product barcode. */
    public static AdministrationJson scannedAndGiven(long patientId, long prescriptionId, String wristband, String product) {
        AdministrationJson given = new AdministrationJson(patientId, prescriptionId, "GIVEN");
        given.wristband = wristband;
        given.product = product;
        return given;
    }

    /** Not given, for a reason such as REFUSED. */
    public static AdministrationJson notGiven(long patientId, long prescriptionId, String reason) {
        AdministrationJson notGiven = new AdministrationJson(patientId, prescriptionId, "NOT_GIVEN");
        notGiven.reason = reason;
        return notGiven;
    }

    /** The scheduled dose this records; null for an as-needed dose. */
    public AdministrationJson scheduledAt(Instant value) {
        this.scheduledAt = value;
        return this;
    }

    public AdministrationJson wristband(String value) {
        this.wristband = value;
        return this;
    }

    public AdministrationJson dose(String amount, String unit) {
        this.dose = new BigDecimal(amount);
        this.doseUnit = unit;
        return this;
    }

    public AdministrationJson site(String value) {
        this.site = value;
        return this;
    }

    public AdministrationJson prnReason(String value) {
        this.prnReason = value;
        return this;
    }

    /** Given at this time and recorded later, for this reason. */
    public AdministrationJson late(Instant given, String why) {
        this.administeredAt = given;
        this.timingReason = why;
        return this;
    }

    public AdministrationJson witnessedBy(String username, String password) {
        this.witness = username;
        this.witnessPassword = password;
        return this;
    }

    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("patientId", patientId).add("prescriptionId", prescriptionId);
        if (scheduledAt != null) {
            json.add("scheduledAt", scheduledAt.toString());
        }
        json.add("outcome", outcome);
        if (reason != null) {
            json.add("reason", reason);
        }
        if (product != null) {
            json.add("identifiedBy", "SCAN").add("wristband", wristband).add("product", product);
        }
        if (dose != null) {
            json.add("dose", dose).add("doseUnit", doseUnit);
        }
        if (site != null) {
            json.add("site", site);
        }
        if (prnReason != null) {
            json.add("prnReason", prnReason);
        }
        if (administeredAt != null) {
            json.add("administeredAt", administeredAt.toString()).add("timingReason", timingReason);
        }
        if (witness != null) {
            json.add("witness", Json.createObjectBuilder().add("username", witness).add("password", witnessPassword));
        }
        return json.build();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
