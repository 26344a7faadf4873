package org.epma.web.testdata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Signing a draft ({@code POST /api/v1/prescriptions/{id}/sign}): by default every alert of the draft acknowledged and
 * none overridden; a test that meets serious alerts overrides them with a reason, and a controlled drug's signature
 * carries the prescriber's password.
 */
public final class SignatureJson {

    private final List<JsonObject> alerts;
    private boolean warningsOnly;
    private String overrideReason;
    private String password;

    private SignatureJson(List<JsonObject> alerts) {
        this.alerts = alerts;
    }

    /** For a draft or prescription as the API answers it (with its {@code alerts}). */
    public static SignatureJson forDraft(JsonObject draft) {
        return new SignatureJson(draft.getJsonArray("alerts").getValuesAs(JsonObject.class));
    }

    /** Acknowledges only the WARNING alerts (the serious ones are overridden instead). */
    public SignatureJson acknowledgingWarningsOnly() {
        this.warningsOnly = true;
        return this;
    }

    /** Overrides every SEVERE alert with this reason. */
    public SignatureJson overridingSevere(String reason) {
        this.overrideReason = reason;
        return this;
    }

    /** The prescriber's password, asked for a controlled drug and ignored otherwise. */
    public SignatureJson password(String value) {
        this.password = value;
        return this;
    }

    public JsonObject json() {
        JsonArrayBuilder acknowledgements = Json.createArrayBuilder();
        JsonArrayBuilder overrides = Json.createArrayBuilder();
        for (JsonObject alert : alerts) {
            boolean severe = "SEVERE".equals(alert.getString("severity", null));
            if (!warningsOnly || "WARNING".equals(alert.getString("severity", null))) {
                acknowledgements.add(alert.getString("key"));
            }
            if (severe && overrideReason != null) {
                overrides.add(Json.createObjectBuilder().add("key", alert.getString("key")).add("reason", overrideReason));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("acknowledgements", acknowledgements).add("overrides", overrides);
        if (password != null) {
            json.add("password", password);
        }
        return json.build();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
