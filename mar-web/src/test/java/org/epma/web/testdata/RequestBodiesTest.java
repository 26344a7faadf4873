package org.epma.web.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bodies the integration tests and the bedside benchmark send are the JSON the API reads. */
class RequestBodiesTest {

    private static JsonObject parsed(Object body) {
        return Json.createReader(new StringReader(body.toString())).readObject();
    }

    @Test
    void aNewPatientHasADefaultForEveryRequiredFieldAndAHospitalNumberOfItsOwn() {
        JsonObject patient = parsed(PatientJson.patient());
        assertEquals("1970-05-05", patient.getString("dateOfBirth"));
        assertEquals("FEMALE", patient.getString("sex"));
        assertFalse(patient.containsKey("nhsNumber"));
        assertNotEquals(patient.getString("hospitalNumber"), parsed(PatientJson.patient()).getString("hospitalNumber"));
        assertTrue(patient.getString("hospitalNumber").matches("T[0-9A-F]{10}"), patient.toString());
    }

    @Test
    void anOrderCarriesItsDoseAsANumberAndOnlyTheTermsGiven() {
        JsonObject order = parsed(OrderJson.oxycodoneWhenNeeded(6).start(Instant.parse("2026-11-23T08:00:00Z")));
        assertEquals(new BigDecimal("5"), order.getJsonNumber("dose").bigDecimalValue());
        assertEquals("PRN", order.getString("frequency"));
        assertEquals(6, order.getInt("prnMaxPer24h"));
        assertEquals("2026-11-23T08:00:00Z", order.getString("start"));
        assertFalse(parsed(OrderJson.omeprazoleDaily()).containsKey("prnReason"));
    }

    @Test
    void aSignatureAcknowledgesTheAlertsAndOverridesTheSevereOnesWhenAskedWithAReason() {
        JsonObject draft = parsed("{\"alerts\":[{\"key\":\"dose:1\",\"severity\":\"WARNING\"},"
                + "{\"key\":\"allergy:2\",\"severity\":\"SEVERE\"}]}");
        JsonObject all = parsed(SignatureJson.forDraft(draft).password("secret"));
        assertEquals(List.of("dose:1", "allergy:2"), all.getJsonArray("acknowledgements").getValuesAs(j -> ((jakarta.json.JsonString) j).getString()));
        assertTrue(all.getJsonArray("overrides").isEmpty());
        assertEquals("secret", all.getString("password"));
        JsonObject overriding = parsed(SignatureJson.forDraft(draft).acknowledgingWarningsOnly().overridingSevere("Discussed"));
        assertEquals(List.of("dose:1"), overriding.getJsonArray("acknowledgements").getValuesAs(j -> ((jakarta.json.JsonString) j).getString()));
        assertEquals("allergy:2", overriding.getJsonArray("overrides").getJsonObject(0).getString("key"));
        assertEquals("Discussed", overriding.getJsonArray("overrides").getJsonObject(0).getString("reason"));
        assertFalse(overriding.containsKey("password"));
    }

    @Test
    void aWitnessedCopyLeavesTheRecordItCameFromWithoutAWitness() {
        AdministrationJson given = AdministrationJson.scannedAndGiven(7, 8, "H123456", "(01)00200000000301").prnReason("pain 7/10");
        JsonObject witnessed = parsed(given.copy().witnessedBy("nurse.okafor", "training-nurse-2"));
        assertEquals("nurse.okafor", witnessed.getJsonObject("witness").getString("username"));
        assertEquals("SCAN", witnessed.getString("identifiedBy"));
        assertFalse(parsed(given).containsKey("witness"));
        assertFalse(parsed(given).containsKey("scheduledAt"), "an as-needed dose has no scheduled time");
    }

    @Test
    void aDoseNotGivenNamesItsReasonAndNoScan() {
        JsonObject notGiven = parsed(AdministrationJson.notGiven(7, 8, "REFUSED").scheduledAt(Instant.parse("2026-11-23T08:00:00Z")));
        assertEquals("NOT_GIVEN", notGiven.getString("outcome"));
        assertEquals("REFUSED", notGiven.getString("reason"));
        assertFalse(notGiven.containsKey("product"));
    }
}
