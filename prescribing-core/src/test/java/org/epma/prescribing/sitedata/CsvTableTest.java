package org.epma.prescribing.sitedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable read(String text, String... required) {
        return CsvTable.read("config/test.csv", new StringReader(text), required);
    }

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        CsvTable table = read("# a comment\nname,note\n\"O'Brien, Seán\",\"said \"\"hello\"\"\"\n");
        assertEquals("O'Brien, Seán", table.rows().get(0).text("name"));
        assertEquals("said \"hello\"", table.rows().get(0).text("note"));
    }

    @Test
    void skipsCommentsAndBlankLinesButKeepsRealLineNumbers() {
        CsvTable table = read("a,b\n\n# note\n1,2\n");
        assertEquals(4, table.rows().get(0).line());
    }

    @Test
    void aMissingRequiredValueNamesFileLineAndField() {
        CsvTable table = read("code,name\nDEWI,\n");
        SiteDataException e = assertThrows(SiteDataException.class, () -> table.rows().get(0).text("name"));
        assertEquals("config/test.csv, line 2, field 'name': is required", e.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() {
        SiteDataException e = assertThrows(SiteDataException.class, () -> read("a,b\n1,2,3\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsRefused() {
        SiteDataException e = assertThrows(SiteDataException.class, () -> read("a,b\n", "code"));
        assertTrue(e.getMessage().contains("field 'code'"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThrows(SiteDataException.class, () -> read("a\n\"open\n"));
    }

    @Test
    void aValueOutsideAClosedListNamesTheChoices() {
        CsvTable table = read("sex\nF\n");
        SiteDataException e = assertThrows(SiteDataException.class,
                () -> table.rows().get(0).choice("sex", org.epma.prescribing.patient.Sex.class));
        assertTrue(e.getMessage().contains("FEMALE"), e.getMessage());
    }
}
