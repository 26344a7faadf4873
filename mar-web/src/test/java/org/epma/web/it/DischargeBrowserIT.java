package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The discharge page's papers, in headless Chromium, in English and Welsh: once pharmacy has screened the discharge
 * prescription the page offers the GP's summary and the patient's list, and asking for the patient's list before
 * anyone has recorded the language they read shows why it cannot print, in the reader's language. Checked with axe-core.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class DischargeBrowserIT extends InChromium {

    private static final String WARD = "DEWI";

    /** Patients this test admitted, discharged after it so the ward's list is as other tests expect it. */
    private final List<Long> admitted = new ArrayList<>();

    @AfterEach
    void dischargeAdmittedPatients() {
        ApiClient nurse = admitted.isEmpty() ? null : as("nurse.evans", "training-nurse-1");
        for (long id : admitted) {
            Reply discharged = nurse.send("POST", "api/v1/patients/" + id + "/admission/discharge", "{}");
            assertEquals(204, discharged.status(), discharged.body());
        }
    }

    /** A patient on DEWI whose discharge prescription (omeprazole going home, 28 capsules for 28 days) is screened. */
    private long screenedDischarge() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("H"))
                .named("Llŷr", "Rhyddhau").toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + id + "/admission", PatientJson.admission(WARD, null)).status());
        admitted.add(id);
        Reply draft = doctor.send("POST", "api/v1/patients/" + id + "/prescriptions", OrderJson.omeprazoleDaily().toString());
        assertEquals(201, draft.status(), draft.body());
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + draft.json().getJsonNumber("id") + "/sign",
                SignatureJson.forDraft(draft.json()).acknowledgingWarningsOnly().overridingSevere("Reviewed").toString());
        assertEquals(200, signed.status(), signed.body());
        Reply started = doctor.send("POST", "api/v1/patients/" + id + "/discharge", null);
        assertEquals(201, started.status(), started.body());
        long discharge = started.json().getJsonNumber("id").longValue();
        long item = started.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, doctor.send("PUT", "api/v1/discharges/" + discharge + "/items/" + item,
                "{\"goingHome\":true,\"reason\":\"Indigestion\",\"supplyQuantity\":28,\"supplyDays\":28}").status());
        assertEquals(200, doctor.send("POST", "api/v1/discharges/" + discharge + "/sign", null).status());
        assertEquals(200, as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/discharges/" + discharge + "/screen", null)
                .status());
        return id;
    }

    private void openDischarge(long patient) {
        chromium.open("discharge.html?patient=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("print-medicines-list")));
    }

    private String askForThePatientsList() {
        browser.findElement(By.id("print-medicines-list")).click();
        return wait.until(d -> {
            String text = d.findElement(By.id("discharge-print-error")).getText();
            return text.isBlank() ? null : text;
        });
    }

    @Test
    void aScreenedDischargeOffersItsPapersAndSaysWhyThePatientsListWaitsForTheirLanguage_inEnglishAndWelsh() {
        long patient = screenedDischarge();
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openDischarge(patient);
        assertEquals("Print the GP's summary", browser.findElement(By.id("print-gp-summary")).getText());
        assertEquals("Print the patient's medicines list", browser.findElement(By.id("print-medicines-list")).getText());
        assertTrue(browser.findElement(By.id("discharge-papers-heading")).getText().contains("Papers to print"));
        chromium.assertNoAccessibilityViolations("discharge papers");
        String refused = askForThePatientsList();
        assertTrue(refused.contains("Ask the patient whether they read their papers in Welsh or English"), refused);
        chromium.assertNoAccessibilityViolations("discharge papers, list refused");

        chromium.useLanguage("cy");
        openDischarge(patient);
        assertEquals("Argraffu'r crynodeb i'r meddyg teulu", browser.findElement(By.id("print-gp-summary")).getText());
        assertEquals("Argraffu rhestr meddyginiaethau'r claf", browser.findElement(By.id("print-medicines-list")).getText());
        chromium.assertNoAccessibilityViolations("discharge papers");
        String gwrthodwyd = askForThePatientsList();
        assertTrue(gwrthodwyd.contains("Gofynnwch i'r claf a yw'n darllen ei bapurau yn Gymraeg neu'n Saesneg"), gwrthodwyd);
        chromium.useLanguage("en");
    }
}
