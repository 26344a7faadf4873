package org.epma.hl7.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.Sex;
import org.junit.jupiter.api.Test;

class CodeTablesTest {

    /** HL7 v2.5.1 table 0162 (route of administration), every code. */
    private static final Set<String> TABLE_0162 = Set.of("AP", "B", "DT", "EP", "ET", "GTT", "GU", "IA", "IB", "IC",
            "ICV", "ID", "IH", "IHA", "IM", "IMR", "IN", "IO", "IP", "IS", "IT", "IU", "IV", "MM", "MTH", "NG", "NP",
            "NS", "NT", "OP", "OT", "OTH", "PF", "PO", "PR", "RM", "SC", "SD", "SL", "TD", "TL", "TP", "TRA", "UR",
            "VG", "VM", "WND");

    @Test
    void everyRouteIsATable0162CodeOrMarkedLocal() {
        for (Route route : Route.values()) {
            CodedValue coded = RouteCodes.coded(route);
            if (coded.system().equals(RouteCodes.TABLE)) {
                assertTrue(TABLE_0162.contains(coded.code()), route + " -> " + coded.code());
            } else {
                assertEquals(RouteCodes.LOCAL_SYSTEM, coded.system(), route.name());
            }
            assertEquals(route.words(), coded.text());
        }
        assertEquals("EPMA", RouteCodes.coded(Route.NEB).system());
    }

    @Test
    void unitTextIsNeverAnAbbreviationOfMicrogramOrUnit() {
        for (Unit unit : Unit.values()) {
            String text = UnitCodes.coded(unit).text().toLowerCase(Locale.ROOT);
            assertFalse(Set.of("mcg", "ug", "µg", "u", "iu", "units").contains(text), unit + " -> " + text);
        }
        assertEquals(new CodedValue("ug", "microgram", "UCUM"), UnitCodes.coded(Unit.MICROGRAM));
        assertEquals(new CodedValue("[iU]", "unit", "UCUM"), UnitCodes.coded(Unit.UNIT));
        assertEquals("{tablet}", UnitCodes.coded(Unit.TABLET).code());
    }

    @Test
    void sexAndSeverityCodesRoundTrip() {
        for (Sex sex : Sex.values()) {
            assertEquals(Optional.of(sex), SexCodes.fromCode(SexCodes.code(sex)));
        }
        for (AllergySeverity severity : AllergySeverity.values()) {
            assertEquals(Optional.of(severity), SeverityCodes.fromCode(SeverityCodes.code(severity)));
        }
        assertEquals(Optional.empty(), SexCodes.fromCode("X"));
        assertEquals(Optional.empty(), SeverityCodes.fromCode("HIGH"));
    }
}
