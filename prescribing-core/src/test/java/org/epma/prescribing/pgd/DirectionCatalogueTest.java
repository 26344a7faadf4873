package org.epma.prescribing.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

class DirectionCatalogueTest {

    static final Path CONFIG = Path.of("..", "config");
    static final Formulary FORMULARY = FormularyContent.load(path -> {
        try {
            return Files.readString(CONFIG.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).formulary();
    static final String HEADER = "id,version,title,product_code,dose,dose_unit,route,indication,inclusion,exclusion,"
            + "minimum_age_years,review_within_hours,valid_from,expires,source\n";
    static final String PARACETAMOL = "PGD-P,1.0,Paracetamol,PARACETAMOL-TAB-500,1,g,PO,Pain,Adults,None,16,24,2026-01-01,2026-12-31,src\n";

    static Catalogue<PatientGroupDirection> read(String directions, String authorisations) {
        return DirectionCatalogue.read(CsvTable.read("pgds.csv", new StringReader(HEADER + directions)),
                CsvTable.read("pgd-authorisations.csv", new StringReader("pgd_id,username,authorised_by,authorised_on\n"
                        + authorisations)), FORMULARY);
    }

    @Test
    void theShippedTrainingDirectionLoadsAndAuthorisesOnlyTheNamedNurses() throws Exception {
        Catalogue<PatientGroupDirection> shipped = DirectionCatalogue.read(
                CsvTable.read("pgds.csv", Files.newBufferedReader(CONFIG.resolve("pgds.csv"))),
                CsvTable.read("pgd-authorisations.csv", Files.newBufferedReader(CONFIG.resolve("pgd-authorisations.csv"))),
                FORMULARY);
        PatientGroupDirection paracetamol = shipped.find("PGD-PARACETAMOL-PO").orElseThrow();
        assertEquals(Route.PO, paracetamol.route());
        assertEquals(16, paracetamol.minimumAgeYears());
        assertTrue(shipped.authorises("PGD-PARACETAMOL-PO", "nurse.evans"));
        assertFalse(shipped.authorises("PGD-PARACETAMOL-PO", "nurse.okafor"));
    }

    @Test
    void aDoseGivenUnderADirectionTellsPharmacyWhichDirectionAndVersion() {
        // the order's instruction, which pharmacy receives as an NTE (docs/hl7.md)
        assertEquals("Given under patient group direction PGD-P version 1.0: Paracetamol",
                read(PARACETAMOL, "").find("PGD-P").orElseThrow().instruction());
    }

    @Test
    void aDirectionIsInForceFromItsFirstDayToItsExpiryDayBothIncluded() {
        PatientGroupDirection direction = read(PARACETAMOL, "").find("PGD-P").orElseThrow();
        assertFalse(direction.inForceOn(LocalDate.of(2025, 12, 31)));
        assertTrue(direction.inForceOn(LocalDate.of(2026, 1, 1)));
        assertTrue(direction.inForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(direction.inForceOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aScheduleTwoControlledDrugCannotBeGivenUnderADirection() {
        String morphine = FORMULARY.products().stream().filter(p -> p.strictlyControlled() && p.routes().contains(Route.PO))
                .findFirst().orElseThrow().code();
        SiteDataException refused = assertThrows(SiteDataException.class, () -> read(
                "PGD-M,1,Morphine," + morphine + ",5,mg,PO,Pain,Adults,None,,24,2026-01-01,2026-12-31,src\n", ""));
        assertTrue(refused.getMessage().contains("controlled drug"), refused.getMessage());
    }

    @Test
    void aRowTheFormularyCannotGiveStopsTheStartNamingTheField() {
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL.replace("PARACETAMOL-TAB-500", "NOPE"), ""))
                .getMessage().contains("product_code"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL.replace(",PO,", ",IV,"), ""))
                .getMessage().contains("route"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL.replace(",g,", ",mL,"), ""))
                .getMessage().contains("dose_unit"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL.replace("2026-12-31", "2025-12-31"), ""))
                .getMessage().contains("expires"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL.replace(",24,", ",0,"), ""))
                .getMessage().contains("review_within_hours"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL + PARACETAMOL, ""))
                .getMessage().contains("listed twice"));
    }

    @Test
    void anAuthorisationForADirectionNotListedStopsTheStart() {
        assertTrue(assertThrows(SiteDataException.class, () -> read(PARACETAMOL, "PGD-X,nurse.evans,lead,2026-01-01\n"))
                .getMessage().contains("pgd_id"));
    }
}
