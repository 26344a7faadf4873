package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The patient's MAR chart as a grid in headless Chromium against the real API: dose times down and days across,
 * earlier days a button away and kept in the address, each cell's actions in a menu a keyboard can drive, and stopped
 * orders saying who stopped them, when and why. Each test prescribes for a patient of its own (on no ward, so the
 * ward time is Europe/London) with orders starting now.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class MarChartBrowserIT extends InChromium {

    private static final ZoneId WARD_TIME = ZoneId.of("Europe/London");
    private static final String PARACETAMOL = "(01)00200000000011(17)"
            + LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("yyMMdd")) + "(10)BATCH7";

    private MarCells cells;

    @BeforeEach
    void readCellsInThisBrowser() {
        cells = new MarCells(chromium);
    }

    // ---- Test data through the API ----

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
        chromium.atWidth(width);
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

        assertEquals(List.of(day(today.minusDays(1)), day(today), day(today.plusDays(1))),
                daysAcross(), "three days at a workstation beside the recording panel, up to tomorrow");
        assertEquals(day(today), browser.findElement(By.cssSelector("#mar-grid thead th.day.today")).getAttribute("data-day"));
        String rows = "#mar-grid tbody[data-prescription-id=\"" + paracetamol.id() + "\"] tr";
        List<String> times = browser.findElements(By.cssSelector(rows + " th.dose-time")).stream().map(WebElement::getText).toList();
        assertEquals(4, times.size(), "every six hours: four dose times down the side " + times);
        assertEquals(times.stream().sorted().toList(), times, "earliest time first");
        for (WebElement row : browser.findElements(By.cssSelector(rows))) {
            assertEquals(3, row.findElements(By.cssSelector("td.mar-cell")).size(), "a cell for each day: " + row.getText());
        }
        WebElement due = browser.findElement(By.cssSelector(MarCells.cellsOf(paracetamol.id()) + "[data-state=\"DUE\"]"));
        assertEquals(day(today), due.getAttribute("data-day"));
        assertTrue(due.getText().contains("Due"), "the state in words, not colour alone: " + due.getText());
        showGrid();
        chromium.screenshot("mar", 1366);

        browser.findElement(By.id("days-earlier")).click();
        wait.until(d -> daysAcross().get(0).equals(day(today.minusDays(4))) && daysAcross().get(2).equals(day(today.minusDays(2))));
        assertTrue(browser.getCurrentUrl().contains("from=" + day(today.minusDays(4))) && browser.getCurrentUrl().contains("days=3"),
                browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector(MarCells.cellsOf(paracetamol.id()))).isEmpty(),
                "the order had not started: " + text("#mar-grid"));
        browser.navigate().refresh();
        waitForChart();
        assertEquals(day(today.minusDays(4)), daysAcross().get(0), "a reload keeps the days");
        WebElement backToToday = browser.findElement(By.id("days-today"));
        assertTrue(backToToday.isDisplayed());
        backToToday.click();
        wait.until(d -> daysAcross().contains(day(today)));
        assertFalse(browser.getCurrentUrl().contains("from="), browser.getCurrentUrl());

        // a tablet: two days beside the panel (the server ends two days at today, not tomorrow), nothing cut off at the right
        openChart(patient, 1024);
        assertEquals(List.of(day(today.minusDays(1)), day(today)), daysAcross());
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

        // Space opens it too (in the grid the arrow keys move between cells, see below)
        menuButton.sendKeys(Keys.SPACE);
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

    /** Whether the focused element lies inside the scheduled grid (its scrolling region included). */
    private boolean focusInGrid() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('mar-grid').closest('.table-scroll').contains(document.activeElement)");
    }

    private WebElement focusedCell() {
        return focused().findElement(By.xpath("ancestor::td[1]"));
    }

    private boolean focusedRowHasTheDueDoseOf(Order order) {
        return !focused().findElements(By.xpath("ancestor::tr[1][@data-prescription-id='" + order.id() + "']/td[@data-state='DUE']")).isEmpty();
    }

    @Test
    void theGridIsOneTabStopAndTheArrowKeysMoveBetweenCellsToADoseWhoseMenuRecordsIt() {
        WardDay.startWellBeforeMidnight(WARD_TIME);
        Patient patient = newPatient();
        Order paracetamol = prescribe(patient, OrderJson.paracetamolEvery6Hours());
        prescribe(patient, OrderJson.omeprazoleDaily());
        LocalDate today = LocalDate.now(WARD_TIME);
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        openChart(patient, 1366);
        int menus = browser.findElements(By.cssSelector("#mar-grid td .menu-button")).size();
        assertTrue(menus >= 6, "cells enough to make the count mean something: " + menus);
        assertEquals(1, browser.findElements(By.cssSelector("#mar-grid td .menu-button[tabindex=\"0\"]")).size(),
                "one cell's button in the Tab order");

        // Tab from the chart's heading through the days buttons, into the grid and out of it again
        ((JavascriptExecutor) browser).executeScript("document.getElementById('chart-heading').focus()");
        int tabs = 0;
        int stopsInGrid = 0;
        boolean entered = false;
        while (tabs < 10 && !(entered && !focusInGrid())) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            tabs++;
            if (focusInGrid()) {
                stopsInGrid++;
                entered = true;
            }
        }
        System.out.println("Tab stops in the MAR grid of " + menus + " cell menus: " + stopsInGrid + " (Tab presses from the chart"
                + " heading until past the grid: " + tabs + ")");
        assertEquals(1, stopsInGrid, "one Tab stop into the grid, and the next Tab leaves it");
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue(focusInGrid() && "menu".equals(focused().getAttribute("aria-haspopup")), "Shift+Tab comes back to the cell");
        WebElement first = browser.findElements(By.cssSelector("#mar-grid td .menu-button")).get(0);
        assertEquals(first, focused(), "the first cell is the grid's Tab stop until another is used");

        // down the rows to the one holding the dose due now, then along it: arrows, not Tab
        for (int presses = 0; presses < 6 && !focusedRowHasTheDueDoseOf(paracetamol); presses++) {
            new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertTrue(focusedRowHasTheDueDoseOf(paracetamol), "the down arrow reaches the row of the dose due: " + focusedCell().getText());
        if (!"DUE".equals(focusedCell().getAttribute("data-state"))) {
            new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        }
        WebElement due = focused();
        assertEquals("DUE", focusedCell().getAttribute("data-state"));
        assertEquals(day(today), focusedCell().getAttribute("data-day"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(day(today.plusDays(1)), focusedCell().getAttribute("data-day"), "the right arrow goes to the next day");
        assertEquals(due.findElement(By.xpath("ancestor::tr[1]")), focused().findElement(By.xpath("ancestor::tr[1]")), "on the same row");
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals(due, focused());
        assertEquals("0", due.getAttribute("tabindex"), "the cell last used is now the grid's Tab stop");
        assertEquals(1, browser.findElements(By.cssSelector("#mar-grid td .menu-button[tabindex=\"0\"]")).size());

        // Enter opens its menu, Escape closes it with focus back on the cell, and the menu's first item records the dose
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.attributeToBe(due, "aria-expanded", "true"));
        assertEquals("record", focused().getAttribute("data-action"));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.attributeToBe(due, "aria-expanded", "false"));
        assertEquals(due, focused(), "Escape puts focus back on the cell's button");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        wait.until(ExpectedConditions.attributeToBe(due, "aria-expanded", "true"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement target = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-target")));
        assertTrue(target.getText().toLowerCase().contains("paracetamol"), target.getText());
        assertEquals("scan-input", focused().getAttribute("id"), "ready for the wristband scan");
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
