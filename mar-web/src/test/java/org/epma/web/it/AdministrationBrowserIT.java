package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.AdministrationJson;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The nurses' bedside screens in headless Chromium against the real API: the drug round, the patient's chart and
 * the recording panel, driven the way a nurse drives them, with a keyboard-wedge scanner typing the wristband and the
 * medicine's GS1 barcode. Each test prescribes (through the API) for a patient of its own, with orders that start now
 * or are as needed, so nothing depends on the time of day; the outcome is checked on screen and in the API.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class AdministrationBrowserIT extends InChromium {

    private static final String PARACETAMOL = "(01)00200000000011(17)"
            + LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("yyMMdd")) + "(10)BATCH7";
    private static final String OXYCODONE = "(01)00200000000301";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");


    // ---- Test data through the API ----

    private record Patient(long id, String hospitalNumber) {
    }

    /** A new patient (on no ward: the chart works without one), weighed, with renal function and allergies recorded. */
    private Patient newPatient() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        PatientJson newPatient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("B")).named("Bedside", "Browser")
                .bornOn(LocalDate.of(1968, 2, 2));
        String number = newPatient.hospitalNumber();
        Reply created = doctor.send("POST", "api/v1/patients", newPatient.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        return new Patient(id, number);
    }

    /** Signs an order starting now (so a regular order's first dose is due now) and has pharmacy verify it. */
    private long prescribe(Patient patient, OrderJson order) {
        return prescribe(patient, order, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private long prescribe(Patient patient, OrderJson order, Instant start) {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient.id() + "/prescriptions", order.start(start).toString());
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + id + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return id;
    }

    private JsonArray recordsOf(Patient patient) {
        Reply chart = as("nurse.okafor", "training-nurse-2").get("api/v1/patients/" + patient.id() + "/mar");
        assertEquals(200, chart.status(), chart.body());
        return chart.json().getJsonArray("administrations");
    }

    private static String gtinOf(String productCode) {
        try {
            return java.nio.file.Files.readAllLines(Path.of(System.getProperty("epma.config.dir"), "formulary", "medicines.csv"))
                    .stream().filter(l -> l.startsWith(productCode + ",")).findFirst().orElseThrow().split(",")[15];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- The screens ----

    private void openChart(Patient patient) {
        chromium.open("mar.html?patient=" + patient.id());
        waitForChart();
    }

    private void waitForChart() {
        wait.until(ExpectedConditions.attributeToBe(By.id("mar-grid"), "aria-busy", "false"));
        wait.until(ExpectedConditions.attributeToBe(By.id("prn-grid"), "aria-busy", "false"));
    }

    /** A keyboard-wedge scanner: a fast burst of keystrokes ending in Enter, with focus outside any text field. */
    private void scanAnywhere(String code) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        new Actions(browser).sendKeys(code + Keys.ENTER).perform();
    }

    /** The same scan into the panel's scan box, where a scanner (or a nurse typing the code) ends with Enter. */
    private void scanIntoBox(String code) {
        WebElement box = browser.findElement(By.id("scan-input"));
        box.sendKeys(code + Keys.ENTER);
    }

    private void waitForStep(String step) {
        wait.until(ExpectedConditions.attributeToBe(By.id("record-panel"), "data-step", step));
    }

    private WebElement stop(String code) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#record-alert .stop[data-stop=\"" + code + "\"]")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String regularDoses(long prescription) {
        return MarCells.cellsOf(prescription);
    }

    private String prnRecords(long prescription) {
        return "#prn-grid tr[data-prescription-id=\"" + prescription + "\"] li.record";
    }

    /** The drug round's summary counts what its list shows. */
    private void assertSummaryCounts(String summary, String items) {
        assertEquals(String.valueOf(browser.findElements(By.cssSelector("#round-list " + items)).size()),
                browser.findElement(By.id("summary-" + summary)).getAttribute("data-count"), summary + ": " + text("#round-summary"));
    }

    /** Wristband and product scanned, the panel at its confirm step for the order the product was found on. */
    private void scanToConfirm(Patient patient, String product) {
        scanAnywhere(patient.hospitalNumber());
        waitForStep("product");
        assertTrue(text("#wristband-status").contains(patient.hospitalNumber()), text("#wristband-status"));
        scanIntoBox(product);
        waitForStep("confirm");
    }

    // ---- The tests ----

    @Test
    void aWelshSpeakingNurseStartsADoseUnderADirectionAndADoctorFindsItOnTheWardAndReviewsIt() {
        Patient patient = newPatient();
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        Reply admitted = nurse.send("POST", "api/v1/patients/" + patient.id() + "/admission", "{\"ward\":\"DEWI\"}");
        assertEquals(200, admitted.status(), admitted.body());
        try {
            chromium.logIn("nurse.evans", "training-nurse-1", "cy");
            chromium.open("patient.html?id=" + patient.id());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("direction-form")));
            new Select(browser.findElement(By.id("direction-choice"))).selectByValue("PGD-PARACETAMOL-PO");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-checks"), "Ni chanfu"));
            assertTrue(browser.findElement(By.id("direction-details")).getText().contains("Adult (16 years or over)"),
                    "the direction's criteria are shown as the site wrote them");
            browser.findElement(By.id("direction-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-error"), "Cadarnhewch"));
            chromium.assertNoAccessibilityViolations("a dose under a patient group direction");
            browser.findElement(By.id("direction-confirm")).click();
            browser.findElement(By.id("direction-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-status"), "Dechreuwyd y dos"));
            long order = Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#direction-orders li[data-prescription-id]"))).getAttribute("data-prescription-id"));
            JsonObject started = nurse.get("api/v1/prescriptions/" + order).json();
            assertEquals("STAT", started.getString("frequency"));
            assertEquals(patient.id(), started.getJsonNumber("patientId").longValue());

            chromium.logIn("dr.jones", "training-doctor-1", "en");
            chromium.open("ward.html?code=DEWI");
            WebElement awaiting = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#direction-review-list li[data-prescription-id='" + order + "']")));
            assertTrue(awaiting.getText().contains("Given under Paracetamol 1 g by mouth"), awaiting.getText());
            awaiting.findElement(By.tagName("a")).click();
            WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("form.direction-review[data-prescription-id='" + order + "']")));
            review.findElement(By.tagName("input")).sendKeys("Pain settled; regular analgesia prescribed");
            review.findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-status"), "Review recorded."));
            assertTrue(browser.findElement(By.id("direction-orders")).getText().contains("Reviewed by Dr Rhian Jones"));
        } finally {
            assertEquals(204, nurse.send("POST", "api/v1/patients/" + patient.id() + "/admission/discharge", "{}").status());
        }
    }

    @Test
    void aNurseGivesAHomelyRemedyInEnglishIsToldInWelshThatASecondIsTooSoonAndTheDoctorSeesWhichKindItWas() {
        Patient patient = newPatient();
        ApiClient nurse = as("nurse.evans", "training-nurse-1");
        Reply admitted = nurse.send("POST", "api/v1/patients/" + patient.id() + "/admission", "{\"ward\":\"DEWI\"}");
        assertEquals(200, admitted.status(), admitted.body());
        try {
            chromium.logIn("nurse.evans", "training-nurse-1", "en");
            chromium.open("patient.html?id=" + patient.id());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("direction-form")));
            new Select(browser.findElement(By.id("direction-choice"))).selectByValue("HR-PARACETAMOL-PO");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-checks"), "found nothing"));
            String details = browser.findElement(By.id("direction-details")).getText();
            assertTrue(details.contains("already prescribed paracetamol"), "the exclusions are shown as the site wrote them: " + details);
            assertTrue(details.contains("At least 4 hours between doses, and at most 4 doses in 24 hours."), details);
            assertTrue(browser.findElement(By.id("direction-confirm-field")).getText().contains("considered the cautions"));
            chromium.assertNoAccessibilityViolations("a homely remedy dose");
            browser.findElement(By.id("direction-confirm")).click();
            browser.findElement(By.id("direction-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-status"), "Homely remedy dose started"));
            WebElement given = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#direction-orders li[data-prescription-id]")));
            long order = Long.parseLong(given.getAttribute("data-prescription-id"));
            assertTrue(given.getText().contains("Given as a homely remedy"), given.getText());
            assertTrue(nurse.get("api/v1/prescriptions/" + order).json().getString("instructions").contains("homely remedy"),
                    "the order on the chart says it is a homely remedy");

            chromium.logIn("nurse.evans", "training-nurse-1", "cy");
            chromium.open("patient.html?id=" + patient.id());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("direction-form")));
            new Select(browser.findElement(By.id("direction-choice"))).selectByValue("HR-PARACETAMOL-PO");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("direction-error"), "awr ar wahân"));
            assertTrue(browser.findElement(By.id("direction-submit")).getAttribute("disabled") != null,
                    "a dose the protocol does not allow yet cannot be started");
            assertTrue(browser.findElement(By.id("direction-orders")).getText().contains("Rhoddwyd fel meddyginiaeth gartref"));
            chromium.assertNoAccessibilityViolations("a homely remedy refused as too soon, in Welsh");

            chromium.logIn("dr.jones", "training-doctor-1", "en");
            chromium.open("ward.html?code=DEWI");
            WebElement awaiting = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#direction-review-list li[data-prescription-id='" + order + "']")));
            assertTrue(awaiting.getText().contains("Homely remedy"), awaiting.getText());
            assertTrue(awaiting.getText().contains("Given as a homely remedy"), awaiting.getText());
        } finally {
            assertEquals(204, nurse.send("POST", "api/v1/patients/" + patient.id() + "/admission/discharge", "{}").status());
        }
    }

    @Test
    void aNurseGivesADueDoseByScanningWristbandAndProduct() {
        Patient patient = newPatient();
        long paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);
        String doses = regularDoses(paracetamol);
        assertEquals(1, browser.findElements(By.cssSelector(doses + "[data-state=\"DUE\"] button[data-action=\"record\"]")).size(),
                "the first dose is due now: " + text("#mar-grid"));

        scanToConfirm(patient, PARACETAMOL);
        assertTrue(text("#confirm-order").contains("Bedside"), text("#confirm-order"));
        assertEquals("1", browser.findElement(By.id("dose-amount")).getAttribute("value"));
        assertEquals("g", new Select(browser.findElement(By.id("dose-unit"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("BATCH7", browser.findElement(By.id("dose-batch")).getAttribute("value"));
        assertFalse(browser.findElement(By.id("witness-fields")).isDisplayed(), "paracetamol needs no witness");
        assertFalse(browser.findElement(By.id("prn-reason-field")).isDisplayed(), "a regular dose needs no reason");
        browser.findElement(By.id("record-given")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
        assertTrue(text("#record-status").contains("1 g"), text("#record-status"));
        waitForStep("wristband");
        WebElement given = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(doses + "[data-state=\"GIVEN\"] li.cell-record[data-outcome=\"GIVEN\"]")));
        assertTrue(given.getText().contains("NE"), "the giver's initials: " + given.getText());
        String details = new MarCells(chromium).details(doses + "[data-state=\"GIVEN\"]");
        assertTrue(details.contains("1 g") && details.contains("Nia Evans"), details);
        assertTrue(browser.findElements(By.cssSelector(doses + "[data-state=\"DUE\"]")).isEmpty(), "no dose is left due");

        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        JsonObject record = records.getJsonObject(0);
        assertEquals("GIVEN", record.getString("outcome"));
        assertEquals("SCAN", record.getString("identifiedBy"));
        assertEquals("BATCH7", record.getString("batch"));
        assertEquals("nurse.evans", record.getString("recordedBy"));
    }

    @Test
    void aDoseDueTomorrowIsStoppedRightAfterTheProductScanSayingTomorrowInEnglishAndWelsh() {
        WardDay.startWellBeforeMidnight(LONDON);
        Patient patient = newPatient();
        // once a day at 08:00, starting at midnight tomorrow on the ward's clock: its first dose is 08:00 tomorrow
        Instant midnight = LocalDate.now(LONDON).plusDays(1).atStartOfDay(LONDON).toInstant();
        long omeprazole = prescribe(patient, OrderJson.omeprazoleDaily(), midnight);
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        // at a workstation's width, where the days beside the recording panel reach tomorrow
        chromium.atWidth(1366);
        openChart(patient);
        assertEquals(1, browser.findElements(By.cssSelector(regularDoses(omeprazole) + "[data-state=\"NOT_YET_DUE\"]")).size(),
                text("#mar-grid"));

        scanIntoBox(patient.hospitalNumber());
        waitForStep("product");
        scanIntoBox("(01)" + gtinOf("OMEPRAZOLE-GRCAP-20"));
        WebElement stop = stop("not-due");
        assertEquals("Dose not due", stop.findElement(By.cssSelector(".stop-heading")).getText().strip());
        assertTrue(stop.getText().contains("Due at 08:00 tomorrow."), stop.getText());
        assertTrue(stop.getText().contains("It may be given from 07:00."), stop.getText());
        assertEquals("product", browser.findElement(By.id("record-panel")).getAttribute("data-step"),
                "nothing else is asked: no dose, no Given, the wristband kept for another medicine");
        assertFalse(browser.findElement(By.id("confirm-form")).isDisplayed());
        chromium.screenshot("record-dose-not-due", 1366);
        chromium.screenshot("record-dose-not-due", 1024);
        chromium.assertNoAccessibilityViolations("recording panel, dose not due");

        chromium.useLanguage("cy");
        WebElement welsh = stop("not-due");
        assertTrue(welsh.getText().contains("Yn ddyledus am 08:00 yfory."), welsh.getText());
        assertEquals("Nid yw'r dos yn ddyledus", welsh.findElement(By.cssSelector(".stop-heading")).getText().strip());
        chromium.assertNoAccessibilityViolations("recording panel, dose not due");

        // the server stays the authority: recording the dose without a reason is refused with the same stop
        JsonObject tomorrowsDose = firstDoseOnChart(patient, omeprazole);
        Reply refused = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/administrations",
                AdministrationJson.scannedAndGiven(patient.id(), omeprazole, patient.hospitalNumber(), "(01)" + gtinOf("OMEPRAZOLE-GRCAP-20"))
                        .scheduledAt(Instant.parse(tomorrowsDose.getString("scheduledAt"))).toString(),
                Map.of("Idempotency-Key", "not-due-" + patient.id()));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("type").endsWith("/stop/not-due"), refused.body());
        assertEquals("tomorrow", refused.json().getJsonObject("args").getString("day"), refused.body());
        assertTrue(recordsOf(patient).isEmpty(), "nothing recorded");

        // giving it early stays possible, with the reason
        browser.findElement(By.id("give-early")).click();
        waitForStep("confirm");
        assertTrue(browser.findElement(By.id("timing-reason")).isDisplayed());
        browser.findElement(By.id("timing-reason")).sendKeys("Nid yw'r claf i fod i fwyta yfory");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Wedi'i roi:"));
        assertEquals(1, recordsOf(patient).size());
    }

    @Test
    void afterTheScansOneDoseTakesFewKeyPressesAndTheDecisionAndConfirmationStayOnScreen() {
        for (int width : List.of(1366, 1024)) {
            Patient patient = newPatient();
            long paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
            if (width == 1366) {
                chromium.logIn("nurse.evans", "training-nurse-1", "en");
            }
            chromium.atWidth(width);
            openChart(patient);
            // into the scan box: on a loaded machine a burst typed anywhere may come slower than a scanner's
            scanIntoBox(patient.hospitalNumber());
            waitForStep("product");
            scanIntoBox(PARACETAMOL);
            waitForStep("confirm");
            assertFalse(browser.findElement(By.id("given-at")).isDisplayed(), "the time given is folded behind Change time");
            assertInViewport("#record-given", width);
            assertInViewport("#not-given-button", width);
            assertInViewport("#change-time", width);
            assertInViewport("#mar-grid thead", width);
            assertBeside("#record-panel", "#mar-grid", width);
            chromium.screenshot("record-dose-confirm", width);
            chromium.atWidth(width);

            // keyboard only, from where the scan leaves focus, until the dose is saved
            int tabs = 0;
            while (!"record-given".equals(browser.switchTo().activeElement().getAttribute("id")) && tabs < 20) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                tabs++;
            }
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            int presses = tabs + 1;
            System.out.println("Key presses after the product scan for one scanned dose at " + width + " px: " + presses
                    + " (" + tabs + " Tab, 1 Enter)");
            assertTrue(presses <= 5, presses + " key presses");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
            waitForChart();
            assertInViewport("#record-status", width);
            assertInViewport("#mar-grid thead", width);
            // the cell of the dose just given shows it, in sight beside the confirmation
            assertInViewport(regularDoses(paracetamol) + "[data-state=\"GIVEN\"]", width);
            chromium.screenshot("record-dose-saved", width);
            assertEquals(1, recordsOf(patient).size());
        }
    }

    /** The element's box lies wholly inside the window's viewport, with no scrolling. */
    private void assertInViewport(String css, int width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: innerHeight, width: innerWidth};", css);
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        assertTrue(top >= 0 && bottom <= ((Number) box.get("height")).doubleValue() && bottom > top
                && right <= ((Number) box.get("width")).doubleValue(), css + " outside the viewport at " + width + " px: " + box);
    }

    /** The first element lies wholly to the right of the second (the recording panel beside the grid, not over it). */
    private void assertBeside(String right, String left, int width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> edges = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "return {panelLeft: document.querySelector(arguments[0]).getBoundingClientRect().left,"
                        + " gridRight: document.querySelector(arguments[1]).getBoundingClientRect().right,"
                        + " days: document.querySelectorAll('#mar-grid thead th.day').length, window: innerWidth,"
                        + " columns: [...document.querySelectorAll('#mar-grid thead th')].map((th) => Math.round(th.getBoundingClientRect().width)).join(' ')};",
                right, left);
        assertTrue(((Number) edges.get("panelLeft")).doubleValue() >= ((Number) edges.get("gridRight")).doubleValue(),
                right + " overlaps " + left + " at " + width + " px: " + edges);
    }

    /** The chart's first scheduled dose of an order. */
    private JsonObject firstDoseOnChart(Patient patient, long prescription) {
        Reply chart = as("nurse.okafor", "training-nurse-2").get("api/v1/patients/" + patient.id() + "/mar");
        assertEquals(200, chart.status(), chart.body());
        return chart.json().getJsonArray("orders").stream().map(JsonObject.class::cast)
                .filter(o -> o.getJsonObject("order").getJsonNumber("id").longValue() == prescription).findFirst().orElseThrow()
                .getJsonArray("doses").getJsonObject(0);
    }

    @Test
    void aMedicineNotPrescribedForThePatientOrAnotherPatientsWristbandIsStoppedAndNothingIsRecorded() {
        Patient patient = newPatient();
        long paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);

        scanAnywhere(patient.hospitalNumber());
        waitForStep("product");
        scanIntoBox("(01)" + gtinOf("AMLODIPINE-TAB-5"));
        WebElement notOrdered = stop("product-not-ordered");
        assertTrue(notOrdered.getText().contains("Medicine not prescribed for this patient"), notOrdered.getText());
        assertEquals("product", browser.findElement(By.id("record-panel")).getAttribute("data-step"),
                "the wristband is kept for the right medicine");

        browser.findElement(By.id("record-reset")).click();
        waitForStep("wristband");
        scanAnywhere("TRN01006");
        // another patient's wristband is stopped the moment it is scanned: no tick, and the medicine is not asked for
        WebElement wrongPatient = stop("wrong-patient");
        assertTrue(wrongPatient.getText().contains("Wrong patient") && wrongPatient.getText().contains("Iolo Williams"),
                wrongPatient.getText());
        assertEquals("wristband", browser.findElement(By.id("record-panel")).getAttribute("data-step"));
        assertFalse(browser.findElement(By.id("wristband-status")).isDisplayed(), text("#wristband-status"));

        assertTrue(browser.findElements(By.cssSelector("#mar-content li.record, #mar-content li.cell-record")).isEmpty(), text("#mar-grid"));
        assertEquals(1, browser.findElements(By.cssSelector(regularDoses(paracetamol) + "[data-state=\"DUE\"]")).size());
        assertTrue(recordsOf(patient).isEmpty(), "a stopped scan records nothing");
    }

    @Test
    void aControlledDrugIsGivenOnlyWithASecondNurseAsWitnessAndTheChartNamesThem() {
        Patient patient = newPatient();
        long oxycodone = prescribe(patient, OrderJson.oxycodoneWhenNeeded(6));
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);
        WebElement row = browser.findElement(By.cssSelector("#prn-grid tr[data-prescription-id=\"" + oxycodone + "\"]"));
        row.findElement(By.cssSelector("button[data-action=\"record\"]")).click();

        scanToConfirm(patient, OXYCODONE);
        assertTrue(browser.findElement(By.id("witness-fields")).isDisplayed(), "a Schedule 2 drug needs a witness");
        assertTrue(browser.findElement(By.id("prn-reason-field")).isDisplayed(), "an as-needed dose needs its reason");
        browser.findElement(By.id("prn-reason")).sendKeys("pain 7/10");
        browser.findElement(By.id("witness-username")).sendKeys("nurse.okafor");
        browser.findElement(By.id("witness-password")).sendKeys("not-her-password");
        browser.findElement(By.id("record-given")).click();
        stop("witness-not-authenticated");
        assertTrue(recordsOf(patient).isEmpty(), "a witness who cannot log in records nothing");

        browser.findElement(By.id("witness-password")).sendKeys("training-nurse-2");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
        WebElement given = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(prnRecords(oxycodone) + "[data-outcome=\"GIVEN\"]")));
        assertTrue(given.getText().contains("witness Chidi Okafor"), given.getText());
        assertTrue(given.getText().contains("pain 7/10"), given.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#prn-grid tr[data-prescription-id=\"" + oxycodone + "\"] .prn-unavailable")).size(),
                "not again within four hours: " + text("#prn-grid"));

        given.findElement(By.cssSelector("button[data-action=\"effect\"]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("effect-text"))).sendKeys("Pain 2/10 after 40 minutes");
        browser.findElement(By.id("effect-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("effect-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(prnRecords(oxycodone) + "[data-outcome=\"GIVEN\"] .effects"),
                "Pain 2/10 after 40 minutes"));
        assertTrue(browser.findElements(By.cssSelector(prnRecords(oxycodone) + " button[data-action=\"effect\"]")).isEmpty(),
                "the effect is recorded once");

        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        assertEquals("nurse.okafor", records.getJsonObject(0).getString("witnessedBy"));
        assertEquals("nurse.evans", records.getJsonObject(0).getString("recordedBy"));
        assertEquals("Pain 2/10 after 40 minutes", records.getJsonObject(0).getJsonArray("effects").getJsonObject(0).getString("effect"));
    }

    @Test
    void aRangeOrderAsksForTheAmountGivenWithinItAndTheChartAddsUpWhatWasGiven() {
        Patient patient = newPatient();
        long paracetamol = prescribe(patient, OrderJson.of("PARACETAMOL-TAB-500").doseRange("500", "1000", "mg").asNeeded("pain", "4", 4));
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);
        browser.findElement(By.cssSelector("#prn-grid tr[data-prescription-id=\"" + paracetamol + "\"] button[data-action=\"record\"]")).click();

        scanToConfirm(patient, PARACETAMOL);
        WebElement amount = browser.findElement(By.id("dose-amount"));
        assertEquals("", amount.getAttribute("value"), "nothing is filled in for a range: the nurse says what they gave");
        assertTrue(text("#dose-range-hint").contains("500 to 1,000 mg"), text("#dose-range-hint"));
        assertEquals("dose-range-hint", amount.getAttribute("aria-describedby"));
        browser.findElement(By.id("prn-reason")).sendKeys("pain 5/10");
        amount.sendKeys("1500");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-alert"), "within the prescribed range"));
        assertTrue(recordsOf(patient).isEmpty(), "an amount outside the range records nothing");

        amount.clear();
        amount.sendKeys("750");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                "#prn-grid tr[data-prescription-id=\"" + paracetamol + "\"] .prn-amount"), "750 mg"));
        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        assertEquals("750 mg", records.getJsonObject(0).getString("doseText"));
    }

    @Test
    void aRefusedDoseIsRecordedAsNotGivenAndTheChartShowsTheReason() {
        Patient patient = newPatient();
        long paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);

        scanToConfirm(patient, PARACETAMOL);
        browser.findElement(By.id("not-given-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-given-reason")));
        browser.findElement(By.id("record-not-given")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("not-given-reason"), "aria-invalid", "true"));
        assertTrue(recordsOf(patient).isEmpty(), "no reason, no record");

        new Select(browser.findElement(By.id("not-given-reason"))).selectByValue("REFUSED");
        browser.findElement(By.id("record-not-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Not given:"));
        assertTrue(text("#record-status").contains("Refused by the patient"), text("#record-status"));
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(regularDoses(paracetamol) + "[data-state=\"NOT_GIVEN\"] li.cell-record[data-outcome=\"NOT_GIVEN\"]")));
        assertTrue(refused.getText().contains("Refused"), refused.getText());

        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        assertEquals("NOT_GIVEN", records.getJsonObject(0).getString("outcome"));
        assertEquals("REFUSED", records.getJsonObject(0).getString("notGivenReason"));

        // recorded against the wrong dose: struck through with the reason, never deleted, and the dose is open again
        MarCells cells = new MarCells(chromium);
        cells.choose(regularDoses(paracetamol) + "[data-state=\"NOT_GIVEN\"]", "in-error");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("in-error-reason"))).sendKeys("Recorded against the wrong patient's chart");
        browser.findElement(By.id("in-error-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("in-error-dialog")));
        WebElement struck = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(regularDoses(paracetamol) + " li.cell-record[data-outcome=\"NOT_GIVEN\"][data-struck=\"true\"]")));
        assertTrue(struck.findElement(By.tagName("del")).getText().contains("Refused"), struck.getText());
        String details = cells.details(regularDoses(paracetamol) + "[data-state=\"DUE\"]");
        assertTrue(details.contains("Refused by the patient") && details.contains("Recorded against the wrong patient's chart"), details);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(regularDoses(paracetamol) + "[data-state=\"DUE\"] button[data-action=\"record\"]")));
        assertEquals(2, recordsOf(patient).size(), "the original stays, and the correction points at it");
    }

    @Test
    void aNurseWhoCannotScanConfirmsThePatientChoosesTheOrderAndSaysWhy() {
        Patient patient = newPatient();
        long paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient);
        new MarCells(chromium).choose(regularDoses(paracetamol) + "[data-state=\"DUE\"]", "record");
        browser.findElement(By.id("cannot-scan")).click();
        waitForStep("manual");
        assertTrue(text("#manual-patient-text").contains(patient.hospitalNumber()), text("#manual-patient-text"));
        assertEquals(String.valueOf(paracetamol), new Select(browser.findElement(By.id("manual-order"))).getFirstSelectedOption()
                .getAttribute("value"), "the order chosen on the chart");
        browser.findElement(By.id("manual-continue")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("manual-patient-confirmed"), "aria-invalid", "true"));
        assertEquals("true", browser.findElement(By.id("manual-reason")).getAttribute("aria-invalid"));

        browser.findElement(By.id("manual-patient-confirmed")).click();
        browser.findElement(By.id("manual-reason")).sendKeys("Wristband unreadable, replaced after the round");
        browser.findElement(By.id("manual-continue")).click();
        waitForStep("confirm");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(regularDoses(paracetamol) + "[data-state=\"GIVEN\"] li.cell-record[data-outcome=\"GIVEN\"]")));
        String details = new MarCells(chromium).details(regularDoses(paracetamol) + "[data-state=\"GIVEN\"]");
        assertTrue(details.contains("Wristband unreadable, replaced after the round"), details);

        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        assertEquals("MANUAL", records.getJsonObject(0).getString("identifiedBy"));
    }

    @Test
    void aWelshSpeakingNurseGivesADoseFromTheDrugRoundAndAStopIsInWelsh() {
        chromium.logIn("nurse.evans", "training-nurse-1", "cy");
        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("drug-round-link"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
        assertEquals("cy", chromium.language());
        WebElement paracetamol = browser.findElements(By.cssSelector(
                        "tr.round-prn[data-hospital-number=\"TRN01008\"][data-available=\"true\"]")).stream()
                .filter(item -> item.getText().contains("Paracetamol")).findFirst()
                .orElseThrow(() -> new AssertionError(text("#round-list")));
        String prescription = paracetamol.getAttribute("data-prescription-id");
        paracetamol.findElement(By.cssSelector("a[data-action=\"record\"]")).click();

        waitForChart();
        assertEquals("cy", chromium.language());
        scanAnywhere("TRN01008");
        waitForStep("product");
        scanIntoBox(PARACETAMOL);
        waitForStep("confirm");
        browser.findElement(By.id("prn-reason")).sendKeys("poen 6/10");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Wedi'i roi:"));
        WebElement given = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(prnRecords(Long.parseLong(prescription)) + "[data-outcome=\"GIVEN\"]")));
        assertTrue(given.getText().contains("Rhoddwyd") && given.getText().contains("poen 6/10"), given.getText());

        scanAnywhere("TRN01008");
        waitForStep("product");
        scanIntoBox("(01)" + gtinOf("AMLODIPINE-TAB-5"));
        WebElement notOrdered = stop("product-not-ordered");
        assertEquals("Nid yw'r feddyginiaeth wedi'i rhagnodi i'r claf hwn",
                notOrdered.findElement(By.cssSelector(".stop-heading")).getText().strip());
        // the server's sentence itself, worded in Welsh from its code and args; the medicine and the patient's name
        // are the only English in it, and are marked so
        WebElement sentence = notOrdered.findElement(By.cssSelector(".message > span"));
        assertTrue(sentence.getText().startsWith("Nid yw Amlodipine") && sentence.getText().contains(" ar unrhyw bresgripsiwn cyfredol i "),
                sentence.getText());
        assertNotEquals("en", sentence.getAttribute("lang"));
        List<String> english = sentence.findElements(By.cssSelector("span[lang=\"en\"]")).stream().map(WebElement::getText).toList();
        assertEquals(2, english.size(), english.toString());
        assertTrue(english.get(0).startsWith("Amlodipine"), english.toString());
        chromium.assertNoAccessibilityViolations("chart with a stop");
    }

    @Test
    void theDrugRoundTheChartAndTheRecordingPanelMeetWcag21AaInEnglishAndWelsh() {
        Patient patient = newPatient();
        prescribe(patient, OrderJson.paracetamolEvery6Hours());
        prescribe(patient, OrderJson.oxycodoneWhenNeeded(6));
        for (String language : List.of("en", "cy")) {
            chromium.logIn("nurse.evans", "training-nurse-1", language);
            chromium.open("drug-round.html?ward=DEWI");
            wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
            assertFalse(browser.findElements(By.cssSelector("tr.round-prn")).isEmpty(), text("#round-list"));
            assertSummaryCounts("due", "tr.round-dose[data-state=\"DUE\"]");
            assertSummaryCounts("overdue", "tr.round-dose[data-state=\"OVERDUE\"]");
            assertSummaryCounts("critical-overdue", "tr.round-dose[data-critical-overdue=\"true\"]");
            assertSummaryCounts("prn-available", "tr.round-prn[data-available=\"true\"]");
            chromium.assertNoAccessibilityViolations("drug round");

            openChart(patient);
            assertEquals(language, chromium.language());
            chromium.assertNoAccessibilityViolations("chart");

            scanToConfirm(patient, OXYCODONE);
            assertTrue(browser.findElement(By.id("witness-fields")).isDisplayed());
            chromium.assertNoAccessibilityViolations("recording panel at its confirm step");

            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        }
    }

    @Test
    void aWelshSpeakingNurseGivesTheInsulinCorrectionDoseTheScaleFillsInFromTheLatestGlucose() {
        Patient patient = newPatient();
        // the scale's figures are the test's own: the prescriber writes them, none is built in
        long aspart = prescribe(patient, OrderJson.of("INSULINASPART-PEN-100U-3ML").route("SC")
                .asNeeded("blood glucose above target", "4", 4).correctionScale("0=0;8=2;12=4"));
        chromium.logIn("nurse.evans", "training-nurse-1", "cy");
        openChart(patient);
        WebElement row = browser.findElement(By.cssSelector("#prn-grid tr[data-prescription-id=\"" + aspart + "\"]"));
        assertTrue(row.getText().contains("8-11.9: 2"), "the scale is on the chart: " + row.getText());
        row.findElement(By.cssSelector("button[data-action=\"record\"]")).click();
        scanToConfirm(patient, "(01)" + gtinOf("INSULINASPART-PEN-100U-3ML"));
        assertEquals("", browser.findElement(By.id("dose-amount")).getAttribute("value"), "no reading, no dose filled in");
        assertTrue(text("#dose-range-hint").contains("Nid oes glwcos gwaed wedi'i gofnodi"), text("#dose-range-hint"));

        assertEquals(201, as("nurse.evans", "training-nurse-1").send("POST", "api/v1/glucose/patients/" + patient.id(),
                "{\"glucose\":13.1}").status());
        openChart(patient);
        browser.findElement(By.cssSelector("#prn-grid tr[data-prescription-id=\"" + aspart + "\"] button[data-action=\"record\"]")).click();
        scanToConfirm(patient, "(01)" + gtinOf("INSULINASPART-PEN-100U-3ML"));
        assertEquals("4", browser.findElement(By.id("dose-amount")).getAttribute("value"), "the scale's dose at 13.1 mmol/L");
        assertTrue(text("#dose-range-hint").contains("13.1 mmol/L"), text("#dose-range-hint"));
        assertTrue(text("#dose-range-hint").contains("Mae'r raddfa gywiro yn rhoi 4 uned"), text("#dose-range-hint"));
        chromium.assertNoAccessibilityViolations("the recording panel for an insulin correction dose");
        browser.findElement(By.id("dose-site")).sendKeys("abdomen");
        // the site's second check of insulin (config/second-checks.csv)
        browser.findElement(By.id("witness-username")).sendKeys("nurse.okafor");
        browser.findElement(By.id("witness-password")).sendKeys("training-nurse-2");
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(prnRecords(aspart) + "[data-outcome=\"GIVEN\"]")));
        JsonArray records = recordsOf(patient);
        assertEquals(1, records.size(), records.toString());
        assertEquals(4, records.getJsonObject(0).getJsonNumber("dose").intValue());
        assertTrue(records.getJsonObject(0).getString("prnReason").startsWith("Correction scale at blood glucose 13.1 mmol/L"),
                records.toString());
        chromium.useLanguage("en");
    }
}
