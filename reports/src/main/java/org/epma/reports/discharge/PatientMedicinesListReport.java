package org.epma.reports.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.epma.prescribing.discharge.DischargeLetter;
import org.epma.prescribing.discharge.MedicineChange;
import org.epma.prescribing.staff.Language;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * The patient's own list of the medicines they take home, in the language they read their papers in (Welsh or English,
 * whatever the language of the person printing it): each medicine in plain words ("Take 1 tablet in the morning"), what
 * is new or changed and why, how much is supplied, and then what to stop and why.
 */
@ApplicationScoped
public class PatientMedicinesListReport {

    static final String TEMPLATE = "org/epma/reports/discharge/patient-medicines-list.jrxml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final PdfPrinter printer;

    @Inject
    public PatientMedicinesListReport(PdfPrinter printer) {
        this.printer = printer;
    }

    protected PatientMedicinesListReport() {
        this(null);
    }

    /** @throws IllegalArgumentException when the patient's language is not recorded: the core refuses that first */
    public Pdf print(DischargeLetter letter, Printing printedBy) {
        if (letter.language() == null) {
            throw new IllegalArgumentException("the patient's language is not recorded");
        }
        Locale locale = letter.language() == Language.CY ? Printing.WELSH : Locale.ENGLISH;
        Printing printing = new Printing(printedBy.hospital(), printedBy.printedBy(), printedBy.printedAt(), locale,
                printedBy.training());
        Labels labels = Labels.of(locale);
        MedicineWords words = new MedicineWords(labels, OrderWords.of(locale));
        List<Map<String, ?>> rows = new ArrayList<>();
        String take = labels.text("discharge.patient.take");
        String stop = labels.text("discharge.patient.stop");
        for (DischargeLetter.Medicine medicine : letter.medicines()) {
            if (medicine.kind() != MedicineChange.Kind.STOPPED) {
                rows.add(row(1, take, medicine.now().medicine(), words.directions(medicine), note(labels, medicine), words.supply(medicine)));
            }
        }
        for (DischargeLetter.Medicine medicine : letter.medicines()) {
            if (medicine.kind() == MedicineChange.Kind.STOPPED) {
                rows.add(row(2, stop, medicine.now().medicine(), labels.text("discharge.patient.youTook", words.directions(medicine)),
                        because(labels, "discharge.patient.STOPPED", medicine.reason()), null));
            }
        }
        for (DischargeLetter.Medicine medicine : letter.notContinued()) {
            rows.add(row(2, stop, medicine.now().medicine(), null, because(labels, "discharge.patient.hospitalOnly", medicine.reason()), null));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PATIENT", letter.givenName() + " " + letter.familyName());
        parameters.put("IDENTIFIERS", GpDischargeSummaryReport.identifiers(labels, letter));
        parameters.put("WRITTEN", letter.screenedAt() == null ? null
                : labels.text("discharge.patient.written", DAY.withLocale(locale).format(letter.screenedAt().atZone(letter.zone())),
                letter.signedBy(), letter.screenedBy()));
        parameters.put("ALLERGIES", labels.text("allergies") + ": " + switch (letter.allergyStatus()) {
            case NOT_RECORDED -> labels.text("discharge.patient.allergiesNotRecorded");
            case NO_KNOWN_ALLERGIES -> labels.text("allergies.none");
            case KNOWN_ALLERGIES -> String.join("; ", letter.allergies());
        });
        return printer.print(TEMPLATE, printing, letter.zone(), parameters, rows);
    }

    /** What is new or changed, and why; a medicine taken as before says so. */
    private static String note(Labels labels, DischargeLetter.Medicine medicine) {
        if (medicine.kind() == MedicineChange.Kind.CHANGED && !medicine.parts().isEmpty()) {
            String parts = String.join(", ", medicine.parts().stream().sorted().map(p -> labels.text("discharge.part." + p.name())).toList());
            return because(labels.text("discharge.patient.CHANGED", parts), medicine.reason());
        }
        return because(labels.text("discharge.patient." + medicine.kind().name()), medicine.reason());
    }

    private static String because(Labels labels, String key, String reason) {
        return because(labels.text(key), reason);
    }

    private static String because(String text, String reason) {
        return reason == null || reason.isBlank() ? text : text + ": " + reason.strip();
    }

    private static Map<String, Object> row(int sectionNo, String section, String medicine, String directions, String note, String supply) {
        Map<String, Object> row = new HashMap<>();
        row.put("sectionNo", sectionNo);
        row.put("section", section);
        row.put("medicine", medicine);
        row.put("directions", directions);
        row.put("note", note);
        row.put("supply", supply);
        return row;
    }
}
