package org.epma.prescribing.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.junit.jupiter.api.Test;

class MedicineComparisonTest {

    static final Formulary FORMULARY = FormularyContent.load(path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).formulary();

    static MedicineLine line(String reference, String product, String dose, Unit unit, Route route, Frequency frequency) {
        return MedicineLine.of(reference, FORMULARY.product(product).orElseThrow(), Dose.of(dose, unit), route, frequency);
    }

    static final MedicineLine PARACETAMOL_2_TABLETS_QDS = line("home-1", "PARACETAMOL-TAB-500", "2", Unit.TABLET, Route.PO, Frequency.QDS);

    @Test
    void theSameDoseWrittenAnotherWayIsUnchanged() {
        MedicineChange change = MedicineComparison.compare(List.of(PARACETAMOL_2_TABLETS_QDS),
                List.of(line("order-7", "PARACETAMOL-TAB-500", "1", Unit.G, Route.PO, Frequency.QDS))).get(0);
        assertEquals(MedicineChange.Kind.UNCHANGED, change.kind());
        assertEquals(Set.of(), change.parts());
    }

    @Test
    void aLowerDoseAndAnotherFrequencyAreChangesNamedPartByPart() {
        MedicineChange change = MedicineComparison.compare(List.of(PARACETAMOL_2_TABLETS_QDS),
                List.of(line("order-7", "PARACETAMOL-TAB-500", "500", Unit.MG, Route.PO, Frequency.TDS))).get(0);
        assertEquals(MedicineChange.Kind.CHANGED, change.kind());
        assertEquals(Set.of(MedicineChange.Part.DOSE, MedicineChange.Part.FREQUENCY), change.parts());
    }

    @Test
    void tabletsToTheSameAmountAsALiquidIsAChangeOfFormOnly() {
        MedicineChange change = MedicineComparison.compare(List.of(PARACETAMOL_2_TABLETS_QDS),
                List.of(line("order-8", "PARACETAMOL-SUSP-250-5ML", "20", Unit.ML, Route.PO, Frequency.QDS))).get(0);
        assertEquals(Set.of(MedicineChange.Part.FORM), change.parts(), "20 mL of 250 mg/5 mL is 1 g, as two 500 mg tablets");
    }

    @Test
    void aMedicineOnlyBeforeIsStoppedAndOneOnlyAfterIsNew() {
        List<MedicineChange> changes = MedicineComparison.compare(List.of(PARACETAMOL_2_TABLETS_QDS),
                List.of(line("order-9", "OMEPRAZOLE-GRCAP-20", "20", Unit.MG, Route.PO, Frequency.OD)));
        assertEquals(MedicineChange.Kind.STOPPED, changes.get(0).kind());
        assertNull(changes.get(0).after());
        assertEquals(MedicineChange.Kind.NEW, changes.get(1).kind());
        assertNull(changes.get(1).before());
    }

    @Test
    void aMedicineListedTwiceIsPairedWithItsMostAlikeLine() {
        MedicineLine morning = line("home-1", "INSULINGLARGINE-PEN-100U-3ML", "20", Unit.UNIT, Route.SC, Frequency.MANE);
        MedicineLine night = line("home-2", "INSULINGLARGINE-PEN-100U-3ML", "10", Unit.UNIT, Route.SC, Frequency.ON);
        List<MedicineChange> changes = MedicineComparison.compare(List.of(morning, night), List.of(
                line("order-1", "INSULINGLARGINE-PEN-100U-3ML", "10", Unit.UNIT, Route.SC, Frequency.ON),
                line("order-2", "INSULINGLARGINE-PEN-100U-3ML", "16", Unit.UNIT, Route.SC, Frequency.MANE)));
        assertEquals("order-2", changes.get(0).after().reference());
        assertEquals(Set.of(MedicineChange.Part.DOSE), changes.get(0).parts());
        assertEquals(MedicineChange.Kind.UNCHANGED, changes.get(1).kind());
    }

    @Test
    void aMedicineRecordedInWordsIsMatchedByNameAndComparedByItsDoseAlone() {
        MedicineLine uncoded = new MedicineLine("home-3", null, "Paracetamol", Dose.of("1", Unit.G), Route.PO, Frequency.QDS);
        MedicineChange change = MedicineComparison.compare(List.of(uncoded),
                List.of(line("order-7", "PARACETAMOL-TAB-500", "1000", Unit.MG, Route.PO, Frequency.QDS))).get(0);
        assertEquals(MedicineChange.Kind.UNCHANGED, change.kind());
        MedicineChange tablets = MedicineComparison.compare(List.of(uncoded), List.of(PARACETAMOL_2_TABLETS_QDS)).get(0);
        assertEquals(Set.of(MedicineChange.Part.DOSE), tablets.parts(), "with no product, 1 g and 2 tablets cannot be shown the same");
    }
}
