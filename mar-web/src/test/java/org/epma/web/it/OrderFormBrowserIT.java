package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The order form in headless Chromium (issue 15): the alerts beside Sign; Sign with an unanswered alert says so,
 * goes to it and saves nothing; Cancel leaves no draft behind; a medicine's products oral forms first and strengths
 * as numbers; a weekday for a weekly order that moves the start and shows in the order's words; and no field cut
 * off at a tablet's or a workstation's width, in either language. Each test has a patient of its own.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class OrderFormBrowserIT extends InChromium {

    /** The wards' zone (config/wards.csv names none, so DoseSchedule.DEFAULT_ZONE). */
    private static final ZoneId WARD_ZONE = ZoneId.of("Europe/London");

    private ApiClient doctor;

    @BeforeEach
    void logInTheDoctor() {
        doctor = as("dr.jones", "training-doctor-1");
    }

    private long newPatient(String given) {
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient()
                .hospitalNumber(PatientJson.uniqueHospitalNumber("F")).named(given, "Ffurflen").bornOn(LocalDate.of(1958, 4, 4))
                .sex("FEMALE").toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("POST", "api/v1/patients/" + id + "/measurements", PatientJson.measurement("EGFR", "90"));
        doctor.send("PUT", "api/v1/patients/" + id + "/allergy-status", PatientJson.noKnownAllergies());
        return id;
    }

    private List<JsonObject> ordersOf(long patient) {
        return doctor.get("api/v1/patients/" + patient + "/prescriptions").structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private void openNewOrder(long patient) {
        // the language is kept per user, and another test may have left dr.jones in Welsh
        chromium.logIn("dr.jones", "training-doctor-1", "en");
        chromium.open("patient.html?id=" + patient);
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("new-order-button"))).click();
    }

    private void choose(String search, String code) {
        browser.findElement(By.id("product-search")).sendKeys(search);
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[role=option][data-code=\"" + code + "\"]"))).click();
    }

    private void fill(String dose, String unit, String route, String frequency) {
        browser.findElement(By.id("dose")).clear();
        browser.findElement(By.id("dose")).sendKeys(dose);
        new Select(browser.findElement(By.id("dose-unit"))).selectByValue(unit);
        new Select(browser.findElement(By.id("route"))).selectByValue(route);
        new Select(browser.findElement(By.id("frequency"))).selectByValue(frequency);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private void waitForAlerts(String category) {
        chromium.wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && !d.findElements(By.cssSelector("#order-alerts [data-category=\"" + category + "\"]")).isEmpty());
    }

    @Test
    void aDoctorWritesTheDischargePrescriptionAndAWelshSpeakingPharmacistScreensIt() {
        long patient = newPatient("Rhyddhau");
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"TEIFI\"}").status());
        try {
            Reply draft = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions", OrderJson.omeprazoleDaily().toString());
            assertEquals(201, draft.status(), draft.body());
            assertEquals(200, doctor.send("POST", "api/v1/prescriptions/" + draft.json().getJsonNumber("id") + "/sign",
                    SignatureJson.forDraft(draft.json()).toString()).status());

            chromium.logIn("dr.jones", "training-doctor-1", "en");
            chromium.open("discharge.html?patient=" + patient);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("start-discharge"))).click();
            WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#discharge-changes tr[data-kind='NEW']")));
            assertTrue(browser.findElement(By.id("discharge-status")).getText().contains("No list of the medicines"),
                    "the screen says no pre-admission list was recorded");
            row.findElement(By.cssSelector("[data-field='reason']")).sendKeys("Reflux");
            row.findElement(By.cssSelector("[data-field='supplyQuantity']")).sendKeys("28");
            row.findElement(By.cssSelector("[data-field='supplyDays']")).sendKeys("28");
            row.findElement(By.xpath(".//button[normalize-space()='Save']")).click();
            wait.until(d -> d.findElements(By.cssSelector("#discharge-changes .field-error")).isEmpty());
            chromium.assertNoAccessibilityViolations("the discharge prescription being written");
            browser.findElement(By.id("sign-discharge")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discharge-status"), "waiting for pharmacy"));

            chromium.logIn("pharm.hughes", "training-pharmacist", By.id("current-user"));
            chromium.useLanguage("cy");
            chromium.open("discharge.html?patient=" + patient);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("screen-discharge"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discharge-status"), "wedi'i sgrinio"));
            assertTrue(browser.findElement(By.id("discharge-changes")).getText().contains("28"), "the supply is shown");
            chromium.useLanguage("en");
        } finally {
            assertEquals(204, doctor.send("POST", "api/v1/patients/" + patient + "/admission/discharge", "{}").status());
        }
    }

    @Test
    void signWithAnUnansweredAlertSaysSoBesideSignGoesToTheAlertAndSavesNothing() {
        long patient = newPatient("Rhybudd");
        // an order already in force that contains paracetamol: a second one is duplicate therapy
        Reply cocodamol = doctor.send("POST", "api/v1/patients/" + patient + "/prescriptions",
                OrderJson.of("COCODAMOL-TAB-8-500").dose("1", "tablet").frequency("BD").toString());
        assertEquals(201, cocodamol.status(), cocodamol.body());
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + cocodamol.json().getJsonNumber("id") + "/sign",
                SignatureJson.forDraft(cocodamol.json()).overridingSevere("test order").toString());
        assertEquals(200, signed.status(), signed.body());

        openNewOrder(patient);
        choose("paracet", "PARACETAMOL-TAB-500");
        fill("500", "mg", "PO", "QDS");
        waitForAlerts("DUPLICATE_THERAPY");
        WebElement alerts = browser.findElement(By.id("order-alerts"));
        WebElement sign = browser.findElement(By.id("sign-button"));
        double gap = sign.getRect().getY() - (alerts.getRect().getY() + alerts.getRect().getHeight());
        assertTrue(gap >= 0 && gap < 120, "the alerts end just above Sign: " + gap + " px between them");
        for (int width : new int[] {1366, 1024}) {
            // the alerts and Sign in view, as the prescriber sees them when signing
            chromium.atWidth(width);
            script("arguments[0].scrollIntoView({ block: 'end' })", sign);
            chromium.screenshot("order-form", width);
        }

        WebElement firstControl = browser.findElement(By.cssSelector("#order-alerts [data-acknowledge], #order-alerts [data-override]"));
        String firstKey = (String) script("return arguments[0].closest('[data-alert-key]').dataset.alertKey", firstControl);
        int unanswered = browser.findElements(By.cssSelector("#order-alerts [data-acknowledge], #order-alerts [data-override]")).size();
        sign.click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-error"), "need"));
        String said = browser.findElement(By.id("sign-error")).getText();
        assertTrue(said.startsWith(unanswered == 1 ? "1 alert still needs your answer" : unanswered + " alerts still need your answer"), said);
        assertTrue(said.contains("has not been signed"), said);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(firstKey, script("return arguments[0].closest('[data-alert-key]')?.dataset.alertKey", focused),
                "focus is on the first unanswered alert");
        assertEquals("true", focused.getAttribute("aria-invalid"));
        assertEquals(Boolean.TRUE, script("const inView = (el) => { const box = el.getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight; };"
                + " return inView(arguments[0]) && inView(document.getElementById('sign-error'));", focused),
                "the alert to answer and the message saying so are both in view");
        assertEquals(1, ordersOf(patient).size(), "no draft was saved: " + ordersOf(patient));
        chromium.assertNoAccessibilityViolations("order form with unanswered alerts");
        chromium.screenshot("order-form-unanswered", 1024);

        chromium.useLanguage("cy");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-error"), "yn dal i aros am eich ateb"));
        chromium.assertNoAccessibilityViolations("order form with unanswered alerts");

        // Cancel with an order entered asks first, beside the button, and discarding keeps nothing
        browser.findElement(By.id("cancel-order-button")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-confirm")));
        assertEquals("keep-editing-button", browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.findElement(By.id("cancel-confirm-text")).getText().startsWith("Dileu'r presgripsiwn hwn?"));
        chromium.assertNoAccessibilityViolations("order form asking before it discards");
        chromium.useLanguage("en");
        browser.findElement(By.id("keep-editing-button")).click();
        assertFalse(browser.findElement(By.id("cancel-confirm")).isDisplayed());
        assertTrue(browser.findElement(By.id("order-section")).isDisplayed(), "keep editing keeps the order");
        browser.findElement(By.id("cancel-order-button")).click();
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("discard-order-button"))).click();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("order-section")));
        assertEquals(1, ordersOf(patient).size(), "nothing was kept: " + ordersOf(patient));
    }

    @Test
    void cancelAfterARefusedSignatureDiscardsTheDraftTheSignatureSaved() {
        long patient = newPatient("Drafft");
        openNewOrder(patient);
        choose("oxyc", "OXYCODONE-CAP-5");
        fill("5", "mg", "PO", "PRN");
        browser.findElement(By.id("prn-reason")).sendKeys("pain");
        browser.findElement(By.id("prn-interval")).sendKeys("4");
        browser.findElement(By.id("prn-max")).sendKeys("6");
        chromium.wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && d.findElement(By.id("order-checks-status")).getText().matches("(Alerts for this order: \\d+|No alerts for this order\\.)"));
        answerEveryAlert();
        browser.findElement(By.id("sign-password")).sendKeys("not my password");
        browser.findElement(By.id("sign-button")).click();
        List<String> answers = List.of("password-error", "sign-error", "order-error", "sign-blocked");
        try {
            chromium.wait.until(d -> answers.stream().anyMatch(id -> !d.findElement(By.id(id)).getText().isEmpty()));
        } finally {
            String shown = answers.stream().map(id -> id + ": '" + browser.findElement(By.id(id)).getText() + "'")
                    .collect(Collectors.joining(", "));
            assertTrue(browser.findElement(By.id("password-error")).getText().contains("was not accepted"),
                    shown + ", alerts: '" + browser.findElement(By.id("order-alerts")).getText() + "', checks: '"
                            + browser.findElement(By.id("order-checks-status")).getText() + "', sign button enabled: "
                            + browser.findElement(By.id("sign-button")).isEnabled());
        }
        List<JsonObject> orders = ordersOf(patient);
        assertEquals(1, orders.size(), orders.toString());
        assertEquals("DRAFT", orders.get(0).getString("status"), "the refused signature's draft exists while the form is open");

        browser.findElement(By.id("cancel-order-button")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-confirm")));
        assertTrue(browser.findElement(By.id("cancel-confirm-text")).getText().contains("saved as a draft"),
                browser.findElement(By.id("cancel-confirm-text")).getText());
        browser.findElement(By.id("discard-order-button")).click();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("order-section")));
        orders = ordersOf(patient);
        assertEquals(List.of("DISCARDED"), orders.stream().map(o -> o.getString("status")).toList(), "no draft is left behind");
    }

    private void answerEveryAlert() {
        for (WebElement box : browser.findElements(By.cssSelector("#order-alerts input[data-acknowledge]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        for (WebElement reason : browser.findElements(By.cssSelector("#order-alerts textarea[data-override]"))) {
            reason.sendKeys("test order");
        }
    }

    @Test
    void aMedicinesProductsComeOralFormsFirstWithTheirStrengthsInNumberOrder() {
        long patient = newPatient("Rhestr");
        openNewOrder(patient);
        browser.findElement(By.id("product-search")).sendKeys("amoxicillin");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=option][data-code=\"AMOXICILLIN-INJ-1G\"]")));
        List<String> amoxicillin = browser.findElements(By.cssSelector("#product-options [role=option]")).stream()
                .map(option -> option.getAttribute("data-code")).filter(code -> code.startsWith("AMOXICILLIN-")).toList();
        assertEquals(List.of("AMOXICILLIN-CAP-250", "AMOXICILLIN-CAP-500", "AMOXICILLIN-SUSP-125-5ML", "AMOXICILLIN-SUSP-250-5ML",
                "AMOXICILLIN-INJ-500", "AMOXICILLIN-INJ-1G"), amoxicillin);

        browser.findElement(By.id("product-search")).clear();
        browser.findElement(By.id("product-search")).sendKeys("bisoprolol");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=option][data-code=\"BISOPROLOL-TAB-10\"]")));
        assertEquals(List.of("BISOPROLOL-TAB-1P25", "BISOPROLOL-TAB-2P5", "BISOPROLOL-TAB-5", "BISOPROLOL-TAB-10"),
                browser.findElements(By.cssSelector("#product-options [role=option]")).stream()
                        .map(option -> option.getAttribute("data-code")).toList());
    }

    /** Sets a datetime-local field as a person would, so the form hears of it. */
    private void setStart(String value) {
        script("const start = document.getElementById('start'); start.value = arguments[0];"
                + " start.dispatchEvent(new Event('input', { bubbles: true })); start.dispatchEvent(new Event('change', { bubbles: true }));", value);
    }

    @Test
    void aWeeklyOrderStartsOnTheWeekdayPickedAndReadsOnceAWeekOnThatDay() {
        WardDay.startWellBeforeMidnight(WARD_ZONE);
        long patient = newPatient("Wythnos");
        openNewOrder(patient);
        choose("methotrex", "METHOTREXATE-TAB-2P5");
        fill("7.5", "mg", "PO", "WEEKLY");
        assertTrue(browser.findElement(By.id("weekday")).isDisplayed(), "a weekly order asks for its day");
        LocalDate tomorrow = LocalDate.now(WARD_ZONE).plusDays(1);
        setStart(tomorrow + "T08:00");
        assertEquals(String.valueOf(tomorrow.getDayOfWeek().getValue()),
                new Select(browser.findElement(By.id("weekday"))).getFirstSelectedOption().getAttribute("value"), "the day follows the start");

        new Select(browser.findElement(By.id("weekday"))).selectByValue("1");
        LocalDate monday = tomorrow.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        assertEquals(monday + "T08:00", browser.findElement(By.id("start")).getAttribute("value"));
        String summary = browser.findElement(By.id("weekday-summary")).getText();
        assertTrue(summary.startsWith("Day of each dose: Monday. First dose:"), summary);
        chromium.assertNoAccessibilityViolations("weekly order");
        chromium.useLanguage("cy");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("weekday-summary"), "Diwrnod pob dos: Dydd Llun."));
        chromium.assertNoAccessibilityViolations("weekly order");
        chromium.useLanguage("en");

        chromium.wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && d.findElement(By.id("order-checks-status")).getText().matches("(Alerts for this order: \\d+|No alerts for this order\\.)"));
        answerEveryAlert();
        browser.findElement(By.id("sign-button")).click();
        chromium.wait.until(d -> d.findElements(By.cssSelector("#active-orders tr[data-prescription-id]")).stream()
                .anyMatch(row -> row.getText().contains("once a week on Monday")));
        JsonObject order = ordersOf(patient).get(0);
        assertTrue(order.getString("description").endsWith("7.5 mg oral once a week on Monday"), order.toString());
        assertEquals(monday, java.time.Instant.parse(order.getString("start")).atZone(WARD_ZONE).toLocalDate());
    }

    /**
     * Every field, label and button of the form lies inside the form and the window, and shows all of its text: the
     * boxes the browser laid out, measured (getBoundingClientRect, scrollWidth) with the form at its fullest (an
     * antimicrobial, as needed, then weekly), at 1024 and 1366 px, in English and Welsh.
     */
    @Test
    void noFieldIsCutOffAtATabletsOrAWorkstationsWidthInEitherLanguage() {
        long patient = newPatient("Lled");
        openNewOrder(patient);
        choose("amoxic", "AMOXICILLIN-CAP-500");
        fill("500", "mg", "PO", "PRN");
        assertTrue(browser.findElement(By.id("review-at")).isDisplayed() && browser.findElement(By.id("prn-reason")).isDisplayed());
        for (String frequency : List.of("PRN", "WEEKLY")) {
            new Select(browser.findElement(By.id("frequency"))).selectByValue(frequency);
            for (String language : List.of("en", "cy")) {
                chromium.useLanguage(language);
                for (int width : new int[] {1024, 1366}) {
                    chromium.atWidth(width);
                    chromium.wait.until(d -> ((Number) script("return window.innerWidth")).intValue() <= width);
                    assertEquals(List.of(), cutOff(), frequency + " order form at " + width + " px (" + language + ")");
                }
            }
        }
        chromium.atWidth(1024);
    }

    @SuppressWarnings("unchecked")
    private List<String> cutOff() {
        return (List<String>) script("""
                const form = document.getElementById('order-form').getBoundingClientRect();
                const problems = [];
                if (document.documentElement.scrollWidth > window.innerWidth) {
                  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
                }
                const parts = document.querySelectorAll('#order-form input, #order-form select, #order-form textarea,'
                  + ' #order-form button, #order-form label, #order-form legend');
                for (const el of parts) {
                  const box = el.getBoundingClientRect();
                  if (box.width === 0 && box.height === 0) continue; // not shown
                  const name = el.id || el.getAttribute('for') || el.textContent.trim().slice(0, 30);
                  if (box.left < form.left - 1 || box.right > form.right + 1) {
                    problems.push(name + ' outside the form: ' + Math.round(box.left) + '..' + Math.round(box.right)
                      + ' in ' + Math.round(form.left) + '..' + Math.round(form.right));
                  }
                  if (box.left < 0 || box.right > window.innerWidth) problems.push(name + ' outside the window');
                  const text = el.tagName === 'SELECT' || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
                  if (!text && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') {
                    problems.push(name + ' text cut off: ' + el.scrollWidth + ' > ' + el.clientWidth);
                  }
                  if (el.tagName === 'SELECT' && el.selectedIndex >= 0) {
                    // the chosen option's text against the room the closed select gives it
                    const probe = document.createElement('span');
                    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(el).font;
                    probe.textContent = el.options[el.selectedIndex].text;
                    document.body.append(probe);
                    const room = el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) - parseFloat(getComputedStyle(el).paddingRight);
                    if (probe.getBoundingClientRect().width > room + 1) problems.push(name + ' shows "' + probe.textContent + '" cut off');
                    probe.remove();
                  }
                }
                return problems;
                """);
    }

    @Test
    void anInsulinCorrectionScaleIsWrittenOnTheFormInEitherLanguageAndTheDoseIsTheScales() {
        long patient = newPatient("Inswlin");
        openNewOrder(patient);
        choose("aspart", "INSULINASPART-PEN-100U-3ML");
        new Select(browser.findElement(By.id("dose-unit"))).selectByValue("unit");
        new Select(browser.findElement(By.id("route"))).selectByValue("SC");
        assertFalse(browser.findElement(By.id("correction-fields")).isDisplayed(), "a scale is for an as-needed order only");
        new Select(browser.findElement(By.id("frequency"))).selectByValue("PRN");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction-fields")));
        browser.findElement(By.id("prn-reason")).sendKeys("blood glucose above target");
        browser.findElement(By.id("prn-interval")).sendKeys("4");
        browser.findElement(By.id("prn-max")).sendKeys("4");
        // the figures are the test's own: no dose is built in
        String[][] bands = {{"0", "0"}, {"8", "2"}, {"12", "4"}};
        for (int i = 0; i < bands.length; i++) {
            browser.findElement(By.id("correction-" + i + "-from")).sendKeys(bands[i][0]);
            browser.findElement(By.id("correction-" + i + "-units")).sendKeys(bands[i][1]);
        }
        chromium.wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && d.findElement(By.id("order-checks-status")).getText().matches("(Alerts for this order: \\d+|No alerts for this order\\.)"));
        chromium.assertNoAccessibilityViolations("an insulin correction scale on the order form");
        chromium.useLanguage("cy");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-fields"), "Graddfa gywiro inswlin"));
        chromium.assertNoAccessibilityViolations("an insulin correction scale on the order form, in Welsh");
        chromium.useLanguage("en");
        browser.findElement(By.id("save-draft-button")).click();
        chromium.wait.until(d -> ordersOf(patient).stream().anyMatch(o -> "DRAFT".equals(o.getString("status"))));
        JsonObject draft = ordersOf(patient).get(0);
        assertEquals("Correction scale (blood glucose mmol/L: units): 0-7.9: none; 8-11.9: 2; 12 and above: 4",
                draft.getString("correctionScaleText"));
        assertEquals(2, draft.getJsonNumber("dose").intValue(), "the range is the scale's");
        assertEquals(4, draft.getJsonNumber("doseUpTo").intValue());
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "8-11.9: 2"));
    }
}
