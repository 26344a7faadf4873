package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.epma.web.it.ApiClient.Reply;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The drug round in headless Chromium: one list of the ward's doses, most urgent first, with how late an overdue
 * dose is; the summary tiles filter it; bed by bed on request; a missing-dose line names its medicine. The test
 * admits a patient of its own to DEWI with an order that started eight hours ago, so it has a dose overdue by more
 * than two hours whatever the time of day.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class DrugRoundBrowserIT {

    /** The order of urgency the list must keep (round-rows.js, RANK). */
    private static final List<String> URGENCY = List.of("criticalOverdue", "overdue", "due", "effect", "prnAvailable",
            "notYetDue", "prnLater");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private Chromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        chromium = new Chromium(deployment);
        browser = chromium.browser;
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

    private ApiClient as(String user, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(user, password).status());
        return client;
    }

    private record Admitted(long id, String hospitalNumber, long order) {
    }

    /** A patient on DEWI with paracetamol 1 g every six hours, started eight hours ago, signed and verified. */
    private Admitted admittedWithALateDose() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        String number = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Reply created = doctor.send("POST", "api/v1/patients", Json.createObjectBuilder().add("hospitalNumber", number)
                .add("givenName", "Rownd").add("familyName", "Browser").add("dateOfBirth", "1961-05-05").add("sex", "MALE")
                .build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", "{\"kind\":\"WEIGHT\",\"value\":80}");
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", "{\"status\":\"NO_KNOWN_ALLERGIES\"}");
        Reply admitted = doctor.send("POST", "api/v1/patients/" + id + "/admission", "{\"ward\":\"DEWI\"}");
        assertEquals(200, admitted.status(), admitted.body());

        Instant start = Instant.now().minus(Duration.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        Reply draft = doctor.send("POST", "api/v1/patients/" + id + "/prescriptions", Json.createObjectBuilder()
                .add("productCode", "PARACETAMOL-TAB-500").add("dose", 1).add("doseUnit", "g").add("route", "PO")
                .add("frequency", "Q6H").add("start", start.toString()).build().toString());
        assertEquals(201, draft.status(), draft.body());
        long order = draft.json().getJsonNumber("id").longValue();
        var acknowledgements = Json.createArrayBuilder();
        draft.json().getJsonArray("alerts").getValuesAs(JsonObject.class).forEach(a -> acknowledgements.add(a.getString("key")));
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + order + "/sign", Json.createObjectBuilder()
                .add("acknowledgements", acknowledgements).add("overrides", Json.createArrayBuilder())
                .add("password", "training-doctor-1").build().toString());
        assertEquals(200, signed.status(), signed.body());
        Reply verified = as("pharm.hughes", "training-pharmacist").send("POST", "api/v1/prescriptions/" + order + "/verify", null);
        assertEquals(200, verified.status(), verified.body());
        return new Admitted(id, number, order);
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
}
