package org.epma.web.api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.epma.web.api.administration.AdministrationViews.EffectDueView;
import org.epma.web.api.administration.AdministrationViews.MissingDoseView;
import org.epma.web.api.administration.AdministrationViews.OrderSummary;
import org.epma.web.api.administration.AdministrationViews.PrnView;
import org.epma.web.api.administration.DrugRoundResource.DoseOnRound;
import org.epma.web.api.administration.DrugRoundResource.InfusionOnRound;
import org.epma.web.api.administration.DrugRoundResource.OxygenOnRound;
import org.epma.web.api.administration.DrugRoundResource.PatientOnRound;
import org.epma.web.api.administration.DrugRoundResource.RoundView;
import org.epma.web.api.administration.DrugRoundResource.Summary;
import org.epma.web.api.administration.DrugRoundResource.WardHeader;
import org.epma.web.api.prescription.OxygenResource.CheckView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrugRoundJsonTest {

    private static final Instant EIGHT = Instant.parse("2026-12-04T08:00:00Z");

    private static OrderSummary order(long id, BigDecimal upTo, String prnReason) {
        return new OrderSummary(id, id, 1, "VERIFIED", "PARACETAMOL-TAB-500", "Paracetamol 500 mg tablets", "paracetamol",
                "Paracetamol 1 g oral four times a day", new BigDecimal("1.0000"), upTo, "g", "PO", "QDS", prnReason, null, null,
                "After food", true, false, null, null, true, "tablet", List.of("g", "mg", "tablet"), null, null);
    }

    private static RoundView round() {
        DoseOnRound due = new DoseOnRound(7, 7, EIGHT, EIGHT.minusSeconds(3600), EIGHT.plusSeconds(3600), "DUE", null);
        DoseOnRound given = new DoseOnRound(7, 7, EIGHT.minusSeconds(21_600), EIGHT.minusSeconds(25_200), EIGHT.minusSeconds(18_000),
                "GIVEN", 42L);
        PrnView prn = new PrnView(order(9, new BigDecimal("2"), "Pain"), false, "Next from 10:00", EIGHT.plusSeconds(7200), 2,
                EIGHT.minusSeconds(3600), new BigDecimal("1.5"), "g");
        PatientOnRound nia = new PatientOnRound(3, "Bay 1 Bed 2", "TRN01003", "9990001952", "Nia", "Evans",
                LocalDate.of(1948, 3, 1), 78, "KNOWN_ALLERGIES", List.of("Penicillin (rash)"), List.of(order(7, null, null)),
                List.of(due, given), List.of(prn),
                List.of(new EffectDueView(42, 9, "Paracetamol", EIGHT.minusSeconds(3600), EIGHT)),
                List.of(new MissingDoseView(5, 3, 7, 7, "DEWI", null, "REQUESTED", "nurse.evans", EIGHT, null, null, null, "Ŵy ŷ â")),
                List.of(new InfusionOnRound(11, "Fluid: 1000 mL of Sodium chloride 0.9%", "RUNNING", new BigDecimal("125"), null, 2,
                        EIGHT.plusSeconds(1800), true, false, null)),
                new OxygenOnRound(13, "HYPERCAPNIC_RISK", 88, 92, "88–92%", null, "VENTURI_MASK", 28, new BigDecimal("4"),
                        new BigDecimal("4"), new CheckView(17, 95, "VENTURI_MASK", 28, new BigDecimal("4.0"), "ABOVE",
                        EIGHT.minusSeconds(600), "nurse.evans")));
        PatientOnRound empty = new PatientOnRound(4, null, "TRN01004", null, "Iolo", "Williams", LocalDate.of(1955, 9, 17), 71,
                "NOT_RECORDED", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        return new RoundView(new WardHeader("DEWI", "Dewi Ward", "Ward Dewi", "Europe/London"), EIGHT, EIGHT.plusSeconds(14_400),
                new Summary(1, 0, 0, 0, 0, 1), List.of(nia, empty));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theDrugRoundIsWrittenAsJsonBWouldWriteIt() throws Exception {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        RecordTreeJson.write(round(), ours);
        String jsonb;
        try (Jsonb json = JsonbBuilder.create()) {
            jsonb = json.toJson(round());
        }

        assertEquals(parse(jsonb), parse(ours.toString(StandardCharsets.UTF_8)));
        // and member for member in the same order, as a reader of the raw text sees it
        assertEquals(jsonb, ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachOrderIsWrittenOnceForThePatientAndItsDosesNameItById() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordTreeJson.write(round(), out);
        JsonObject nia = parse(out.toString(StandardCharsets.UTF_8)).getJsonArray("patients").getJsonObject(0);

        assertEquals(1, nia.getJsonArray("orders").size(), nia.toString());
        assertEquals(7, nia.getJsonArray("orders").getJsonObject(0).getInt("id"));
        assertEquals(2, nia.getJsonArray("doses").size());
        for (JsonObject dose : nia.getJsonArray("doses").getValuesAs(JsonObject.class)) {
            assertFalse(dose.containsKey("order"), dose.toString());
            assertEquals(7, dose.getInt("prescriptionId"));
        }
    }

    @Test
    void nullMembersAreLeftOutAndAnInstantIsItsIsoText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordTreeJson.write(round(), out);
        JsonObject patient = parse(out.toString(StandardCharsets.UTF_8)).getJsonArray("patients").getJsonObject(1);

        assertFalse(patient.containsKey("bed"), patient.toString());
        assertFalse(patient.containsKey("nhsNumber"));
        assertEquals("1955-09-17", patient.getString("dateOfBirth"));
        assertTrue(patient.getJsonArray("doses").isEmpty());
        assertEquals("2026-12-04T08:00:00Z", parse(out.toString(StandardCharsets.UTF_8)).getString("now"));
    }
}
