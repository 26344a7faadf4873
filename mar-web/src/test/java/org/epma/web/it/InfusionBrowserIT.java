package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.PatientJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Prescribing a fluid on the patient's page in headless Chromium: the rate worked out from the hours, the checks shown,
 * no accessibility violation in English or Welsh, and the draft order saved for signing.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class InfusionBrowserIT extends InChromium {

    @Test
    void aFluidOverEightHoursRunsAt125MlAnHourAndIsSavedAsADraft() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient()
                .hospitalNumber(PatientJson.uniqueHospitalNumber("I")).named("Hylif", "Trwyth").bornOn(LocalDate.of(1960, 2, 2))
                .sex("FEMALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());

        chromium.logIn("dr.jones", "training-doctor-1", "en");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infusion-form")));
        // the diluents are offered once the formulary has answered
        wait.until(d -> new Select(d.findElement(By.id("infusion-diluent"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("infusion-kind"))).selectByValue("FLUID");
        browser.findElement(By.id("infusion-product")).sendKeys("NACL-0P9-1000ML");
        browser.findElement(By.id("infusion-duration")).sendKeys("8");
        browser.findElement(By.id("infusion-check-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-result")).getText().contains("125 mL/hour"));
        assertTrue(browser.findElement(By.id("infusion-result")).getText().contains("1000 mL"),
                browser.findElement(By.id("infusion-result")).getText());
        chromium.assertNoAccessibilityViolations("infusion form with its checks");
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("infusion-heading")).getText().equals("Trwythau a hylifau"));
        chromium.assertNoAccessibilityViolations("infusion form with its checks");
        chromium.useLanguage("en");

        browser.findElement(By.id("infusion-save-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-status")).getText().contains("Saved as a draft"));
        List<JsonObject> orders = doctor.get("api/v1/patients/" + patient + "/prescriptions").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, orders.size());
        assertEquals("DRAFT", orders.get(0).getString("status"));
        assertTrue(orders.get(0).getString("instructions").startsWith("Fluid: 1000 mL of Sodium chloride 0.9%"),
                orders.get(0).getString("instructions"));
    }
}
