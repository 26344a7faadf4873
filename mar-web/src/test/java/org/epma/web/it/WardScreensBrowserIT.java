package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ward and prescribing screens in a real headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded): a nurse logs in, switches to Welsh and opens a ward, and axe-core finds no WCAG 2.1 AA
 * violation on any screen in either language. Skipped where Chromium is not installed, unless
 * EPMA_REQUIRE_BROWSER=1 (CI), when a missing browser fails the run.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class WardScreensBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() {
        chromium = new Chromium(deployment);
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

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
    void anAdminSeesTheAdministrationScreenAndANurseDoesNot() {
        logIn("admin", "training-admin-1");
        assertTrue(browser.findElements(By.id("nav-reports")).stream().noneMatch(WebElement::isDisplayed),
                "an administrator prints no patient's chart");
        browser.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#users tr[data-username=\"nurse.evans\"]")));
        browser.findElement(By.id("verify-audit")).click();
        wait.until(ExpectedConditions.textMatches(By.id("audit-result"), java.util.regex.Pattern.compile("\\d+")));
        assertTrue(browser.findElement(By.id("audit-result")).getText().contains("intact"),
                browser.findElement(By.id("audit-result")).getText());
        assertNoAccessibilityViolations("administration");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-button")));
        logIn("nurse.williams", "training-nurse-3");
        assertTrue(browser.findElements(By.id("nav-admin")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void aDoctorPrescribesParacetamolForAPatientOnCoCodamolLowersTheDoseAndSigns() {
        logIn("dr.jones", "training-doctor-1");
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
}
