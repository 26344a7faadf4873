package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The lists nurses and pharmacists work down, in headless Chromium. The drug round: one list of the ward's doses,
 * most urgent first, with how late an overdue dose is; the summary tiles filter it; bed by bed on request; a
 * missing-dose line names its medicine (the test admits a patient of its own to DEWI with an order that started
 * eight hours ago, so it has a dose overdue by more than two hours whatever the time of day). The verification
 * queue: a page of compact items at a time.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class WorkListsBrowserIT extends InChromium {

    /** Orders on one page of the verification queue (verification-queue.js, PAGE_SIZE). */
    private static final int PAGE_SIZE = 20;

    /** The order of urgency the list must keep (round-rows.js, RANK). */
    private static final List<String> URGENCY = List.of("criticalOverdue", "overdue", "due", "effect", "prnAvailable",
            "notYetDue", "prnLater");

    /** Patients this test admitted to DEWI, discharged after it so the ward's list is as other tests expect it. */
    private final List<Long> admitted = new ArrayList<>();

    /** Orders this test left waiting for pharmacy, rejected after it so the queue is as other tests expect it. */
    private final List<Long> waiting = new ArrayList<>();

    @AfterEach
    void rejectOrdersLeftWaiting() {
        ApiClient pharmacist = waiting.isEmpty() ? null : as("pharm.hughes", "training-pharmacist");
        for (long order : waiting) {
            Reply rejected = pharmacist.send("POST", "api/v1/prescriptions/" + order + "/reject", "{\"reason\":\"test order\"}");
            assertEquals(200, rejected.status(), rejected.body());
        }
    }

    @AfterEach
    void dischargeAdmittedPatients() {
        ApiClient nurse = admitted.isEmpty() ? null : as("nurse.evans", "training-nurse-1");
        for (long id : admitted) {
            Reply discharged = nurse.send("POST", "api/v1/patients/" + id + "/admission/discharge", "{}");
            assertEquals(204, discharged.status(), discharged.body());
        }
    }

    private record Admitted(long id, String hospitalNumber, long order) {
    }

    /** A patient on DEWI with paracetamol 1 g every six hours, started eight hours ago, signed and verified. */
    private Admitted admittedWithALateDose() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        long id = newPatient(doctor, "Rownd");
        String number = doctor.get("api/v1/patients/" + id).json().getString("hospitalNumber");
        Reply admission = doctor.send("POST", "api/v1/patients/" + id + "/admission", "{\"ward\":\"DEWI\"}");
        assertEquals(200, admission.status(), admission.body());
        admitted.add(id);

        long order = signedParacetamol(doctor, id, Instant.now().minus(Duration.ofHours(8)));
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + order + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return new Admitted(id, number, order);
    }

    private long newPatient(ApiClient doctor, String givenName) {
        Reply created = doctor.send("POST", "api/v1/patients", Json.createObjectBuilder()
                .add("hospitalNumber", "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase())
                .add("givenName", givenName).add("familyName", "Browser").add("dateOfBirth", "1961-05-05").add("sex", "MALE")
                .build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", "{\"kind\":\"WEIGHT\",\"value\":80}");
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", "{\"status\":\"NO_KNOWN_ALLERGIES\"}");
        return id;
    }

    /** Paracetamol 1 g every six hours from {@code start}, signed with every alert acknowledged: it waits for pharmacy. */
    private long signedParacetamol(ApiClient doctor, long patient, Instant start) {
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", Json.createObjectBuilder()
                .add("productCode", "PARACETAMOL-TAB-500").add("dose", 1).add("doseUnit", "g").add("route", "PO")
                .add("frequency", "Q6H").add("start", start.truncatedTo(ChronoUnit.SECONDS).toString()).build().toString());
        assertEquals(201, draft.status(), draft.body());
        long order = draft.json().getJsonNumber("id").longValue();
        var acknowledgements = Json.createArrayBuilder();
        draft.json().getJsonArray("alerts").getValuesAs(JsonObject.class).forEach(a -> acknowledgements.add(a.getString("key")));
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + order + "/sign", Json.createObjectBuilder()
                .add("acknowledgements", acknowledgements).add("overrides", Json.createArrayBuilder())
                .add("password", "training-doctor-1").build().toString());
        assertEquals(200, signed.status(), signed.body());
        return order;
    }

    private void openRound(String query) {
        chromium.open("drug-round.html?ward=DEWI" + query);
        chromium.wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#round-list tr.round-row"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void theRoundListsTheMostUrgentFirstSaysHowLateAndItsTilesFilterIt() {
        Admitted patient = admittedWithALateDose();
        Reply asked = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + patient.id() + "/missing-dose-requests",
                "{\"prescriptionId\":" + patient.order() + ",\"note\":\"none in the cupboard\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, asked.status(), asked.body());

        chromium.logIn("nurse.evans", "training-nurse-1");
        openRound("&hours=8");
        List<WebElement> all = rows();
        List<Integer> ranks = all.stream().map(row -> URGENCY.indexOf(row.getAttribute("data-urgency"))).toList();
        assertFalse(ranks.contains(-1), ranks.toString());
        List<Integer> sorted = new ArrayList<>(ranks);
        sorted.sort(Integer::compare);
        assertEquals(sorted, ranks, "most urgent first");

        WebElement late = all.stream().filter(row -> patient.hospitalNumber().equals(row.getAttribute("data-hospital-number"))
                && "OVERDUE".equals(row.getAttribute("data-state"))).findFirst()
                .orElseThrow(() -> new AssertionError(text("#round-list")));
        String when = late.findElement(By.cssSelector(".round-timing")).getText();
        assertTrue(when.matches("Overdue by \\d+ h( \\d+ min)?"), when);
        assertTrue(late.getText().contains("Paracetamol"), late.getText());

        WebElement missing = browser.findElements(By.cssSelector("#round-list li.missing-dose")).stream()
                .filter(item -> item.getText().contains("Rownd")).findFirst()
                .orElseThrow(() -> new AssertionError(text("#round-list")));
        assertTrue(missing.getText().contains("Paracetamol"), "the missing-dose line names the medicine: " + missing.getText());

        WebElement overdueTile = browser.findElement(By.cssSelector("#round-summary [data-filter=\"overdue\"]"));
        overdueTile.click();
        assertEquals("true", overdueTile.getAttribute("aria-pressed"));
        List<WebElement> shown = rows();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(row -> "OVERDUE".equals(row.getAttribute("data-state"))), text("#round-list"));
        assertEquals(browser.findElement(By.id("summary-overdue")).getAttribute("data-count"), String.valueOf(shown.size()));
        assertTrue(browser.getCurrentUrl().contains("show=overdue"), "a reload keeps the filter: " + browser.getCurrentUrl());

        browser.findElement(By.cssSelector("#round-shown [data-action=\"show-all\"]")).click();
        assertEquals("false", overdueTile.getAttribute("aria-pressed"));
        assertEquals(all.size(), rows().size());
        chromium.assertNoAccessibilityViolations("drug round, one list");
        chromium.screenshot("drug-round", 1366);
        chromium.screenshot("drug-round", 1024);
    }

    private WebElement onOxygen(long patient) {
        return browser.findElement(By.cssSelector("#round-list .round-oxygen li[data-patient-id=\"" + patient + "\"]"));
    }

    /**
     * Records SpO2 at {@code saturation} on 4 L/min from the round's dialog, the device left as the order's; the filled
     * dialog saved as a screenshot named {@code screenshot} when one is given.
     */
    private void recordOxygenCheckFromTheRound(long patient, String saturation, String screenshot) {
        onOxygen(patient).findElement(By.cssSelector("[data-action=\"oxygen-check\"]")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("round-oxygen-saturation")));
        assertEquals("VENTURI_MASK", new Select(browser.findElement(By.id("round-oxygen-check-device"))).getFirstSelectedOption()
                .getAttribute("value"), "the dialog starts at the order's device");
        assertEquals("28", new Select(browser.findElement(By.id("round-oxygen-check-venturi"))).getFirstSelectedOption()
                .getAttribute("value"));
        browser.findElement(By.id("round-oxygen-saturation")).sendKeys(saturation);
        browser.findElement(By.id("round-oxygen-check-flow")).sendKeys("4");
        chromium.assertNoAccessibilityViolations("drug round, the oxygen check dialog");
        if (screenshot != null) {
            chromium.screenshot(screenshot, 1024);
        }
        browser.findElement(By.cssSelector("#round-oxygen-form button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("oxygen-dialog")));
    }

    private String marOxygen(long patient) {
        chromium.open("mar.html?patient=" + patient);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mar-grid tbody[data-oxygen] li.oxygen-check")));
        return text("#mar-grid tbody[data-oxygen]");
    }

    @Test
    void aNurseRecordsAnOxygenCheckFromTheRoundAndSeesItOnTheMar_inEnglishAndWelsh() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        long patient = newPatient(doctor, "Anadl");
        Reply admission = doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"DEWI\"}");
        assertEquals(200, admission.status(), admission.body());
        admitted.add(patient);
        Reply prescribed = doctor.send("POST", "api/v1/oxygen/orders", "{\"patientId\":" + patient + ",\"targetKind\":\"HYPERCAPNIC_RISK\","
                + "\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flowLowest\":4,\"flowHighest\":4}");
        assertEquals(201, prescribed.status(), prescribed.body());

        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        try {
            openRound("");
            String order = onOxygen(patient).getText();
            assertTrue(order.contains("88–92% (risk of hypercapnic respiratory failure)") && order.contains("Venturi mask 28%")
                    && order.contains("4 L/min") && order.contains("No check recorded on this prescription yet"), order);

            recordOxygenCheckFromTheRound(patient, "95", null);
            chromium.wait.until(d -> d.findElement(By.id("round-status")).getText().contains("above the target range (88–92%)"));
            assertTrue(text("#round-status").contains("step the oxygen down and ask for a medical review"), text("#round-status"));
            chromium.wait.until(d -> onOxygen(patient).getText().contains("SpO2 95%"));
            String latest = onOxygen(patient).findElement(By.cssSelector(".round-oxygen-latest")).getText();
            assertTrue(latest.contains("Above target (88–92%)") && latest.matches("(?s).*\\d+ min ago.*"), latest);
            assertEquals("ABOVE", onOxygen(patient).findElement(By.cssSelector(".round-oxygen-latest")).getAttribute("data-reading"));
            chromium.assertNoAccessibilityViolations("drug round, a patient on oxygen just checked");
            chromium.screenshot("drug-round-oxygen", 1366);

            String mar = marOxygen(patient);
            assertTrue(mar.contains("Oxygen prescribed:") && mar.contains("SpO2 95%") && mar.contains("Above target (88–92%)")
                    && mar.contains("by Nia Evans"), mar);
            assertEquals(1, browser.findElements(By.cssSelector("#mar-grid tbody[data-oxygen] .oxygen-mark-ABOVE")).size(),
                    "the check is drawn at its time on today's track");
            chromium.assertNoAccessibilityViolations("MAR with its oxygen row");
            chromium.screenshot("mar-oxygen", 1366);

            chromium.useLanguage("cy");
            chromium.wait.until(d -> d.findElement(By.cssSelector("#mar-grid tbody[data-oxygen]")).getText().contains("Uwchlaw'r targed (88–92%)"));
            openRound("");
            recordOxygenCheckFromTheRound(patient, "90", "drug-round-oxygen-dialog-cy");
            chromium.wait.until(d -> d.findElement(By.id("round-status")).getText().contains("o fewn yr ystod darged (88–92%)"));
            chromium.wait.until(d -> onOxygen(patient).getText().contains("SpO2 90%"));
            assertTrue(onOxygen(patient).getText().contains("O fewn y targed (88–92%)"), onOxygen(patient).getText());
            chromium.assertNoAccessibilityViolations("drug round in Welsh, an oxygen check within the target");
            chromium.screenshot("drug-round-oxygen-cy", 1024);

            String welsh = marOxygen(patient);
            assertTrue(welsh.contains("Ocsigen wedi'i bresgripsiynu:") && welsh.contains("Uwchlaw'r targed (88–92%)")
                    && welsh.contains("O fewn y targed (88–92%)") && welsh.contains("gan Nia Evans"), welsh);
            assertEquals(List.of("ABOVE", "WITHIN"), browser.findElements(By.cssSelector("#mar-grid tbody[data-oxygen] li.oxygen-check"))
                    .stream().map(item -> item.getAttribute("data-reading")).toList(), "each check at its time, in the order taken");
            chromium.assertNoAccessibilityViolations("MAR in Welsh with its oxygen row");
        } finally {
            chromium.useLanguage("en");
        }
    }

    @Test
    void byBedKeepsEachPatientsRowsTogether() {
        admittedWithALateDose();
        chromium.logIn("nurse.evans", "training-nurse-1");
        openRound("&hours=8");
        new Select(browser.findElement(By.id("round-sort"))).selectByValue("bed");
        List<String> patients = rows().stream().map(row -> row.getAttribute("data-patient-id")).toList();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            if (i > 0 && !patients.get(i).equals(patients.get(i - 1))) {
                assertFalse(seen.contains(patients.get(i)), "patient " + patients.get(i) + " split up: " + patients);
            }
            if (!seen.contains(patients.get(i))) {
                seen.add(patients.get(i));
            }
        }
        assertTrue(seen.size() > 1, patients.toString());
        assertTrue(browser.getCurrentUrl().contains("sort=bed"), browser.getCurrentUrl());
    }

    @Test
    void theVerificationQueueShowsACompactPageAtATime() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        ApiClient pharmacist = as("pharm.hughes", "training-pharmacist");
        int before = pharmacist.get("api/v1/verification-queue").structure().asJsonArray().size();
        for (int i = before; i <= PAGE_SIZE; i++) {
            waiting.add(signedParacetamol(doctor, newPatient(doctor, "Ciw"), Instant.now()));
        }
        int total = pharmacist.get("api/v1/verification-queue").structure().asJsonArray().size();
        assertTrue(total > PAGE_SIZE, "more than a page waits: " + total);

        chromium.logIn("pharm.hughes", "training-pharmacist");
        chromium.open("pharmacy.html");
        chromium.wait.until(ExpectedConditions.attributeToBe(By.id("verification-queue"), "aria-busy", "false"));
        List<WebElement> first = browser.findElements(By.cssSelector("#verification-queue > li.queue-item"));
        assertEquals(PAGE_SIZE, first.size());
        assertEquals("Orders 1 to " + PAGE_SIZE + " of " + total, text("#queue-range"));
        assertFalse(browser.findElement(By.id("queue-previous")).isEnabled());
        String firstOrder = first.get(0).getAttribute("data-prescription-id");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", first.get(0));
        chromium.screenshot("verification-queue", 1366);
        chromium.screenshot("verification-queue", 1024);
        for (WebElement item : first) {
            if ("false".equals(item.getAttribute("data-has-overrides"))) {
                assertTrue(item.getSize().getHeight() <= 420, "an order without overrides takes " + item.getSize().getHeight()
                        + " px at 1024 px wide: " + item.getText());
            }
        }
        chromium.assertNoAccessibilityViolations("verification queue, first page");

        browser.findElement(By.id("queue-next")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("queue-range"),
                "Orders " + (PAGE_SIZE + 1) + " to " + Math.min(2 * PAGE_SIZE, total) + " of " + total));
        List<WebElement> second = browser.findElements(By.cssSelector("#verification-queue > li.queue-item"));
        assertEquals(Math.min(PAGE_SIZE, total - PAGE_SIZE), second.size());
        assertFalse(second.stream().anyMatch(item -> firstOrder.equals(item.getAttribute("data-prescription-id"))));
        assertTrue(browser.findElement(By.id("queue-previous")).isEnabled());
    }

    @Test
    void anInterfaceMessageNamesItsPatientAndMedicine() {
        Admitted patient = admittedWithALateDose();
        chromium.logIn("pharm.hughes", "training-pharmacist");
        chromium.open("interface.html");
        chromium.wait.until(ExpectedConditions.attributeToBe(By.id("interface-messages"), "aria-busy", "false"));
        By aboutPatient = By.xpath("//table[@id='interface-messages']//tr[@data-message-id][.//a[@data-patient-id='" + patient.id() + "']]");
        WebElement row = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(aboutPatient));
        String who = row.findElement(By.cssSelector(".patient-link")).getText();
        assertEquals("BROWSER, Rownd", who);
        String cell = row.findElement(By.cssSelector(".patient-link")).findElement(By.xpath("..")).getText();
        assertTrue(cell.contains("Hospital number: " + patient.hospitalNumber()), cell);
        assertTrue(cell.contains("Paracetamol 500 mg tablets"), cell);
        assertFalse(cell.contains("Patient " + patient.id()) || cell.contains("Order " + patient.order()), cell);
        chromium.assertNoAccessibilityViolations("interface messages");
        chromium.useLanguage("cy");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(aboutPatient, "Rhif ysbyty"));
        chromium.assertNoAccessibilityViolations("interface messages");
        chromium.useLanguage("en");
    }
}
