package org.epma.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

/**
 * A printed Welsh order uses the screens' own words (i18n/cy.json), in lower case and without the abbreviation the
 * screens add in brackets, so that the ward reads the same Welsh on paper as on screen.
 */
class PrintedOrderWordsTest {

    private static final ResourceBundle PRINTED = ResourceBundle.getBundle("org.epma.reports.orderwords", Locale.forLanguageTag("cy"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static JsonObject screen() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/webapp/i18n/cy.json"))) {
            return Json.createReader(reader).readObject();
        }
    }

    private static String asInASentence(String onScreen) {
        String words = onScreen.replaceFirst(" \\([^)]*\\)$", "").replace('\'', '’');
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }

    @Test
    void everyRouteAndFrequencyIsWordedAsOnScreen() throws IOException {
        JsonObject screen = screen();
        for (Route route : Route.values()) {
            assertEquals(asInASentence(screen.getString("route." + route.name())), PRINTED.getString("route." + route.name()), route.name());
        }
        for (Frequency frequency : Frequency.values()) {
            assertEquals(asInASentence(screen.getString("frequency." + frequency.name())),
                    PRINTED.getString("frequency." + frequency.name()), frequency.name());
        }
    }

    @Test
    void everyDoseUnitIsCountedAsOnScreen() throws IOException {
        JsonObject screen = screen();
        for (Unit unit : Unit.values()) {
            String key = "doseUnitCount." + unit.symbol();
            if (screen.containsKey(key)) {
                assertEquals(screen.getString(key), PRINTED.getString("unit." + unit.name()), unit.name());
            }
        }
    }

    @Test
    void aWeeklyOrdersDayIsTheScreensDayAfterAr() throws IOException {
        JsonObject screen = screen();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            // "ar" softens "Dydd" to "ddydd": "ar ddydd Llun"
            assertEquals("ar d" + asInASentence(screen.getString("weekday." + day.getValue())), PRINTED.getString("weekday." + day.name()));
        }
    }
}
