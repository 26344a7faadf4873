package org.epma.prescribing.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

class HomelyRemedyCatalogueTest {

    static final String HEADER = "id,version,title,product_code,dose,dose_unit,route,indication,exclusions_cautions,"
            + "minimum_age_years,minimum_interval_hours,maximum_doses_in_24_hours,maximum_duration_hours,review_within_hours,source\n";
    static final String PARACETAMOL = "HR-P,1.0,Paracetamol,PARACETAMOL-TAB-500,1,g,PO,Pain,Prescribed paracetamol,16,4,4,48,24,src\n";

    static Catalogue<HomelyRemedy> read(String remedies, String authorisations) {
        return HomelyRemedyCatalogue.read(CsvTable.read("homely-remedies.csv", new StringReader(HEADER + remedies)),
                CsvTable.read("homely-remedy-authorisations.csv", new StringReader(
                        "remedy_id,username,assessed_competent_by,assessed_on\n" + authorisations)), DirectionCatalogueTest.FORMULARY);
    }

    static String messageOf(String remedies) {
        return assertThrows(SiteDataException.class, () -> read(remedies, "")).getMessage();
    }

    @Test
    void theShippedTrainingRemedyLoadsWithItsLimitsAndNamesOnlyTheTrainingNurses() throws Exception {
        Catalogue<HomelyRemedy> shipped = HomelyRemedyCatalogue.read(
                CsvTable.read("homely-remedies.csv", Files.newBufferedReader(DirectionCatalogueTest.CONFIG.resolve("homely-remedies.csv"))),
                CsvTable.read("homely-remedy-authorisations.csv",
                        Files.newBufferedReader(DirectionCatalogueTest.CONFIG.resolve("homely-remedy-authorisations.csv"))),
                DirectionCatalogueTest.FORMULARY);
        HomelyRemedy paracetamol = shipped.find("HR-PARACETAMOL-PO").orElseThrow();
        assertEquals(Route.PO, paracetamol.route());
        assertEquals(4, paracetamol.minimumIntervalHours());
        assertEquals(4, paracetamol.maximumDosesIn24Hours());
        assertEquals(48, paracetamol.maximumDurationHours());
        assertTrue(paracetamol.title().contains("training example"));
        assertTrue(paracetamol.instruction().contains("homely remedy"));
        assertTrue(shipped.authorises("HR-PARACETAMOL-PO", "nurse.evans"));
        assertFalse(shipped.authorises("HR-PARACETAMOL-PO", "nurse.okafor"));
    }

    @Test
    void aScheduleTwoControlledDrugIsNotAHomelyRemedy() {
        String morphine = DirectionCatalogueTest.FORMULARY.products().stream()
                .filter(p -> p.strictlyControlled() && p.routes().contains(Route.PO)).findFirst().orElseThrow().code();
        String message = messageOf("HR-M,1,Morphine," + morphine + ",5,mg,PO,Pain,None,,4,4,48,24,src\n");
        assertTrue(message.contains("controlled drug") && message.contains("product_code"), message);
    }

    @Test
    void aRowTheFormularyCannotGiveStopsTheStartNamingFileLineAndField() {
        String unknown = messageOf(PARACETAMOL.replace("PARACETAMOL-TAB-500", "NOPE"));
        assertTrue(unknown.contains("homely-remedies.csv") && unknown.contains("product_code"), unknown);
        assertTrue(messageOf(PARACETAMOL.replace(",PO,", ",IV,")).contains("route"));
        assertTrue(messageOf(PARACETAMOL.replace(",g,", ",mL,")).contains("dose_unit"));
        assertTrue(messageOf(PARACETAMOL + PARACETAMOL).contains("listed twice"));
    }

    @Test
    void everyLimitIsAPositiveWholeNumberAndTheMessageNamesTheColumn() {
        assertTrue(messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",16,0,4,48,24,")).contains("minimum_interval_hours"));
        assertTrue(messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",16,4,-1,48,24,")).contains("maximum_doses_in_24_hours"));
        assertTrue(messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",16,4,4,1.5,24,")).contains("maximum_duration_hours"));
        assertTrue(messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",16,4,4,48,soon,")).contains("review_within_hours"));
        assertTrue(messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",sixteen,4,4,48,24,")).contains("minimum_age_years"));
        assertTrue(messageOf(PARACETAMOL.replace(",1,g,", ",0,g,")).contains("dose"));
    }

    @Test
    void aDailyCountTheIntervalCannotReachIsRefusedAsAMistypedRow() {
        // seven doses at least 4 hours apart span 24 hours, so the seventh never falls within the same 24 hours
        String message = messageOf(PARACETAMOL.replace(",16,4,4,48,24,", ",16,4,7,48,24,"));
        assertTrue(message.contains("maximum_doses_in_24_hours"), message);
        assertEquals(6, read(PARACETAMOL.replace(",16,4,4,48,24,", ",16,4,6,48,24,"), "").find("HR-P").orElseThrow()
                .maximumDosesIn24Hours());
    }

    @Test
    void theMinimumAgeIsOptional() {
        assertEquals(null, read(PARACETAMOL.replace(",16,4,", ",,4,"), "").find("HR-P").orElseThrow().minimumAgeYears());
    }

    @Test
    void aNurseListedForARemedyNotInTheProtocolStopsTheStart() {
        String message = assertThrows(SiteDataException.class, () -> read(PARACETAMOL, "HR-X,nurse.evans,lead,2026-01-01\n"))
                .getMessage();
        assertTrue(message.contains("remedy_id") && message.contains("homely-remedy-authorisations.csv"), message);
    }
}
