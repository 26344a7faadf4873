package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.AdministrationJson;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patient's MAR chart as a grid in headless Chromium against the real API: dose times down and days across,
 * earlier days a button away and kept in the address, each cell's actions in a menu a keyboard can drive, and stopped
 * orders saying who stopped them, when and why. Each test prescribes for a patient of its own (on no ward, so the
 * ward time is Europe/London) with orders starting now.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class MarChartBrowserIT {

    private static final ZoneId WARD_TIME = ZoneId.of("Europe/London");
    private static final String PARACETAMOL = "(01)00200000000011(17)"
            + LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("yyMMdd")) + "(10)BATCH7";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private MarCells cells;

    @BeforeEach
    void startChromium() {
        chromium = new Chromium(deployment);
        browser = chromium.browser;
        wait = chromium.wait;
        cells = new MarCells(chromium);
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            try {
                chromium.assertNoContentSecurityPolicyViolations();
            } finally {
                chromium.close();
            }
        }
    }

    // ---- Test data through the API ----

    private ApiClient as(String user, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(user, password).status());
        return client;
    }

    private ApiClient doctor() {
        return as("dr.jones", "training-doctor-1");
    }

    private record Patient(long id, String hospitalNumber) {
    }

    private record Order(long id, Instant firstDose) {
    }

    private Patient newPatient() {
        ApiClient doctor = doctor();
        PatientJson patient = PatientJson.patient().hospitalNumber(PatientJson.uniqueHospitalNumber("G")).named("Grid", "Chart")
                .bornOn(LocalDate.of(1959, 6, 14));
        Reply created = doctor.send("POST", "api/v1/patients", patient.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        return new Patient(id, patient.hospitalNumber());
    }

    /** Signed and verified, starting now: a regular order's first dose is due now. */
    private Order prescribe(Patient patient, OrderJson order) {
        ApiClient doctor = doctor();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Reply draft = doctor.send("POST", "api/v1/patients/" + patient.id() + "/prescriptions", order.start(start).toString());
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                SignatureJson.forDraft(draft.json()).password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + id + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return new Order(id, start);
    }

    private void giveFirstDose(Patient patient, Order order) {
        Reply given = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/administrations",
                AdministrationJson.scannedAndGiven(patient.id(), order.id(), patient.hospitalNumber(), PARACETAMOL)
                        .scheduledAt(order.firstDose()).toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, given.status(), given.body());
    }

    private void discontinue(Order order, String reason) {
        Reply stopped = doctor().send("POST", "api/v1/prescriptions/" + order.id() + "/discontinue", "{\"reason\":\"" + reason + "\"}");
        assertEquals(200, stopped.status(), stopped.body());
    }

    // ---- The screen ----

    private void openChart(Patient patient, int width) {
        browser.manage().window().setSize(new Dimension(width, 768));
        chromium.open("mar.html?patient=" + patient.id());
        waitForChart();
    }

    private void waitForChart() {
        wait.until(ExpectedConditions.attributeToBe(By.id("mar-grid"), "aria-busy", "false"));
        wait.until(ExpectedConditions.attributeToBe(By.id("prn-grid"), "aria-busy", "false"));
    }

    /** The days across the grid, read in one go: the grid may be redrawn between two reads of an element. */
    @SuppressWarnings("unchecked")
    private List<String> daysAcross() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#mar-grid thead th.day')].map((th) => th.dataset.day)");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void showGrid() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('chart-heading').scrollIntoView()");
    }

    private static String day(LocalDate date) {
        return date.toString();
    }

    // ---- The tests ----

    @Test
    void theGridShowsDaysAcrossAndDoseTimesDownAndEarlierDaysStayInTheAddress() {
        WardDay.startWellBeforeMidnight(WARD_TIME);
        Patient patient = newPatient();
        Order paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        LocalDate today = LocalDate.now(WARD_TIME);
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient, 1366);

        assertEquals(List.of(day(today.minusDays(2)), day(today.minusDays(1)), day(today), day(today.plusDays(1))),
                daysAcross(), "four days at a workstation, up to tomorrow");
        assertEquals(day(today), browser.findElement(By.cssSelector("#mar-grid thead th.day.today")).getAttribute("data-day"));
        String rows = "#mar-grid tbody[data-prescription-id=\"" + paracetamol.id() + "\"] tr";
        List<String> times = browser.findElements(By.cssSelector(rows + " th.dose-time")).stream().map(WebElement::getText).toList();
        assertEquals(4, times.size(), "every six hours: four dose times down the side " + times);
        assertEquals(times.stream().sorted().toList(), times, "earliest time first");
        for (WebElement row : browser.findElements(By.cssSelector(rows))) {
            assertEquals(4, row.findElements(By.cssSelector("td.mar-cell")).size(), "a cell for each day: " + row.getText());
        }
        WebElement due = browser.findElement(By.cssSelector(MarCells.cellsOf(paracetamol.id()) + "[data-state=\"DUE\"]"));
        assertEquals(day(today), due.getAttribute("data-day"));
        assertTrue(due.getText().contains("Due"), "the state in words, not colour alone: " + due.getText());
        showGrid();
        chromium.screenshot("mar", 1366);

        browser.findElement(By.id("days-earlier")).click();
        wait.until(d -> daysAcross().get(0).equals(day(today.minusDays(6))) && daysAcross().get(3).equals(day(today.minusDays(3))));
        assertTrue(browser.getCurrentUrl().contains("from=" + day(today.minusDays(6))) && browser.getCurrentUrl().contains("days=4"),
                browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector(MarCells.cellsOf(paracetamol.id()))).isEmpty(),
                "the order had not started: " + text("#mar-grid"));
        browser.navigate().refresh();
        waitForChart();
        assertEquals(day(today.minusDays(6)), daysAcross().get(0), "a reload keeps the days");
        WebElement backToToday = browser.findElement(By.id("days-today"));
        assertTrue(backToToday.isDisplayed());
        backToToday.click();
        wait.until(d -> daysAcross().contains(day(today)));
        assertFalse(browser.getCurrentUrl().contains("from="), browser.getCurrentUrl());

        // a tablet: fewer days, and nothing cut off at the right
        openChart(patient, 1024);
        assertEquals(List.of(day(today.minusDays(1)), day(today), day(today.plusDays(1))), daysAcross());
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const s = document.querySelector('#mar-grid').closest('.table-scroll'); return s.scrollWidth - s.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the grid fits the tablet's width without scrolling sideways");
        for (WebElement button : browser.findElements(By.cssSelector("#mar-grid .menu-button, #days-earlier, #days-later"))) {
            int right = button.getRect().getX() + button.getRect().getWidth();
            assertTrue(right <= 1024, "cut off at 1024 px: " + button.getAttribute("id") + " ends at " + right);
        }
        showGrid();
        chromium.screenshot("mar", 1024);
    }

    @Test
    void aCellMenuOpensWithTheKeyboardClosesWithEscapeAndMarksADoseInError() {
        Patient patient = newPatient();
        Order paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        giveFirstDose(patient, paracetamol);
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient, 1366);

        String givenCell = MarCells.cellsOf(paracetamol.id()) + "[data-state=\"GIVEN\"]";
        WebElement cell = browser.findElement(By.cssSelector(givenCell));
        assertTrue(cell.getText().contains("NE"), "the giver's initials: " + cell.getText());
        assertTrue(browser.findElements(By.cssSelector("#mar-grid [data-action=\"in-error\"]")).stream().noneMatch(WebElement::isDisplayed),
                "no Mark in error button on every given dose");

        WebElement menuButton = cell.findElement(By.cssSelector(".menu-button"));
        assertEquals("menu", menuButton.getAttribute("aria-haspopup"));
        assertTrue(menuButton.getAccessibleName().startsWith("Actions for"), menuButton.getAccessibleName());
        menuButton.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(menuButton, "aria-expanded", "true"));
        assertEquals("menuitem", focused().getAttribute("role"), "the first item has focus");
        focused().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.attributeToBe(menuButton, "aria-expanded", "false"));
        assertEquals(menuButton, focused(), "Escape puts focus back on the button");
        assertFalse(cell.findElement(By.cssSelector("[role=\"menu\"]")).isDisplayed());

        menuButton.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBe(menuButton, "aria-expanded", "true"));
        while (!"in-error".equals(focused().getAttribute("data-action"))) {
            focused().sendKeys(Keys.ARROW_DOWN);
        }
        focused().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("in-error-reason"))).sendKeys("Given against the wrong time");
        browser.findElement(By.id("in-error-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("in-error-dialog")));
        WebElement struck = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(MarCells.cellsOf(paracetamol.id()) + " li.cell-record[data-struck=\"true\"]")));
        assertTrue(struck.getText().contains("In error"), struck.getText());
        String details = cells.details(MarCells.cellsOf(paracetamol.id()) + "[data-state=\"DUE\"]");
        assertTrue(details.contains("Given against the wrong time"), details);
        Reply chart = as("nurse.evans", "training-nurse-1").get("api/v1/patients/" + patient.id() + "/mar");
        assertEquals(2, chart.json().getJsonArray("administrations").size(), "the record stays, and the correction points at it");
    }

    @Test
    void aStoppedOrderSaysWhoStoppedItWhenAndWhyOnTheChartAndTheOrderList() {
        Patient patient = newPatient();
        Order paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        discontinue(paracetamol, "Liver function tests raised");
        String doctorName = doctor().get("api/v1/prescriptions/" + paracetamol.id()).json().getString("statusChangedByName");
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient, 1366);

        String stopped = "#mar-grid tbody[data-prescription-id=\"" + paracetamol.id() + "\"] .status-change[data-status=\"DISCONTINUED\"]";
        WebElement change = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(stopped)));
        assertTrue(change.getText().contains("Stopped by " + doctorName), change.getText());
        assertTrue(change.getText().contains("Liver function tests raised"), change.getText());
        String at = change.findElement(By.tagName("time")).getAttribute("datetime");
        assertTrue(Math.abs(ChronoUnit.MINUTES.between(Instant.parse(at), Instant.now())) < 5, at);
        assertTrue(change.findElement(By.tagName("time")).getText().matches(".*\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2}.*"),
                change.findElement(By.tagName("time")).getText());

        chromium.useLanguage("cy");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(stopped), "Stopiwyd gan " + doctorName));
        chromium.useLanguage("en");

        chromium.open("patient.html?id=" + patient.id());
        wait.until(ExpectedConditions.attributeToBe(By.id("stopped-orders"), "aria-busy", "false"));
        browser.findElement(By.cssSelector("#stopped-details summary")).click();
        WebElement row = browser.findElement(By.cssSelector("#stopped-orders tr[data-prescription-id=\"" + paracetamol.id() + "\"]"));
        assertTrue(row.getText().contains("Stopped by " + doctorName), row.getText());
        assertFalse(row.getText().contains("No end date"), row.getText());
    }

    @Test
    void theGridWithItsMenusAndAStoppedOrderMeetsWcag21AaInEnglishAndWelsh() {
        Patient patient = newPatient();
        Order paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        giveFirstDose(patient, paracetamol);
        Order stopped = prescribe(patient, OrderJson.omeprazoleDaily());
        discontinue(stopped, "Duplicate order");
        prescribe(patient, OrderJson.oxycodoneWhenNeeded(6));
        for (String language : List.of("en", "cy")) {
            chromium.logIn("nurse.evans", "training-nurse-1", language);
            openChart(patient, 1366);
            assertEquals(language, chromium.language());
            chromium.assertNoAccessibilityViolations("MAR grid");
            WebElement menuButton = browser.findElement(By.cssSelector(MarCells.cellsOf(paracetamol.id()) + "[data-state=\"GIVEN\"] .menu-button"));
            menuButton.click();
            wait.until(ExpectedConditions.attributeToBe(menuButton, "aria-expanded", "true"));
            chromium.assertNoAccessibilityViolations("MAR grid with a cell menu open");
            focused().sendKeys(Keys.ESCAPE);
            cells.choose(MarCells.cellsOf(paracetamol.id()) + "[data-state=\"GIVEN\"]", "details");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("details-dialog")));
            chromium.assertNoAccessibilityViolations("a dose's details");
            browser.findElement(By.cssSelector("#details-dialog [data-close]")).click();
            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        }
    }
}
