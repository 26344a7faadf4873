package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: the application's WAR deployed once per class, a fresh headless Chromium
 * for each test at a tablet's size (1024 × 768), and after the test the check that the Content-Security-Policy
 * refused nothing, then the browser closed. A browser test class extends this and says only what it tests; it
 * carries {@code @EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)} itself
 * (JUnit does not inherit conditions), so that no server is started where there is no browser to drive it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InChromium {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("epma.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Chromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() {
        chromium = new Chromium(deployment);
        browser = chromium.browser;
        wait = chromium.wait;
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

    /** A client of the API logged in as a demo user (test data is made through the API, as a user would). */
    ApiClient as(String user, String password) {
        ApiClient client = new ApiClient(deployment);
        assertEquals(200, client.logIn(user, password).status());
        return client;
    }
}
