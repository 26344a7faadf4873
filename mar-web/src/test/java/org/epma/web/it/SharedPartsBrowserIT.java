package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.epma.web.it.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The parts every screen shares, in headless Chromium: the one {@code <epma-header>} on every page (menu for the
 * user's roles, the page's own item marked, language toggle, log out), and medicines written as the NHS CUI medication
 * line has them on the chart and the drug round: look-alike names in tall-man letters (FDA/ISMP list), the name in
 * bold, and dose units made plural in English and left singular after a numeral in Welsh.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class SharedPartsBrowserIT extends InChromium {

    // every 6 hours from now, so a dose is due now whatever the time of day (a once-daily dose is due at 08:00); 100
    // micrograms a day, under the formulary's 200 microgram daily limit
    private static final String LEVOTHYROXINE_25_MICROGRAMS = "{\"productCode\":\"LEVOTHYROXINE-TAB-25MICROG\",\"dose\":25,"
            + "\"doseUnit\":\"microgram\",\"route\":\"PO\",\"frequency\":\"Q6H\"}";
    private static final String AMLODIPINE_5_MG = "{\"productCode\":\"AMLODIPINE-TAB-5\",\"dose\":5,\"doseUnit\":\"mg\","
            + "\"route\":\"PO\",\"frequency\":\"OD\"}";
    private static final String MENU = "#nav-wards, #nav-reports, #nav-pharmacy, #nav-interface, #nav-admin, #nav-audit";


    /** A new patient on no ward, weighed, with renal function and allergies recorded; returns id and hospital number. */
    private String[] newPatient() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        String number = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Reply created = doctor.send("POST", "api/v1/patients", "{\"hospitalNumber\":\"" + number + "\",\"givenName\":\"Shared\","
                + "\"familyName\":\"Parts\",\"dateOfBirth\":\"1966-03-03\",\"sex\":\"FEMALE\"}");
        assertEquals(201, created.status(), created.body());
        String id = String.valueOf(created.json().getJsonNumber("id").longValue());
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", "{\"kind\":\"WEIGHT\",\"value\":70}");
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", "{\"kind\":\"EGFR\",\"value\":90}");
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", "{\"status\":\"NO_KNOWN_ALLERGIES\"}");
        return new String[] {id, number};
    }

    /** Signs an order starting now, every alert acknowledged, and has pharmacy verify it. */
    private long prescribe(String patientId, String order) {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Reply draft = doctor.send("POST", "api/v1/patients/" + patientId + "/prescriptions",
                order.replace("}", ",\"start\":\"" + start + "\"}"));
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        String acknowledgements = draft.json().getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .map(a -> "\"" + a.getString("key") + "\"").collect(Collectors.joining(","));
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign",
                "{\"acknowledgements\":[" + acknowledgements + "],\"overrides\":[],\"password\":\"training-doctor-1\"}");
        assertEquals(200, signed.status(), signed.body());
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + id + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return id;
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Opens a page and waits until header.js has shown who is logged in, so the header has done its work. */
    private void openAndWaitForHeader(String page) {
        chromium.open(page);
        wait.until(d -> !d.findElement(By.id("current-user")).getText().isBlank());
    }

    /** The one header, from the custom element, with its log-out and language buttons, and which menu items show. */
    private List<String> assertSharedHeader(String page, String current) {
        List<WebElement> headers = browser.findElements(By.cssSelector("header.site-header"));
        assertEquals(1, headers.size(), page + " has one header");
        assertEquals(1, browser.findElements(By.cssSelector("epma-header > header.site-header")).size(),
                page + ": the header is the <epma-header> element's");
        assertTrue(browser.findElement(By.id("logout")).isDisplayed(), page);
        assertTrue(browser.findElement(By.id("language-toggle")).isDisplayed(), page);
        assertTrue(browser.findElement(By.id("change-password")).isDisplayed(), page + ": header.js added its link");
        List<String> marked = browser.findElements(By.cssSelector(".main-nav a[aria-current=\"page\"]")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getAttribute("href").replaceAll(".*/", "").replaceAll("\\?.*", ""))
                .toList();
        assertEquals(current == null ? List.of() : List.of(current), marked, page + ": the menu marks the page's own item");
        return browser.findElements(By.cssSelector(MENU)).stream().filter(WebElement::isDisplayed)
                .map(item -> item.getAttribute("id")).toList();
    }

    @Test
    void everyPageHasTheSameHeaderWithTheMenuForTheUsersRolesALanguageToggleAndLogOut() {
        chromium.open("login.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-banner")));
        assertEquals(1, browser.findElements(By.cssSelector("epma-header[variant=\"public\"] > header.site-header")).size());
        assertTrue(browser.findElement(By.id("language-toggle")).isDisplayed());
        assertTrue(browser.findElements(By.id("logout")).isEmpty(), "no one to log out before logging in");
        assertTrue(browser.findElements(By.cssSelector(".main-nav")).isEmpty(), "no menu before logging in");

        String[] patient = newPatient();
        chromium.logIn("pharm.hughes", "training-pharmacist", "en");
        List<String> pharmacistMenu = List.of("nav-wards", "nav-reports", "nav-pharmacy", "nav-interface");
        Map<String, String> pharmacistPages = new java.util.LinkedHashMap<>();
        pharmacistPages.put("wards.html", "wards.html");
        pharmacistPages.put("ward.html?code=DEWI", "ward.html");
        pharmacistPages.put("drug-round.html?ward=DEWI", null);
        pharmacistPages.put("patient.html?id=" + patient[0], null);
        pharmacistPages.put("mar.html?patient=" + patient[0], null);
        pharmacistPages.put("reports.html", "reports.html");
        pharmacistPages.put("pharmacy.html", "pharmacy.html");
        pharmacistPages.put("interface.html", "interface.html");
        pharmacistPages.put("password.html", null);
        for (Map.Entry<String, String> page : pharmacistPages.entrySet()) {
            openAndWaitForHeader(page.getKey());
            String current = page.getValue();
            if ("ward.html".equals(current)) {
                // the ward's own item names the ward once header.js has been told it
                wait.until(d -> d.findElement(By.id("nav-ward")).isDisplayed());
                assertEquals("Dewi Ward (Acute Medicine)", text("#nav-ward-link"));
            }
            List<String> shown = assertSharedHeader(page.getKey(), current);
            assertEquals(pharmacistMenu, shown, page.getKey() + ": the pharmacist's menu");
        }

        // the language toggle in the header re-translates the page, header included, and back
        openAndWaitForHeader("pharmacy.html");
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(chromium.language()));
        assertEquals("Allgofnodi", text("#logout"));
        assertEquals("Wardiau", text("#nav-wards a"));
        assertEquals("English", text("#language-toggle"));
        assertEquals("en", browser.findElement(By.id("language-toggle")).getAttribute("lang"));
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "en".equals(chromium.language()));
        assertEquals("Log out", text("#logout"));

        // log out from the header
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        assertTrue(browser.getCurrentUrl().contains("reason=logged-out"), browser.getCurrentUrl());

        chromium.logIn("admin", "training-it-desk-1", "en");
        for (String page : List.of("admin.html", "audit.html")) {
            openAndWaitForHeader(page);
            // reports: verification turnaround, which names no patient (docs/separation-of-duties.md)
            assertEquals(List.of("nav-reports", "nav-admin", "nav-audit"), assertSharedHeader(page, page),
                    page + ": the administrator's menu");
        }
    }

    @Test
    void theChartAndTheDrugRoundNameLookAlikeMedicinesInTallManAndMakeUnitsPluralInEnglishOnly() {
        String[] patient = newPatient();
        long levothyroxine = prescribe(patient[0], LEVOTHYROXINE_25_MICROGRAMS);
        long amlodipine = prescribe(patient[0], AMLODIPINE_5_MG);
        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        chromium.open("mar.html?patient=" + patient[0]);
        wait.until(ExpectedConditions.attributeToBe(By.id("mar-grid"), "aria-busy", "false"));

        // the medicine's name first and in bold; a look-alike name in the FDA/ISMP tall-man letters
        WebElement amlodipineName = browser.findElement(
                By.cssSelector("#mar-grid tr[data-prescription-id=\"" + amlodipine + "\"] .order-description strong.medicine-name"));
        assertEquals("amLODIPine 5 mg tablets", amlodipineName.getText());
        WebElement levothyroxineName = browser.findElement(
                By.cssSelector("#mar-grid tr[data-prescription-id=\"" + levothyroxine + "\"] .order-description strong.medicine-name"));
        assertEquals("Levothyroxine sodium 25 micrograms tablets", levothyroxineName.getText(), "not on the list: unchanged");

        // the dose to give: "25 micrograms", and in Welsh "25 microgram" (singular after a numeral)
        // typed into the scan box (which takes its own Enter), so a slow machine cannot split the code into two scans
        browser.findElement(By.id("scan-input")).sendKeys(patient[1] + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("record-panel"), "data-step", "product"));
        browser.findElement(By.id("scan-input")).sendKeys("(01)00200000002602" + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("record-panel"), "data-step", "confirm"));
        assertEquals("25 micrograms", text("#confirm-dose"));
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(chromium.language()));
        assertEquals("25 microgram", text("#confirm-dose"));
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "en".equals(chromium.language()));
        browser.findElement(By.id("record-given")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Given:"));
        assertTrue(text("#record-status").contains("25 micrograms"), text("#record-status"));
        String givenCell = MarCells.cellsOf(levothyroxine) + "[data-state=\"GIVEN\"]";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(givenCell + " li.cell-record[data-outcome=\"GIVEN\"]")));
        String given = new MarCells(chromium).details(givenCell);
        assertTrue(given.contains("25 micrograms"), given);

        // the drug round names the same look-alike medicines the same way (a training patient's as-needed oxycodone)
        chromium.open("drug-round.html?ward=DEWI");
        wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
        List<String> names = browser.findElements(By.cssSelector(
                "tr.round-prn[data-hospital-number=\"TRN01008\"] .order-description strong.medicine-name"))
                .stream().map(WebElement::getText).toList();
        assertTrue(names.contains("oxyCODONE hydrochloride 5 mg capsules"), names.toString());
        chromium.assertNoAccessibilityViolations("drug round with tall-man names");
    }

    @Test
    void theReportsPagePlotsTurnaroundByDayAndOmissionsByWardWithTheFiguresAsATable() {
        prescribe(newPatient()[0], AMLODIPINE_5_MG);
        int wards = as("pharm.hughes", "training-pharmacist").get("api/v1/wards").structure().asJsonArray().size();
        chromium.logIn("pharm.hughes", "training-pharmacist", "en");
        chromium.open("reports.html");
        wait.until(ExpectedConditions.attributeToBe(By.id("turnaround-chart"), "aria-busy", "false"));
        wait.until(ExpectedConditions.attributeToBe(By.id("by-ward-chart"), "aria-busy", "false"));

        // an order signed and verified today: the last seven days plotted, today's median in the table
        assertEquals("Hours from signing to verification, by the day orders were signed", text("#turnaround-chart figcaption"));
        WebElement picture = browser.findElement(By.cssSelector("#turnaround-chart svg[role=\"img\"]"));
        assertEquals(browser.findElement(By.cssSelector("#turnaround-chart figcaption")).getAttribute("id"),
                picture.getAttribute("aria-labelledby"), "the picture is named by its caption");
        assertEquals(7, browser.findElements(By.cssSelector("#turnaround-chart table tbody tr")).size(), "a row a day");
        List<WebElement> bars = browser.findElements(By.cssSelector("#turnaround-chart rect.chart-bar"));
        assertFalse(bars.isEmpty(), "today has bars");
        // ward by ward: a row for every ward, or the sentence that nothing was omitted anywhere
        List<WebElement> wardRows = browser.findElements(By.cssSelector("#by-ward-chart table tbody tr"));
        if (wardRows.isEmpty()) {
            assertTrue(text("#by-ward-chart").contains("No dose of a critical medicine was omitted or delayed"), text("#by-ward-chart"));
        } else {
            assertEquals(wards, wardRows.size());
        }
        chromium.screenshot("reports-charts", 1366);
        chromium.assertNoAccessibilityViolations("reports with charts");

        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(chromium.language()));
        wait.until(d -> text("#turnaround-chart figcaption").startsWith("Oriau o lofnodi i ddilysu"));
        assertTrue(browser.findElement(By.cssSelector("#turnaround-chart svg title")).getAttribute("textContent").contains("Canolrif"),
                "the bars' own words redrawn in Welsh");
        chromium.assertNoAccessibilityViolations("reports with charts");
    }
}
