package org.epma.prescribing.infusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

/** The site's named VRIII scales (config/vriii-scales.csv). The rates below are test numbers, not a clinical scale. */
class NamedVriiiScalesTest {

    private static final String HEADER = "scale,from,units_per_hour,stop,source\n";

    private static List<NamedVriiiScales.Named> read(String rows) {
        return NamedVriiiScales.read(CsvTable.read("vriii-scales.csv", new StringReader(HEADER + rows),
                "scale", "from", "units_per_hour", "stop", "source"));
    }

    @Test
    void theShippedFileHasItsHeaderOnly_noRateIsBuiltIn() throws Exception {
        String shipped = java.nio.file.Files.readString(java.nio.file.Path.of("..", "config", "vriii-scales.csv"));
        assertTrue(read(shipped.substring(shipped.indexOf("scale,from")).replaceFirst("^[^\n]*\n", "")).isEmpty());
        assertTrue(shipped.contains("JBDS-IP") && shipped.contains("(2014)"), shipped);
    }

    @Test
    void eachScaleIsItsBandsInTheOrderWritten_withItsSource() {
        List<NamedVriiiScales.Named> scales = read("""
                test scale,0,,Y,site policy
                test scale,4,1,,site policy
                test scale,8,2,N,site policy
                other,0,0.5,,other policy
                """);
        assertEquals(2, scales.size());
        assertEquals("test scale", scales.get(0).name());
        assertEquals("site policy", scales.get(0).source());
        assertEquals("0=STOP;4=1;8=2", scales.get(0).scale().stored());
        assertEquals("0=0.5", scales.get(1).scale().stored());
    }

    @Test
    void aScaleThatBreaksARuleStopsTheStartNamingItsLine() {
        SiteDataException bad = assertThrows(SiteDataException.class, () -> read("""
                gap,2,1,,site policy
                """));
        assertTrue(bad.getMessage().contains("line") && bad.getMessage().contains("gap"), bad.getMessage());
    }
}
