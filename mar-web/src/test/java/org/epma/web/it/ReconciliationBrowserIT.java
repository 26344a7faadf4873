package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.PatientJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Medicines before admission on the patient's page, in headless Chromium, in English and Welsh: a prescriber adds a
 * medicine not in the formulary (marked not coded), continues one through the order form opened from it (the signed
 * order is what the decision points at) and stops another with a reason; the pharmacist then completes the
 * reconciliation in Welsh; the ward list marks a patient still to reconcile. Every screen is checked with axe-core.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class ReconciliationBrowserIT extends InChromium {

    private static final String WARD = "DEWI";

    /** Patients this test admitted to DEWI, discharged after it so the ward's list is as other tests expect it. */
    private final List<Long> admitted = new ArrayList<>();

    @AfterEach
    void dischargeAdmittedPatients() {
        ApiClient nurse = admitted.isEmpty() ? null : as("nurse.evans", "training-nurse-1");
        for (long id : admitted) {
            Reply discharged = nurse.send("POST", "api/v1/patients/" + id + "/admission/discharge", "{}");
            assertEquals(204, discharged.status(), discharged.body());
        }
    }

    /** A patient admitted to DEWI now, whose GP record says ramipril 5 mg once a day (recorded by a nurse). */
    private long admittedOnRamipril(String givenName) {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("H"))
                .named(givenName, "Cysoni").toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + id + "/admission", PatientJson.admission(WARD, null)).status());
        admitted.add(id);
        Reply recorded = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + id + "/medicines-reconciliation/medicines",
                "{\"productCode\":\"RAMIPRIL-CAP-5\",\"dose\":5,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"OD\",\"source\":\"GP_RECORD\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, recorded.status(), recorded.body());
        return id;
    }

    private void openPatient(long id) {
        chromium.open("patient.html?id=" + id);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reconciliation-list li.home-medicine")));
    }

    private WebElement medicine(String name) {
        return browser.findElements(By.cssSelector("#reconciliation-list li.home-medicine")).stream()
                .filter(item -> item.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(browser.findElement(By.id("reconciliation-list")).getText()));
    }

    private void waitForDecision(String name, String decision) {
        chromium.wait.until(d -> {
            try {
                return decision.equals(medicine(name).getAttribute("data-decision"));
            } catch (StaleElementReferenceException redrawn) {
                return false; // the list was drawn again between finding the item and reading it: look again
            }
        });
    }

    @Test
    void aPrescriberContinuesThroughTheOrderFormAndStopsWithAReason_thenThePharmacistCompletesInWelsh() {
        long patient = admittedOnRamipril("Ramipril");
        chromium.logIn("dr.jones", "training-doctor-1", "en");
        openPatient(patient);
        WebElement ramipril = medicine("Ramipril 5 mg capsules");
        assertEquals("UNDECIDED", ramipril.getAttribute("data-decision"));
        assertTrue(ramipril.getText().contains("Undecided: no prescriber's decision yet"), ramipril.getText());
        assertTrue(ramipril.getText().contains("GP record"), ramipril.getText());
        String standing = browser.findElement(By.id("reconciliation-standing")).getText();
        assertTrue(standing.contains("Waiting for the prescriber's decisions") && standing.contains("Due by"), standing);

        // a medicine not in the formulary is kept as written
        browser.findElement(By.id("home-medicine")).sendKeys("Cod liver oil capsules");
        browser.findElement(By.id("home-dose")).sendKeys("1");
        new Select(browser.findElement(By.id("home-doseUnit"))).selectByValue("capsule");
        new Select(browser.findElement(By.id("home-route"))).selectByValue("PO");
        new Select(browser.findElement(By.id("home-frequency"))).selectByValue("OD");
        new Select(browser.findElement(By.id("home-source"))).selectByValue("PATIENT");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home-medicine-coded"), "Not in the formulary"));
        browser.findElement(By.cssSelector("#reconciliation-form button[type=submit]")).click();
        chromium.wait.until(d -> d.findElements(By.cssSelector("#reconciliation-list li.home-medicine")).size() == 2);
        assertTrue(medicine("Cod liver oil capsules").getText().contains("Not coded"), medicine("Cod liver oil capsules").getText());
        chromium.assertNoAccessibilityViolations("medicines before admission");

        // continue: the order form opens from the medicine, and signing it records the decision
        medicine("Ramipril 5 mg capsules").findElement(By.cssSelector("button[data-decision=CONTINUE]")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-section")));
        chromium.wait.until(d -> "Ramipril 5 mg capsules".equals(d.findElement(By.id("product-search")).getAttribute("value")));
        assertEquals("5", browser.findElement(By.id("dose")).getAttribute("value"));
        chromium.wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && d.findElement(By.id("order-checks-status")).getText().matches("(Alerts for this order: \\d+|No alerts for this order\\.)"));
        for (WebElement box : browser.findElements(By.cssSelector("#order-alerts input[data-acknowledge]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        for (WebElement reason : browser.findElements(By.cssSelector("#order-alerts textarea[data-override]"))) {
            reason.sendKeys("test order");
        }
        browser.findElement(By.id("sign-button")).click();
        waitForDecision("Ramipril 5 mg capsules", "CONTINUE");
        assertTrue(medicine("Ramipril 5 mg capsules").getText().contains("Continued by"), medicine("Ramipril 5 mg capsules").getText());

        // stop: with a reason
        medicine("Cod liver oil capsules").findElement(By.cssSelector("button[data-decision=STOP]")).click();
        WebElement reason = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.home-decision input[type=text]")));
        reason.sendKeys("No longer taking it");
        browser.findElement(By.cssSelector("form.home-decision button[type=submit]")).click();
        waitForDecision("Cod liver oil capsules", "STOP");
        chromium.assertNoAccessibilityViolations("medicines before admission, decided");

        JsonObject saved = as("nurse.evans", "training-nurse-1").get("api/v1/patients/" + patient + "/medicines-reconciliation").json();
        JsonObject continued = saved.getJsonArray("medicines").getValuesAs(JsonObject.class).stream()
                .filter(m -> "CONTINUE".equals(m.getString("decision", ""))).findFirst().orElseThrow();
        assertTrue(continued.containsKey("orderId") && !continued.isNull("orderId"), "the decision points at the signed order: " + saved);

        // the pharmacist completes it, in Welsh
        chromium.assertNoContentSecurityPolicyViolations();
        chromium.close();
        chromium = new Chromium(deployment);
        browser = chromium.browser;
        chromium.logIn("pharm.hughes", "training-pharmacist", "cy");
        openPatient(patient);
        assertTrue(medicine("Cod liver oil capsules").getText().contains("Stopiwyd gan"), medicine("Cod liver oil capsules").getText());
        browser.findElement(By.id("reconciliation-complete")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reconciliation-standing"), "Wedi'i gwblhau"));
        chromium.assertNoAccessibilityViolations("medicines before admission, completed");
        chromium.useLanguage("en"); // the choice is kept per user: leave the pharmacist in English for the other tests
    }

    @Test
    void theWardListAndThePharmacyPageShowAPatientStillToReconcile_inEnglishAndWelsh() {
        long patient = admittedOnRamipril("Rhestr");
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        chromium.open("ward.html?code=" + WARD);
        By flag = By.cssSelector("#patients th.patient-name a[data-patient-id=\"" + patient + "\"] ~ .reconciliation-flag");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(flag));
        String flags = browser.findElements(flag).stream().map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
        assertTrue(flags.contains("Medicines reconciliation not complete"), flags);
        assertTrue(flags.contains("without a decision: 1"), flags);
        chromium.assertNoAccessibilityViolations("ward list with reconciliation flags");
        chromium.useLanguage("cy");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(flag, "Cysoni meddyginiaethau heb ei gwblhau"));
        chromium.assertNoAccessibilityViolations("ward list with reconciliation flags");
        chromium.useLanguage("en");

        chromium.assertNoContentSecurityPolicyViolations();
        chromium.close();
        chromium = new Chromium(deployment);
        browser = chromium.browser;
        chromium.logIn("pharm.hughes", "training-pharmacist", "cy");
        chromium.open("pharmacy.html");
        By row = By.cssSelector("#reconciliation-queue tr[data-patient-id=\"" + patient + "\"]");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(row));
        String text = browser.findElement(row).getText();
        assertTrue(text.contains("Yn aros am benderfyniadau'r rhagnodwr"), text);
        chromium.assertNoAccessibilityViolations("pharmacy reconciliation queue");
        chromium.useLanguage("en");
    }
}
