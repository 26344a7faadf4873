package org.epma.prescribing.ward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

class WardCatalogueTest {

    private static final String WARDS = "code,name,name_cy,specialty,time_zone,beds\n"
            + "DEWI,Dewi Ward,Ward Dewi,ADULT_MEDICAL,,1-3;SR1\n"
            + "ENFYS,Enfys,Ward Enfys,PAEDIATRIC,Europe/London,1-2\n";
    private static final String TIMES = "ward_code,frequency,times\n*,BD,08:00;20:00\n*,ON,22:00\nENFYS,ON,19:00\n";

    private static WardCatalogue read(String wards, String times) {
        return WardCatalogue.read(CsvTable.read("wards.csv", new StringReader(wards)),
                CsvTable.read("dose-times.csv", new StringReader(times)));
    }

    @Test
    void aWardTakesTheHospitalDoseTimesUnlessItHasItsOwn() {
        WardCatalogue catalogue = read(WARDS, TIMES);
        WardDefinition dewi = catalogue.wards().get(0);
        WardDefinition enfys = catalogue.wards().get(1);
        assertEquals("22:00", dewi.doseTimes().get("ON"));
        assertEquals("19:00", enfys.doseTimes().get("ON"));
        assertEquals("08:00,20:00", enfys.doseTimes().get("BD"));
    }

    @Test
    void anEmptyTimeZoneMeansEuropeLondon() {
        assertEquals(ZoneId.of("Europe/London"), read(WARDS, TIMES).wards().get(0).timeZone());
    }

    @Test
    void bedRangesAndSideRoomsAreExpanded() {
        assertEquals(List.of("1", "2", "3", "SR1"), read(WARDS, TIMES).beds().get("DEWI"));
    }

    @Test
    void aTimeThatIsNotATimeOfDayNamesLineAndField() {
        SiteDataException e = assertThrows(SiteDataException.class, () -> read(WARDS, "ward_code,frequency,times\n*,BD,8am\n"));
        assertEquals("dose-times.csv, line 2, field 'times': '8am' is not a time of day such as 08:00", e.getMessage());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        SiteDataException e = assertThrows(SiteDataException.class,
                () -> read("code,name,name_cy,specialty,time_zone,beds\nDEWI,D,D,ADULT_MEDICAL,Mars/Olympus,1\n", TIMES));
        assertTrue(e.getMessage().contains("field 'time_zone'"), e.getMessage());
    }

    @Test
    void doseTimesForAWardThatDoesNotExistAreRefused() {
        SiteDataException e = assertThrows(SiteDataException.class,
                () -> read(WARDS, "ward_code,frequency,times\nTEIFI,OD,08:00\n"));
        assertTrue(e.getMessage().contains("TEIFI"), e.getMessage());
    }

    @Test
    void aWardListedTwiceIsRefused() {
        assertThrows(SiteDataException.class, () -> read(WARDS + "DEWI,Again,Eto,OTHER,,1\n", TIMES));
    }

    @Test
    void bedsOrderNumericallyThenSideRooms() {
        List<String> beds = new java.util.ArrayList<>(List.of("SR1", "10", "2", "1"));
        beds.sort(WardService::compareBeds);
        assertEquals(List.of("1", "2", "10", "SR1"), beds);
    }

    @Test
    void theShippedConfigLoads() throws Exception {
        java.nio.file.Path config = java.nio.file.Path.of("..", "config");
        WardCatalogue catalogue = WardCatalogue.read(
                CsvTable.read("wards.csv", java.nio.file.Files.newBufferedReader(config.resolve("wards.csv"))),
                CsvTable.read("dose-times.csv", java.nio.file.Files.newBufferedReader(config.resolve("dose-times.csv"))));
        assertEquals(4, catalogue.wards().size());
        assertTrue(catalogue.wards().stream().anyMatch(w -> w.specialty() == WardSpecialty.PAEDIATRIC));
        assertEquals(30, catalogue.beds().get("CYBI").size());
        assertEquals(new WardDefinition.DoseWindows(60, 30), catalogue.wards().get(0).doseWindows());
    }

    @Test
    void aWardMaySetItsOwnDoseWindowsButNotATimeCriticalOneWiderThanTheStandard() {
        String header = "code,name,name_cy,specialty,time_zone,beds,dose_window_minutes,time_critical_window_minutes\n";
        WardCatalogue narrow = WardCatalogue.read(CsvTable.read("wards.csv", new java.io.StringReader(header
                + "ICU,Intensive Care,Uned Gofal Dwys,OTHER,,1-4,30,15\n")), CsvTable.read("dose-times.csv",
                new java.io.StringReader("ward_code,frequency,times\n")));
        assertEquals(new WardDefinition.DoseWindows(30, 15), narrow.wards().get(0).doseWindows());
        var wrong = org.junit.jupiter.api.Assertions.assertThrows(org.epma.prescribing.sitedata.SiteDataException.class, () ->
                WardCatalogue.read(CsvTable.read("wards.csv", new java.io.StringReader(header
                        + "ICU,Intensive Care,Uned Gofal Dwys,OTHER,,1-4,30,45\n")), CsvTable.read("dose-times.csv",
                        new java.io.StringReader("ward_code,frequency,times\n"))));
        assertTrue(wrong.getMessage().contains("no wider than the standard"), wrong.getMessage());
    }
}
