package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded) for the browser tests: logging
 * in, choosing the language, and axe-core's WCAG 2.1 A/AA check. Browser tests are skipped where Chromium is not
 * installed, unless EPMA_REQUIRE_BROWSER=1 (CI), when a missing browser fails the run: annotate them with
 * {@code @EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)}.
 */
final class Chromium implements AutoCloseable {

    static final String AVAILABLE_OR_REQUIRED = "org.epma.web.it.Chromium#availableOrRequired";
    static final String NOT_INSTALLED = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver);"
            + " set EPMA_REQUIRE_BROWSER=1 to make this a failure";

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final WebDriver browser;
    final WebDriverWait wait;
    final URI base;

    static boolean availableOrRequired() {
        return (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) || "1".equals(System.getenv("EPMA_REQUIRE_BROWSER"));
    }

    Chromium(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--window-size=1024,768",
                    "--user-data-dir=" + Files.createTempDirectory("epma-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the console, where Chromium reports what the Content-Security-Policy refused
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        base = ApiClient.loopback(deployment);
    }

    void open(String page) {
        browser.get(base.resolve(page).toString());
    }

    /** Logs in on the login page and waits for the page it lands on (the ward list, or the accounts for the IT administrator). */
    void logIn(String username, String password) {
        // clinical staff start on the wards, the IT administrator on the accounts
        logIn(username, password, By.cssSelector("#wards a[data-ward], #users tr[data-username]"));
    }

    /** Logs in on the login page and waits for {@code landing}, something on the page the user lands on. */
    void logIn(String username, String password, By landing) {
        open("login.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-banner")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(landing));
    }

    /** Logs in and makes sure the user's screens are in the given language (the choice is kept per user). */
    void logIn(String username, String password, String language) {
        logIn(username, password);
        useLanguage(language);
    }

    /** Switches with the header's language button if the page is not already in the given language. */
    void useLanguage(String language) {
        wait.until(d -> !d.findElement(By.tagName("html")).getAttribute("lang").isEmpty());
        if (!language.equals(language())) {
            browser.findElement(By.id("language-toggle")).click();
            wait.until(d -> language.equals(language()));
        }
    }

    String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    void assertNoAccessibilityViolations(String screen) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(results.getPasses().size() > 10, "axe-core did not run on " + screen);
        List<Rule> violations = new java.util.ArrayList<>(results.getViolations());
        // WCAG 2.5.3 label in name is an experimental rule in axe-core, off unless asked for by name
        violations.addAll(new AxeBuilder().withRules(List.of("label-content-name-mismatch")).analyze(browser).getViolations());
        assertEquals("", violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")), "axe-core violations on " + screen + " (" + language() + ")");
    }

    /** What the Content-Security-Policy refused since the last call, as Chromium's console said it. */
    List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    void assertNoContentSecurityPolicyViolations() {
        assertEquals(List.of(), contentSecurityPolicyViolations(), "the Content-Security-Policy refused part of a screen");
    }

    /** The window at a workstation's (1366) or a tablet's (1024) width, 768 px high as both are. */
    void atWidth(int width) {
        browser.manage().window().setSize(new Dimension(width, 768));
    }

    /**
     * Shows the screen at a workstation's or a tablet's width and saves it as target/screenshots/{name}-{width}.png,
     * for a person to look at after the run (issue 15 asks for the drug round, MAR and order form at 1366 and 1024).
     */
    void screenshot(String name, int width) {
        atWidth(width);
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            atWidth(1024);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
