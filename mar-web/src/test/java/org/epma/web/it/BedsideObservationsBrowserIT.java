package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.PatientJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Oxygen, the VTE risk assessment and bedside glucose on the patient's page, in headless Chromium: the prescriber sees
 * the assessment due, records it and prescribes Venturi oxygen for a patient at risk of hypercapnia; the nurse, in
 * Welsh, records a saturation above that target (told to step the oxygen down and ask for a review) and a low glucose
 * (shown the hospital's hypoglycaemia treatment). Every screen is checked with axe-core in the language it is used in.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class BedsideObservationsBrowserIT extends InChromium {

    private long admitted;

    @AfterEach
    void discharge() {
        if (admitted != 0) {
            Reply discharged = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + admitted + "/admission/discharge", "{}");
            assertEquals(204, discharged.status(), discharged.body());
        }
    }

    private long adultAdmittedToDewi() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("O"))
                .named("Anadl", "Ocsigen").bornOn(LocalDate.of(1948, 3, 9)).toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + id + "/admission", PatientJson.admission("DEWI", null)).status());
        admitted = id;
        return id;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void thePrescriberAssessesVteAndPrescribesOxygen_thenTheNurseRecordsAHighSaturationAndALowGlucoseInWelsh() {
        long patient = adultAdmittedToDewi();
        chromium.logIn("dr.jones", "training-doctor-1", "en");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vte-due")));
        assertTrue(text("vte-due").contains("VTE risk assessment due"), text("vte-due"));
        chromium.assertNoAccessibilityViolations("VTE assessment due, oxygen and glucose");

        // an unanswered question is said, and nothing is saved
        browser.findElement(By.cssSelector("#vte-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("vte-error")).getText().contains("Answer all three questions"));
        browser.findElement(By.cssSelector("input[name=vte-thrombosis][value=true]")).click();
        browser.findElement(By.cssSelector("input[name=vte-bleeding][value=false]")).click();
        browser.findElement(By.cssSelector("input[name=vte-prophylaxis][value=true]")).click();
        browser.findElement(By.cssSelector("#vte-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("vte-current")).getText().contains("Assessed by dr.jones"));
        assertTrue(browser.findElement(By.id("vte-form")).getAttribute("hidden") != null, "the form goes once the assessment is recorded");
        assertFalse(browser.findElements(By.cssSelector("#vte-current button")).isEmpty(), "prophylaxis indicated: the order form is offered");

        new Select(browser.findElement(By.id("oxygen-target"))).selectByValue("HYPERCAPNIC_RISK");
        new Select(browser.findElement(By.id("oxygen-order-device"))).selectByValue("VENTURI_MASK");
        new Select(browser.findElement(By.id("oxygen-order-venturi"))).selectByValue("28");
        browser.findElement(By.id("oxygen-flow-lowest")).sendKeys("4");
        browser.findElement(By.id("oxygen-flow-highest")).sendKeys("4");
        browser.findElement(By.cssSelector("#oxygen-order-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("oxygen-current")).getText().contains("88–92%"));
        assertTrue(text("oxygen-current").contains("Venturi mask 28%") && text("oxygen-current").contains("L/min"), text("oxygen-current"));
        chromium.assertNoAccessibilityViolations("VTE assessed, oxygen prescribed");

        chromium.logIn("nurse.evans", "training-nurse-1", "cy");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oxygen-check-form")));
        wait.until(d -> "VENTURI_MASK".equals(new Select(d.findElement(By.id("oxygen-check-device"))).getFirstSelectedOption().getAttribute("value")));
        browser.findElement(By.id("oxygen-saturation")).sendKeys("95");
        browser.findElement(By.id("oxygen-check-flow")).sendKeys("4");
        browser.findElement(By.cssSelector("#oxygen-check-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("oxygen-status")).getText().contains("uwchlaw'r ystod darged (88–92%)"));
        assertTrue(text("oxygen-status").contains("fethiant anadlol hypercapnig"), text("oxygen-status"));
        wait.until(d -> d.findElement(By.id("oxygen-history")).getText().contains("Uwchlaw'r targed"));

        browser.findElement(By.id("glucose-value")).sendKeys("3.2");
        browser.findElement(By.cssSelector("#glucose-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hypo-treatment")));
        wait.until(d -> d.findElement(By.id("hypo-treatment")).getText().contains("15–20 g o garbohydrad"));
        wait.until(d -> d.findElement(By.id("glucose-history")).getText().contains("3.2 mmol/L"));
        assertTrue(text("glucose-history").contains("Isel"), text("glucose-history"));
        chromium.assertNoAccessibilityViolations("oxygen check and low glucose, in Welsh");

        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        JsonObject oxygen = nurse.get("api/v1/oxygen/patients/" + patient).structure().asJsonArray().getJsonObject(0);
        assertEquals("ABOVE", oxygen.getJsonArray("checks").getJsonObject(0).getString("reading"));
        JsonObject glucose = nurse.get("api/v1/glucose/patients/" + patient).json();
        assertTrue(glucose.getJsonArray("readings").getJsonObject(0).getBoolean("hypoglycaemic"), glucose.toString());
    }
}
