package org.epma.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.testdata.PatientJson;
import org.epma.web.testdata.SignatureJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Prescribing a fluid on the patient's page in headless Chromium: the rate worked out from the hours, the checks shown,
 * no accessibility violation in English or Welsh, and the draft order saved for signing; and at the bedside, a nurse
 * starting a heparin infusion's bag by scanning and moving its rate within the prescribed range, in both languages, and
 * the MAR drawing that bag and its rate changes on the order's row.
 */
@EnabledIf(value = Chromium.AVAILABLE_OR_REQUIRED, disabledReason = Chromium.NOT_INSTALLED)
class InfusionBrowserIT extends InChromium {

    /** A patient this test admitted to DEWI, discharged after it so the ward's list is as other tests expect it. */
    private long admitted;

    @AfterEach
    void dischargeAdmittedPatient() {
        if (admitted != 0) {
            Reply discharged = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + admitted + "/admission/discharge", "{}");
            assertEquals(204, discharged.status(), discharged.body());
        }
    }

    @Test
    void aFluidOverEightHoursRunsAt125MlAnHourAndIsSavedAsADraft() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient()
                .hospitalNumber(PatientJson.uniqueHospitalNumber("I")).named("Hylif", "Trwyth").bornOn(LocalDate.of(1960, 2, 2))
                .sex("FEMALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());

        chromium.logIn("dr.jones", "training-doctor-1", "en");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infusion-form")));
        // the diluents are offered once the formulary has answered
        wait.until(d -> new Select(d.findElement(By.id("infusion-diluent"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("infusion-kind"))).selectByValue("FLUID");
        browser.findElement(By.id("infusion-product")).sendKeys("NACL-0P9-1000ML");
        browser.findElement(By.id("infusion-duration")).sendKeys("8");
        browser.findElement(By.id("infusion-check-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-result")).getText().contains("125 mL/hour"));
        assertTrue(browser.findElement(By.id("infusion-result")).getText().contains("1000 mL"),
                browser.findElement(By.id("infusion-result")).getText());
        chromium.assertNoAccessibilityViolations("infusion form with its checks");
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("infusion-heading")).getText().equals("Trwythau a hylifau"));
        chromium.assertNoAccessibilityViolations("infusion form with its checks");
        chromium.useLanguage("en");

        browser.findElement(By.id("infusion-save-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-status")).getText().contains("Saved as a draft"));
        List<JsonObject> orders = doctor.get("api/v1/patients/" + patient + "/prescriptions").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, orders.size());
        assertEquals("DRAFT", orders.get(0).getString("status"));
        assertTrue(orders.get(0).getString("instructions").startsWith("Fluid: 1000 mL of Sodium chloride 0.9%"),
                orders.get(0).getString("instructions"));
    }

    @Test
    void aPrescriberWritesAVriiiScaleOnTheForm_andTheDraftCarriesIt() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient()
                .hospitalNumber(PatientJson.uniqueHospitalNumber("I")).named("Graddfa", "Ffurflen").bornOn(LocalDate.of(1970, 1, 5))
                .sex("MALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "80"));
        // the site's named scales ship empty: no rate is built in, so the form offers none to fill in from
        Reply siteScales = doctor.get("api/v1/vriii-scales");
        assertEquals(200, siteScales.status(), siteScales.body());
        assertEquals(0, siteScales.structure().asJsonArray().size(), siteScales.body());
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());

        chromium.logIn("dr.jones", "training-doctor-1", "en");
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infusion-form")));
        wait.until(d -> new Select(d.findElement(By.id("infusion-diluent"))).getOptions().size() > 1);
        assertTrue(!browser.findElement(By.id("infusion-vriii-site")).isDisplayed(), "no site scale to offer");
        browser.findElement(By.id("infusion-product")).sendKeys("INSULINSOLUBLE-VIAL-100U-10ML");
        browser.findElement(By.id("infusion-drug-amount")).sendKeys("50");
        new Select(browser.findElement(By.id("infusion-drug-unit"))).selectByValue("unit");
        new Select(browser.findElement(By.id("infusion-diluent"))).selectByValue("NACL-0P9-100ML");
        browser.findElement(By.id("infusion-volume")).sendKeys("50");
        browser.findElement(By.id("infusion-dose-rate")).sendKeys("1");
        new Select(browser.findElement(By.id("infusion-dose-rate-unit"))).selectByValue("units/hour");
        // a first band that does not start at 0 is refused, naming the band
        browser.findElement(By.id("infusion-vriii-0-from")).sendKeys("2");
        browser.findElement(By.id("infusion-vriii-0-stop")).click();
        browser.findElement(By.id("infusion-check-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-error")).getText().contains("The first band starts at 0 mmol/L"));
        browser.findElement(By.id("infusion-vriii-0-from")).clear();
        browser.findElement(By.id("infusion-vriii-0-from")).sendKeys("0");
        browser.findElement(By.id("infusion-vriii-1-from")).sendKeys("4");
        browser.findElement(By.id("infusion-vriii-1-rate")).sendKeys("1");
        browser.findElement(By.id("infusion-vriii-2-from")).sendKeys("8");
        browser.findElement(By.id("infusion-vriii-2-rate")).sendKeys("2");
        browser.findElement(By.id("infusion-check-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-result")).getText().contains("0-3.9: stop; 4-7.9: 1; 8 and above: 2"));
        chromium.assertNoAccessibilityViolations("the infusion form with a VRIII scale");
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("infusion-vriii-add")).getText().equals("Ychwanegu band"));
        chromium.assertNoAccessibilityViolations("the infusion form with a VRIII scale");
        chromium.useLanguage("en");

        browser.findElement(By.id("infusion-save-button")).click();
        wait.until(d -> d.findElement(By.id("infusion-status")).getText().contains("Saved as a draft"));
        List<JsonObject> infusions = doctor.get("api/v1/patients/" + patient + "/infusions").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, infusions.size());
        assertEquals(3, infusions.get(0).getJsonArray("vriiiScale").size(), infusions.get(0).toString());
        assertTrue(infusions.get(0).getJsonArray("vriiiScale").getJsonObject(0).getBoolean("stop"), infusions.get(0).toString());
    }

    /** The element of that id as the page has it now: a panel is built anew after each record. */
    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void record(String prefix, String event, Map<String, String> fields) {
        new Select(byId(prefix + "-event")).selectByValue(event);
        fields.forEach((field, value) -> {
            byId(prefix + "-" + field).clear();
            byId(prefix + "-" + field).sendKeys(value);
        });
        byId(prefix + "-submit").click();
    }

    @Test
    void aNurseStartsABagByScanning_andChangesTheRateWithinItsRange_inEnglishAndWelsh() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        String number = PatientJson.uniqueHospitalNumber("I");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(number).named("Heparin", "Trwyth")
                .bornOn(LocalDate.of(1958, 4, 9)).sex("MALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        Reply drafted = doctor.send("POST", "api/v1/patients/" + patient + "/infusions", "{\"kind\":\"CONTINUOUS\","
                + "\"productCode\":\"HEPARIN-INJ-25000U-5ML\",\"drugAmount\":25000,\"drugUnit\":\"unit\",\"diluentCode\":"
                + "\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1000,\"doseRateUnit\":\"units/hour\",\"titrationLowest\":500,"
                + "\"titrationHighest\":2000,\"titrationTarget\":\"an APTT ratio of 1.5 to 2.5\"}");
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonObject("order").getJsonNumber("id").longValue();
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign", SignatureJson.forDraft(doctor.get("api/v1/prescriptions/"
                + id).json()).acknowledgingWarningsOnly().overridingSevere("Discussed").password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());

        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"DEWI\"}").status());
        admitted = patient;

        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        // the drug round lists the infusion with its bag due before any is started
        chromium.open("drug-round.html?ward=DEWI");
        wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
        WebElement onRound = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".round-infusions li[data-prescription='" + id + "']")));
        assertTrue(onRound.getText().contains("A bag is due") && onRound.getText().contains("Not started"), onRound.getText());
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("round-infusions-heading")).getText().equals("Trwythau a bagiau sy'n ddyledus"));
        chromium.assertNoAccessibilityViolations("the drug round with an infusion's bag due");
        chromium.useLanguage("en");
        chromium.open("patient.html?id=" + patient);
        String prefix = "running-" + id;
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "-form")));
        assertTrue(byId(prefix).getText().contains("A bag is due"), byId(prefix).getText());
        // the scanner ends the wristband with Enter: the form moves on to the product rather than sending half a record
        byId(prefix + "-wristband").sendKeys(number + Keys.ENTER);
        assertEquals(prefix + "-product", browser.switchTo().activeElement().getAttribute("id"));
        byId(prefix + "-product").sendKeys("(01)00200000000622(17)301231(10)HEP9");
        byId(prefix + "-submit").click();
        wait.until(d -> "RUNNING".equals(d.findElement(By.id(prefix)).getAttribute("data-state")));
        String started = byId(prefix + "-timeline").getText();
        assertTrue(started.contains("Started") && started.contains("2 mL/hour") && started.contains("1000 units/hour"), started);
        chromium.assertNoAccessibilityViolations("a running infusion and its form");

        record(prefix, "RATE_CHANGED", Map.of("rateMlPerHour", "5", "reason", "APTT ratio 1.0"));
        wait.until(d -> d.findElement(By.id(prefix + "-error")).getText().contains("needs a new prescription"));
        record(prefix, "RATE_CHANGED", Map.of("rateMlPerHour", "3", "reason", "APTT ratio 1.2"));
        wait.until(d -> d.findElement(By.id(prefix + "-timeline")).getText().contains("Rate changed"));
        assertTrue(byId(prefix + "-timeline").getText().contains("1500 units/hour"), byId(prefix + "-timeline").getText());

        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("running-infusions-heading")).getText().equals("Trwythau wrth erchwyn y gwely"));
        String welsh = byId(prefix + "-timeline").getText();
        assertTrue(welsh.contains("Wedi dechrau") && welsh.contains("Cyfradd wedi newid"), welsh);
        record(prefix, "RATE_CHANGED", Map.of("doseRate", "2500", "reason", "APTT ratio 1.0"));
        wait.until(d -> d.findElement(By.id(prefix + "-error")).getText().contains("mae angen presgripsiwn newydd"));
        record(prefix, "RATE_CHANGED", Map.of("doseRate", "2000", "reason", "APTT ratio 1.1"));
        wait.until(d -> d.findElement(By.id(prefix + "-timeline")).getText().contains("2000 units/hour"));
        assertTrue(byId(prefix).getText().contains("4 mL/awr"), byId(prefix).getText());
        chromium.assertNoAccessibilityViolations("a running infusion and its form");
        chromium.useLanguage("en");

        // the MAR draws the bag on the order's row, each event at its time with its words beneath, in both languages
        chromium.open("mar.html?patient=" + patient);
        wait.until(ExpectedConditions.attributeToBe(By.id("mar-grid"), "aria-busy", "false"));
        By today = By.cssSelector("#mar-grid tbody[data-prescription-id='" + id + "'] tr.infusion-row td.today");
        WebElement day = wait.until(ExpectedConditions.visibilityOfElementLocated(today));
        String onMar = day.findElement(By.className("infusion-day-events")).getText();
        assertTrue(onMar.contains("Started (bag 1)") && onMar.contains("2 mL/hour (1000 units/hour)"), onMar);
        assertTrue(onMar.contains("Rate changed (bag 1)") && onMar.contains("3 mL/hour (1500 units/hour)")
                && onMar.contains("Reason: APTT ratio 1.2"), onMar);
        assertEquals(3, day.findElements(By.cssSelector(".infusion-mark")).size());
        assertTrue(day.findElement(By.cssSelector(".infusion-bag[data-bag='1'][data-state='running']")).isDisplayed());
        chromium.assertNoAccessibilityViolations("the MAR with a running infusion's bag");
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(today).getText().contains("Cyfradd wedi newid"));
        String welshMar = browser.findElement(today).getText();
        assertTrue(welshMar.contains("Wedi dechrau (bag 1)") && welshMar.contains("Rheswm: APTT ratio 1.2"), welshMar);
        chromium.assertNoAccessibilityViolations("the MAR with a running infusion's bag");
        chromium.useLanguage("en");

        JsonObject run = doctor.get("api/v1/patients/" + patient + "/infusions/" + id + "/events").json();
        assertEquals(List.of("STARTED", "RATE_CHANGED", "RATE_CHANGED"), run.getJsonArray("events").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("event")).toList());
        assertEquals("HEP9", run.getJsonArray("events").getJsonObject(0).getString("batch"));
        assertEquals("nurse.evans", run.getJsonArray("events").getJsonObject(2).getString("recordedBy"));

        // the last rate change struck through as made in error on the patient's page: it stays, struck through, with who
        // and why, and the pump is back at the rate before it
        long lastChange = run.getJsonArray("events").getJsonObject(2).getJsonNumber("id").longValue();
        String event = prefix + "-event-" + lastChange;
        chromium.open("patient.html?id=" + patient);
        wait.until(ExpectedConditions.elementToBeClickable(By.id(event + "-strike"))).click();
        byId(event + "-submit").click();
        wait.until(d -> d.findElement(By.id(event + "-error")).getText().contains("Give the reason"));
        byId(event + "-reason").sendKeys("Recorded against the wrong pump");
        byId(event + "-submit").click();
        wait.until(d -> "true".equals(d.findElement(By.cssSelector("#" + prefix + "-timeline li[data-event-id='" + lastChange + "']"))
                .getAttribute("data-struck")));
        String struck = byId(prefix + "-timeline").getText();
        assertTrue(struck.contains("Recorded in error:") && struck.contains("Recorded against the wrong pump"), struck);
        String rateNow = byId(prefix).findElement(By.className("running-rate")).getText();
        assertTrue(rateNow.contains("3 mL/hour") && rateNow.contains("1500 units/hour"), rateNow);
        chromium.assertNoAccessibilityViolations("an infusion's event struck through");
        JsonObject after = doctor.get("api/v1/patients/" + patient + "/infusions/" + id + "/events").json();
        assertEquals("3", after.getJsonNumber("rateMlPerHour").toString());
        assertEquals("nurse.evans", after.getJsonArray("events").getJsonObject(2).getString("struckThroughBy"));
        Reply again = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + patient + "/infusions/" + id
                + "/events/" + lastChange + "/in-error", "{\"reason\":\"twice\"}", Map.of("Idempotency-Key", "strike-again-" + lastChange));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.contentType().startsWith("application/problem+json"), again.contentType());
        // a bag put up is not struck through while the rate changes on it still stand
        long start = run.getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        Reply bag = as("nurse.evans", "training-nurse-1").send("POST", "api/v1/patients/" + patient + "/infusions/" + id
                + "/events/" + start + "/in-error", "{\"reason\":\"wrong bag\"}", Map.of("Idempotency-Key", "strike-bag-" + start));
        assertEquals(409, bag.status(), bag.body());

        // the MAR shows it struck through too, in Welsh
        chromium.open("mar.html?patient=" + patient);
        WebElement struckOnMar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#mar-grid tr.infusion-row li[data-event-id='" + lastChange + "'][data-struck='true']")));
        assertTrue(struckOnMar.getText().contains("Recorded in error"), struckOnMar.getText());
        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.cssSelector("#mar-grid tr.infusion-row li[data-event-id='" + lastChange + "']")).getText()
                .contains("Cofnodwyd mewn camgymeriad"));
        chromium.useLanguage("en");
    }

    /**
     * A VRIII with the prescriber's scale (test numbers, not a clinical scale): the nurse starts it by scanning, records a
     * glucose of 8.4 and the rate the scale gives (2 units/hour, 2 mL/hour at 1 unit/mL) in one press; in Welsh, a glucose
     * of 3.2 shows the hypoglycaemia steps, the band's stop, and the pause is recorded; the drug round shows the latest
     * glucose and what the scale gives. Both languages pass the accessibility check.
     */
    @Test
    void aNurseRecordsAGlucose_andTheRateAVriiiScaleGivesForIt_inEnglishAndWelsh() {
        ApiClient doctor = as("dr.jones", "training-doctor-1");
        String number = PatientJson.uniqueHospitalNumber("I");
        Reply created = doctor.send("POST", "api/v1/patients", PatientJson.patient().hospitalNumber(number).named("Inswlin", "Graddfa")
                .bornOn(LocalDate.of(1962, 7, 3)).sex("FEMALE").toString());
        assertEquals(201, created.status(), created.body());
        long patient = created.json().getJsonNumber("id").longValue();
        doctor.send("POST", "api/v1/patients/" + patient + "/measurements", PatientJson.measurement("WEIGHT", "70"));
        doctor.send("PUT", "api/v1/patients/" + patient + "/allergy-status", PatientJson.noKnownAllergies());
        String vriii = "{\"kind\":\"CONTINUOUS\",\"productCode\":\"INSULINSOLUBLE-VIAL-100U-10ML\",\"drugAmount\":50,"
                + "\"drugUnit\":\"unit\",\"diluentCode\":\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1,"
                + "\"doseRateUnit\":\"units/hour\",\"vriiiScale\":[{\"from\":0,\"stop\":true},{\"from\":4,\"unitsPerHour\":1},"
                + "{\"from\":8,\"unitsPerHour\":2},{\"from\":12,\"unitsPerHour\":3.5}]}";
        // the API refuses a scale that leaves the lowest readings without a band, naming it
        Reply gap = doctor.send("POST", "api/v1/patients/" + patient + "/infusions", vriii.replace("{\"from\":0,\"stop\":true},", ""));
        assertEquals(400, gap.status(), gap.body());
        assertEquals("vriiiScale[0].from", gap.json().getString("field"), gap.body());
        Reply drafted = doctor.send("POST", "api/v1/patients/" + patient + "/infusions", vriii);
        assertEquals(201, drafted.status(), drafted.body());
        assertEquals(4, drafted.json().getJsonArray("vriiiScale").size(), drafted.body());
        long id = drafted.json().getJsonObject("order").getJsonNumber("id").longValue();
        assertTrue(drafted.json().getJsonObject("order").getString("instructions").contains(
                "VRIII scale (blood glucose mmol/L: units/hour): 0-3.9: stop; 4-7.9: 1; 8-11.9: 2; 12 and above: 3.5"), drafted.body());
        JsonObject draft = doctor.get("api/v1/prescriptions/" + id).json();
        assertTrue(draft.getJsonArray("alerts").getValuesAs(JsonObject.class).stream().anyMatch(a ->
                "MISSING_DATA:infusion:vriii-fluid".equals(a.getString("key")) && "WARNING".equals(a.getString("severity"))),
                "no glucose fluid beside the VRIII is a warning (JBDS-IP): " + draft);
        Reply signed = doctor.send("POST", "api/v1/prescriptions/" + id + "/sign", SignatureJson.forDraft(doctor.get("api/v1/prescriptions/"
                + id).json()).acknowledgingWarningsOnly().overridingSevere("Discussed").password("training-doctor-1").toString());
        assertEquals(200, signed.status(), signed.body());
        assertEquals(200, doctor.send("POST", "api/v1/patients/" + patient + "/admission", "{\"ward\":\"DEWI\"}").status());
        admitted = patient;

        chromium.logIn("nurse.evans", "training-nurse-1", "en");
        chromium.open("patient.html?id=" + patient);
        String prefix = "running-" + id;
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "-form")));
        assertTrue(byId(prefix + "-scale").getText().contains("Stop the insulin"), byId(prefix + "-scale").getText());
        assertTrue(byId(prefix + "-scale-now").getText().contains("No blood glucose is recorded yet"), byId(prefix + "-scale-now").getText());
        byId(prefix + "-wristband").sendKeys(number + Keys.ENTER);
        byId(prefix + "-product").sendKeys("(01)00200000000905(17)301231(10)INS1");
        // insulin's bag is checked by a second person here (config/second-checks.csv, A10A by IV): without one, a stop
        byId(prefix + "-submit").click();
        wait.until(d -> d.findElement(By.id(prefix + "-error")).getText().contains("second registered person"));
        byId(prefix + "-witnessUsername").sendKeys("nurse.okafor");
        byId(prefix + "-witnessPassword").sendKeys("training-nurse-2");
        byId(prefix + "-submit").click();
        wait.until(d -> "RUNNING".equals(d.findElement(By.id(prefix)).getAttribute("data-state")));
        assertTrue(byId(prefix).getText().contains("witness Chidi Okafor"), "the bag names its second check: " + byId(prefix).getText());

        byId("glucose-value").sendKeys("8.4");
        byId("glucose-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("glucose-status")).getText().contains("the scale gives 2 units/hour (2 mL/hour)"));
        wait.until(d -> d.findElement(By.id(prefix + "-scale-now")).getText().contains("8.4 mmol/L: the scale gives 2 units/hour (2 mL/hour)"));
        chromium.assertNoAccessibilityViolations("a VRIII with what its scale gives");
        byId(prefix + "-scale-apply").click();
        wait.until(d -> d.findElement(By.id(prefix + "-timeline")).getText().contains("Rate changed"));
        String changed = byId(prefix + "-timeline").getText();
        assertTrue(changed.contains("2 units/hour") && changed.contains("VRIII scale at glucose 8.4 mmol/L"), changed);
        assertTrue(byId(prefix + "-scale-now").getText().contains("The infusion runs at that rate"), byId(prefix + "-scale-now").getText());
        // a rate the scale gives for another band needs a reason; one it does not give at all needs a new prescription
        record(prefix, "RATE_CHANGED", Map.of("doseRate", "3.5", "reason", ""));
        wait.until(d -> d.findElement(By.id(prefix + "-error")).getText().contains("the scale gives 2 units/hour, not 3.5 units/hour"));
        record(prefix, "RATE_CHANGED", Map.of("doseRate", "3", "reason", "asked by the doctor"));
        wait.until(d -> d.findElement(By.id(prefix + "-error")).getText().contains("needs a new prescription"));

        chromium.useLanguage("cy");
        wait.until(d -> d.findElement(By.id("running-infusions-heading")).getText().equals("Trwythau wrth erchwyn y gwely"));
        byId("glucose-value").sendKeys("3.2");
        byId("glucose-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hypo-treatment")));
        wait.until(d -> "true".equals(d.findElement(By.id(prefix + "-scale-now")).getAttribute("data-scale-stop")));
        assertTrue(byId(prefix + "-scale-now").getText().contains("3.2 mmol/L"), byId(prefix + "-scale-now").getText());
        assertTrue(byId("glucose-status").getText().contains("VRIII: ar 3.2 mmol/L"), byId("glucose-status").getText());
        assertTrue(byId(prefix + "-scale").getText().contains("Atal yr inswlin"), byId(prefix + "-scale").getText());
        chromium.assertNoAccessibilityViolations("a VRIII whose scale stops the insulin");
        byId(prefix + "-scale-pause").click();
        wait.until(d -> "PAUSED".equals(d.findElement(By.id(prefix)).getAttribute("data-state")));

        chromium.open("drug-round.html?ward=DEWI");
        wait.until(ExpectedConditions.attributeToBe(By.id("round-list"), "aria-busy", "false"));
        WebElement onRound = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".round-infusions li[data-prescription='" + id + "'] .round-vriii")));
        assertTrue(onRound.getText().contains("glwcos 3.2 mmol/L"), onRound.getText());
        chromium.assertNoAccessibilityViolations("the drug round with a VRIII");
        chromium.useLanguage("en");
        wait.until(d -> d.findElement(By.cssSelector(".round-infusions li[data-prescription='" + id + "'] .round-vriii")).getText()
                .equals("glucose 3.2 mmol/L: the scale stops the insulin"));

        JsonObject run = doctor.get("api/v1/patients/" + patient + "/infusions/" + id + "/events").json();
        assertEquals(List.of("STARTED", "RATE_CHANGED", "PAUSED"), run.getJsonArray("events").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("event")).toList());
        assertEquals("VRIII scale at glucose 3.2 mmol/L: stop", run.getJsonArray("events").getJsonObject(2).getString("reason"));
        assertTrue(run.getJsonObject("scale").getBoolean("stop"), run.toString());
    }
}
