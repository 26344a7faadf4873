package org.epma.web.it;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.epma.web.testdata.OrderJson;
import org.epma.web.testdata.PatientJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ward and prescribing screens in a real headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded): a nurse logs in, switches to Welsh and opens a ward, and axe-core finds no WCAG 2.1 AA
 * violation on any screen in either language; the Content-Security-Policy refuses nothing on any screen (checked
 * after each test) and does refuse inline script and style. Skipped where Chromium is not installed, unless
 * EPMA_REQUIRE_BROWSER=1 (CI), when a missing browser fails the run.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class WardScreensBrowserIT extends InChromium {

    private void logIn(String username, String password) {
        chromium.logIn(username, password);
    }

    private String language() {
        return chromium.language();
    }

    private void assertNoAccessibilityViolations(String screen) {
        chromium.assertNoAccessibilityViolations(screen);
    }

    @Test
    void aNurseLogsInSwitchesToWelshAndSeesThePatientsOfAWard() {
        chromium.open("login.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-banner")));
        assertEquals("TRAINING — not for clinical use", browser.findElement(By.id("training-banner")).getText().strip());
        assertNoAccessibilityViolations("login");

        logIn("nurse.okafor", "training-nurse-2");
        assertEquals("en", language());
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("Chidi Okafor"));
        assertNoAccessibilityViolations("ward list");

        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(language()));
        assertEquals("HYFFORDDIANT — nid at ddefnydd clinigol", browser.findElement(By.id("training-banner")).getText().strip());
        assertTrue(browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).getText().contains("Ward Dewi"));
        assertNoAccessibilityViolations("ward list");

        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        assertEquals("cy", language());
        List<?> rows = browser.findElements(By.cssSelector("#patients tbody tr[data-hospital-number]"));
        assertEquals(12, rows.size());
        String sian = browser.findElement(By.cssSelector("#patients tr[data-hospital-number=\"TRN01001\"]")).getText();
        assertTrue(sian.contains("EVANS, Siân"), sian);
        assertTrue(sian.contains("Penicillin"), sian);
        String unrecorded = browser.findElement(By.cssSelector("#patients tr[data-hospital-number=\"TRN01003\"]")).getText();
        assertTrue(unrecorded.contains("Llŷr"), unrecorded);
        assertEquals(1, browser.findElements(By.cssSelector("#patients tr[data-hospital-number=\"TRN01003\"] .allergy-unrecorded")).size());
        assertNoAccessibilityViolations("ward patients");

        // the choice is kept for the user: a new login comes back in Welsh
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        logIn("nurse.okafor", "training-nurse-2");
        wait.until(d -> "cy".equals(language()));
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "en".equals(language()));
        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        assertNoAccessibilityViolations("ward patients");
    }

    @Test
    void aNurseFindsTheDowntimeChartOfHerWardOnTheReportsPageInEitherLanguage() {
        logIn("nurse.williams", "training-nurse-3");
        assertEquals("en", language());
        browser.findElement(By.cssSelector("#nav-reports a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("written"), "aria-busy", "false"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report-ward"))).selectByValue("DEWI");
        wait.until(ExpectedConditions.attributeContains(By.id("print-now"), "href", "/api/v1/wards/DEWI/reports/downtime-mar"));
        assertEquals("Print the chart now (PDF)", browser.findElement(By.id("print-now")).getText().strip());
        // a nurse prints her ward's patients' records and critical omissions; the pharmacists' reports are not offered
        wait.until(d -> !d.findElements(By.cssSelector("#mar-patient option")).isEmpty());
        assertTrue(browser.findElement(By.id("mar-form")).isDisplayed() && browser.findElement(By.id("omissions-form")).isDisplayed());
        assertFalse(browser.findElement(By.id("review-form")).isDisplayed() || browser.findElement(By.id("turnaround-form")).isDisplayed());
        assertNoAccessibilityViolations("reports");

        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(language()));
        assertEquals("Adroddiadau", browser.findElement(By.id("reports-heading")).getText().strip());
        assertTrue(browser.findElement(By.cssSelector("#report-ward option[value=\"DEWI\"]")).getText().contains("Ward Dewi"));
        assertNoAccessibilityViolations("reports");
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "en".equals(language()));
    }

    @Test
    void theBrowserRefusesInlineScriptAndStyleAndSaysSo() {
        chromium.open("login.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-banner")));
        ((JavascriptExecutor) browser).executeScript("const script = document.createElement('script');"
                + "script.textContent = 'window.inlineRan = true;'; document.head.append(script);"
                + "const styled = document.createElement('p'); styled.setAttribute('style', 'color: red');"
                + "styled.id = 'styled'; document.body.append(styled);");
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.inlineRan === true;"));
        assertNotEquals("rgb(255, 0, 0)", ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.getElementById('styled')).color;"));
        List<String> refused = chromium.contentSecurityPolicyViolations();
        assertTrue(refused.stream().anyMatch(m -> m.contains("script")), String.join("\n", refused));
        assertTrue(refused.stream().anyMatch(m -> m.contains("style")), String.join("\n", refused));
    }

    @Test
    void anAdminSeesTheAdministrationScreenAndNoClinicalOneAndANurseDoesNotSeeIt() {
        logIn("admin", "training-it-desk-1");
        assertTrue(browser.getCurrentUrl().contains("admin.html"), "an admin starts on the accounts: " + browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("#nav-wards, #nav-interface")).stream().noneMatch(WebElement::isDisplayed),
                "no link to the wards or the interface messages");
        assertTrue(browser.findElement(By.cssSelector("#nav-reports")).isDisplayed(),
                "a link to the reports, where the administrator finds verification turnaround (no patient data) only");
        browser.findElement(By.cssSelector("#nav-reports a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turnaround-form")));
        assertTrue(browser.findElements(By.cssSelector("#ward-choice, #mar-form, #omissions-form, #review-form, #register-form, #print-now"))
                .stream().noneMatch(WebElement::isDisplayed), "nothing that names a patient");
        assertNoAccessibilityViolations("reports for the administrator");
        chromium.open("admin.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#users tr[data-username=\"nurse.evans\"]")));
        browser.findElement(By.id("verify-audit")).click();
        wait.until(ExpectedConditions.textMatches(By.id("audit-result"), java.util.regex.Pattern.compile("\\d+")));
        assertTrue(browser.findElement(By.id("audit-result")).getText().contains("intact"),
                browser.findElement(By.id("audit-result")).getText());
        assertNoAccessibilityViolations("administration");
        chromium.open("wards.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-error"), "permission"));
        assertTrue(browser.findElements(By.cssSelector("#wards a[data-ward]")).isEmpty());

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        logIn("nurse.williams", "training-nurse-3");
        assertTrue(browser.findElements(By.id("nav-admin")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void anAuditorFindsWhoOpenedAWardWithTheKeyboardInEnglishAndWelshAndHasNoClinicalMenu() {
        logIn("nurse.williams", "training-nurse-3");
        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));

        chromium.logIn("auditor.rees", "training-auditor-1", By.id("audit-search-form"));
        chromium.useLanguage("en");
        assertTrue(browser.findElement(By.id("nav-audit")).isDisplayed());
        assertTrue(browser.findElements(By.id("nav-wards")).stream().noneMatch(WebElement::isDisplayed));
        wait.until(ExpectedConditions.attributeToBe(By.id("audit-entries"), "aria-busy", "false"));
        WebElement hospitalNumber = browser.findElement(By.id("audit-hospital-number"));
        hospitalNumber.sendKeys("TRN01001" + Keys.ENTER);
        // the first page of the whole trail is replaced by the search's: rows can go stale while being read
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#audit-entries tbody tr[data-seq]")).stream()
                .anyMatch(row -> row.getText().contains("nurse.williams") && row.getText().contains("Ward's patient list")));
        assertNoAccessibilityViolations("audit trail");

        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "cy".equals(language()));
        assertTrue(browser.findElement(By.id("audit-entries")).getText().contains("Rhestr cleifion y ward"));
        browser.findElement(By.id("verify-audit")).click();
        wait.until(ExpectedConditions.textMatches(By.id("audit-result"), java.util.regex.Pattern.compile("\\d+")));
        assertNoAccessibilityViolations("audit trail");
        browser.findElement(By.id("language-toggle")).click();
        wait.until(d -> "en".equals(language()));
    }

    @Test
    void aDoctorPrescribesParacetamolForAPatientOnCoCodamolLowersTheDoseAndSigns() {
        logIn("dr.jones", "training-doctor-1");
        startParacetamol1gFourTimesADayForTrn01006();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#order-alerts [data-category=\"DOSE_DAILY\"]")));
        assertNoAccessibilityViolations("new order with alerts");

        browser.findElement(By.id("dose")).clear();
        browser.findElement(By.id("dose")).sendKeys("500");
        new Select(browser.findElement(By.id("dose-unit"))).selectByValue("mg");
        wait.until(d -> d.findElements(By.cssSelector("#order-alerts [data-category=\"DOSE_DAILY\"]")).isEmpty()
                && !d.findElements(By.cssSelector("#order-alerts [data-category=\"DUPLICATE_THERAPY\"]")).isEmpty());
        for (WebElement acknowledge : browser.findElements(By.cssSelector("input[data-acknowledge]"))) {
            if (!acknowledge.isSelected()) {
                acknowledge.click();
            }
        }
        browser.findElement(By.id("sign-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#active-orders tr[data-status=\"PENDING_VERIFICATION\"]")));
        wait.until(d -> d.findElements(By.cssSelector("#active-orders tr[data-prescription-id]")).stream()
                .anyMatch(row -> row.getText().contains("Paracetamol 500 mg tablets")));
    }

    /**
     * From the ward list, a new order for TRN01006 (on co-codamol in the demo data) of paracetamol 1 g four times a
     * day by mouth: over the daily maximum with the co-codamol, and a duplicate of it, so the order form alerts twice.
     */
    private void startParacetamol1gFourTimesADayForTrn01006() {
        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        browser.findElement(By.cssSelector("#patients tr[data-hospital-number=\"TRN01006\"] a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allergy-banner")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-order-button"))).click();
        browser.findElement(By.id("product-search")).sendKeys("paracet");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[role=option][data-code=\"PARACETAMOL-TAB-500\"]"))).click();
        browser.findElement(By.id("dose")).clear();
        browser.findElement(By.id("dose")).sendKeys("1");
        new Select(browser.findElement(By.id("dose-unit"))).selectByValue("g");
        new Select(browser.findElement(By.id("route"))).selectByValue("PO");
        new Select(browser.findElement(By.id("frequency"))).selectByValue("QDS");
    }

    /**
     * The server's sentences reach a Welsh-speaking user in Welsh: an order-check alert worded from its code and args
     * (the medicine names inside it marked as English), and a refused login.
     */
    @Test
    void aWelshSpeakingDoctorReadsAnOrderCheckAlertAndALoginRefusalInWelsh() {
        chromium.logIn("dr.patel", "training-doctor-2", "cy");
        try {
            startParacetamol1gFourTimesADayForTrn01006();
            WebElement daily = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-category=\"DOSE_DAILY\"] .order-alert-message")));
            // "Byddai cyfanswm paracetamol mewn 24 awr yn … sydd yn uwch na'r …", the names in English
            String text = daily.getText();
            assertTrue(text.startsWith("Byddai cyfanswm ") && text.contains(" mewn 24 awr yn ") && text.contains("yn uwch na'r"), text);
            assertTrue(daily.getAttribute("lang") == null || daily.getAttribute("lang").isEmpty(), "the Welsh sentence is not marked as English");
            List<String> english = daily.findElements(By.cssSelector("span[lang=\"en\"]")).stream().map(WebElement::getText).toList();
            assertTrue(english.contains("paracetamol"), english.toString());
            WebElement duplicate = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-category=\"DUPLICATE_THERAPY\"] .order-alert-message")));
            assertTrue(duplicate.getText().startsWith("Mae ") && duplicate.getText().contains(" hefyd yn cynnwys "), duplicate.getText());
            assertNoAccessibilityViolations("new order with alerts");
        } finally {
            chromium.useLanguage("en"); // the choice is kept for the user; other tests expect English
            browser.findElement(By.id("logout")).click();
        }
        // the login page keeps the browser's language: back to Welsh, and a wrong password is refused in Welsh
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('epma.language', 'cy')");
        chromium.open("login.html");
        wait.until(d -> "cy".equals(language()));
        browser.findElement(By.id("username")).sendKeys("dr.patel");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("login-button")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-error .message")));
        assertTrue(refusal.getText().startsWith("Nid yw'r enw defnyddiwr neu'r cyfrinair yn gywir"), refusal.getText());
        assertTrue(refusal.findElements(By.cssSelector("[lang=\"en\"]")).isEmpty(), "nothing of it is left in English");
        assertNoAccessibilityViolations("login refused");
    }

    /** Every page, in English and in Welsh, for the users who see it, once its content has loaded. */
    @Test
    void everyPageMeetsWcag21AaInEnglishAndWelsh() {
        for (String language : List.of("en", "cy")) {
            chromium.logIn("nurse.evans", "training-nurse-1", language);
            String patient = browserPatientId();
            for (String page : List.of("wards.html", "ward.html?code=DEWI", "drug-round.html?ward=DEWI", "patient.html?id=" + patient,
                    "mar.html?ward=DEWI&patient=" + patient, "discharge.html?patient=" + patient, "reports.html", "password.html")) {
                assertPageAccessible(page, language);
            }
            logOut();
            assertPageAccessible("login.html", language);
            for (String[] user : new String[][] {{"pharm.hughes", "training-pharmacist", "pharmacy.html", "interface.html"},
                    {"admin", "training-it-desk-1", "admin.html", "reports.html"}, {"auditor.rees", "training-auditor-1", "audit.html"}}) {
                chromium.logIn(user[0], user[1], By.id("current-user"));
                chromium.useLanguage(language);
                for (int i = 2; i < user.length; i++) {
                    assertPageAccessible(user[i], language);
                }
                chromium.useLanguage("en");
                logOut();
            }
            chromium.logIn("nurse.evans", "training-nurse-1", "en");
            logOut();
        }
    }

    private String browserPatientId() {
        chromium.open("ward.html?code=DEWI");
        wait.until(ExpectedConditions.attributeToBe(By.id("patients"), "aria-busy", "false"));
        return browser.findElement(By.cssSelector("#patients tr[data-hospital-number=\"TRN01006\"] a.mar-link")).getAttribute("data-patient-id");
    }

    private void assertPageAccessible(String page, String language) {
        chromium.open(page);
        long opened = System.nanoTime();
        // after the whole suite the lists behind some pages (the pharmacy queue, the audit trail, the interface's
        // messages) hold thousands of test records: the wait is longer than a ward's, and a slow page is named
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> language.equals(language())
                    && !d.findElement(By.tagName("body")).getText().isBlank()
                    && d.findElements(By.cssSelector("[aria-busy=\"true\"]")).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(page + " (" + language + ") still busy after 60 s: " + browser.findElements(
                    By.cssSelector("[aria-busy=\"true\"]")).stream().map(el -> el.getAttribute("id")).toList(), e);
        }
        long millis = (System.nanoTime() - opened) / 1_000_000;
        if (millis > 5_000) {
            System.out.println("WardScreensBrowserIT: " + page + " (" + language + ") took " + millis + " ms to load");
        }
        assertNoAccessibilityViolations(page);
    }

    private void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
    }

    /** A nurse of this test's own, made through the API, so changing her password or account disturbs no other test. */
    private String newNurse(ApiClient admin) {
        String username = "nurse." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.send("POST", "api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test Nurse\",\"roles\":[\"NURSE\"],\"password\":\"first password 1\"}").status());
        return username;
    }

    private ApiClient admin() {
        ApiClient admin = new ApiClient(deployment);
        assertEquals(200, admin.logIn("admin", "training-it-desk-1").status());
        return admin;
    }

    @Test
    void aNurseChangesHerOwnPasswordFromTheHeaderInEitherLanguage() {
        String username = newNurse(admin());
        logIn(username, "first password 1");
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-form")));
        wait.until(d -> !d.findElement(By.id("current-user")).getText().isBlank());
        assertNoAccessibilityViolations("change password");
        chromium.useLanguage("cy");
        assertEquals("Newid eich cyfrinair", browser.findElement(By.tagName("h1")).getText().strip());
        assertNoAccessibilityViolations("change password");

        // a password the server refuses is refused in Welsh, worded from the problem's code and args
        browser.findElement(By.id("current-password")).sendKeys("first password 1");
        browser.findElement(By.id("new-password")).sendKeys("kettle");
        browser.findElement(By.id("new-password-confirm")).sendKeys("kettle");
        browser.findElement(By.id("password-submit")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#password-error .message")));
        assertTrue(refusal.getText().startsWith("Mae angen o leiaf 12 nod mewn cyfrinair."), refusal.getText());
        assertTrue(refusal.findElements(By.cssSelector("[lang=\"en\"]")).isEmpty(), "nothing of it is left in English");
        assertEquals("true", browser.findElement(By.id("new-password")).getAttribute("aria-invalid"));
        assertNoAccessibilityViolations("password refused");
        for (String field : List.of("current-password", "new-password", "new-password-confirm")) {
            browser.findElement(By.id(field)).clear();
        }

        browser.findElement(By.id("current-password")).sendKeys("first password 1");
        browser.findElement(By.id("new-password")).sendKeys("kettle lantern orchard");
        browser.findElement(By.id("new-password-confirm")).sendKeys("kettle lantern orchard");
        browser.findElement(By.id("password-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-status"), "wedi'i newid"));
        assertNoAccessibilityViolations("password changed");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        logIn(username, "kettle lantern orchard");
    }

    @Test
    void whenAnAdministratorDisablesTheAccountTheNurseIsTakenToLoginAndToldWhy() {
        ApiClient admin = admin();
        String username = newNurse(admin);
        logIn(username, "first password 1");
        assertEquals(200, admin.send("POST", "api/v1/users/" + username + "/disable", "{\"reason\":\"test\"}").status());

        browser.findElement(By.cssSelector("#wards a[data-ward=\"DEWI\"]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), "your account was changed"));
        assertNoAccessibilityViolations("login after the session ended");
        chromium.useLanguage("cy");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), "eich cyfrif wedi newid"));

        // the login itself says no more than for a wrong password
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("first password 1");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "Nid yw'r enw defnyddiwr"));
    }

    private static final String OXYCODONE_PRN = OrderJson.oxycodoneWhenNeeded(6).toString();

    @Test
    void aScheduleTwoControlledDrugIsSignedWithThePrescribersPasswordAgain() {
        ApiClient api = new ApiClient(deployment);
        assertEquals(200, api.logIn("dr.jones", "training-doctor-1").status());
        ApiClient.Reply created = api.send("POST", "api/v1/patients", PatientJson.patient()
                .hospitalNumber("B" + System.nanoTime() % 1_000_000_000L).named("Browser", "Opioid").bornOn(LocalDate.of(1960, 3, 3))
                .sex("MALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        api.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        api.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());

        logIn("dr.jones", "training-doctor-1");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-order-button"))).click();
        browser.findElement(By.id("product-search")).sendKeys("oxyc");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[role=option][data-code=\"OXYCODONE-CAP-5\"]"))).click();
        assertTrue(browser.findElement(By.id("sign-password")).isDisplayed(), "a Schedule 2 drug asks for the password");
        browser.findElement(By.id("dose")).clear();
        browser.findElement(By.id("dose")).sendKeys("5");
        new Select(browser.findElement(By.id("dose-unit"))).selectByValue("mg");
        new Select(browser.findElement(By.id("route"))).selectByValue("PO");
        new Select(browser.findElement(By.id("frequency"))).selectByValue("PRN");
        browser.findElement(By.id("prn-reason")).sendKeys("pain");
        browser.findElement(By.id("prn-interval")).sendKeys("4");
        browser.findElement(By.id("prn-max")).sendKeys("6");
        // the form shows the checks' answer for the order as it stands once its alerts are the server's
        java.util.Set<String> expected = api.send("POST", "api/v1/patients/" + patient + "/order-checks", OXYCODONE_PRN).json()
                .getJsonArray("alerts").getValuesAs(jakarta.json.JsonObject.class).stream().map(a -> a.getString("key"))
                .collect(java.util.stream.Collectors.toSet());
        wait.until(d -> "false".equals(d.findElement(By.id("order-alerts")).getAttribute("aria-busy"))
                && expected.equals(d.findElements(By.cssSelector("#order-alerts [data-alert-key]")).stream()
                        .map(li -> li.getAttribute("data-alert-key")).collect(java.util.stream.Collectors.toSet())));
        for (WebElement acknowledge : browser.findElements(By.cssSelector("input[data-acknowledge]"))) {
            if (!acknowledge.isSelected()) {
                acknowledge.click();
            }
        }
        browser.findElement(By.id("sign-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertEquals("true", browser.findElement(By.id("sign-password")).getAttribute("aria-invalid"));
        assertNoAccessibilityViolations("order form asking for the password");

        browser.findElement(By.id("sign-password")).sendKeys("not my password");
        browser.findElement(By.id("sign-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-error"), "was not accepted"));
        browser.findElement(By.id("sign-password")).sendKeys("training-doctor-1");
        browser.findElement(By.id("sign-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#active-orders tr[data-status=\"PENDING_VERIFICATION\"]")).stream()
                .anyMatch(row -> row.getText().contains("oxyCODONE")));
    }
}
