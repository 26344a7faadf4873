package org.epma.reports.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.epma.prescribing.discharge.DischargeLetter;
import org.epma.prescribing.discharge.MedicineChange;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * The discharge medicines summary for the patient's GP: who the patient is, their stay, their allergies, and every
 * medicine as it changes at discharge (new, changed and in what, unchanged, stopped) with its reason, dose, route and
 * frequency and the supply given, and who signed and who screened. Always in English: it goes to a GP practice's
 * records, whatever language the person printing it reads.
 */
@ApplicationScoped
public class GpDischargeSummaryReport {

    static final String TEMPLATE = "org/epma/reports/discharge/gp-discharge-summary.jrxml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PdfPrinter printer;

    @Inject
    public GpDischargeSummaryReport(PdfPrinter printer) {
        this.printer = printer;
    }

    protected GpDischargeSummaryReport() {
        this(null);
    }

    public Pdf print(DischargeLetter letter, Printing printedBy) {
        Printing printing = new Printing(printedBy.hospital(), printedBy.printedBy(), printedBy.printedAt(), Locale.ENGLISH,
                printedBy.training());
        Labels labels = Labels.of(Locale.ENGLISH);
        OrderWords words = OrderWords.of(Locale.ENGLISH);
        MedicineWords medicineWords = new MedicineWords(labels, words);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DischargeLetter.Medicine medicine : letter.medicines()) {
            String change = labels.text("discharge.kind." + medicine.kind().name());
            if (medicine.kind() == MedicineChange.Kind.CHANGED && !medicine.parts().isEmpty()) {
                change += " (" + String.join(", ", medicine.parts().stream().sorted()
                        .map(p -> labels.text("discharge.part." + p.name())).toList()) + ")";
            }
            String was = medicine.kind() == MedicineChange.Kind.CHANGED ? labels.text("discharge.was", words.order(medicine.before())) : null;
            rows.add(row(words.order(medicine.now()), was, change, medicine.reason(), medicineWords.supply(medicine),
                    medicine.kind() != MedicineChange.Kind.UNCHANGED));
        }
        for (DischargeLetter.Medicine medicine : letter.notContinued()) {
            rows.add(row(words.order(medicine.now()), null, labels.text("discharge.notContinued"), medicine.reason(), null, false));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PATIENT", letter.familyName().toUpperCase(Locale.ENGLISH) + ", " + letter.givenName());
        parameters.put("IDENTIFIERS", identifiers(labels, letter));
        parameters.put("STAY", stay(labels, letter));
        parameters.put("ALLERGIES", labels.text("allergies") + ": " + switch (letter.allergyStatus()) {
            case NOT_RECORDED -> labels.text("allergies.notRecorded");
            case NO_KNOWN_ALLERGIES -> labels.text("allergies.none");
            case KNOWN_ALLERGIES -> String.join("; ", letter.allergies());
        });
        parameters.put("SIGNED", labels.text("discharge.signedScreened", letter.signedBy(), time(letter.signedAt(), letter),
                letter.screenedBy(), time(letter.screenedAt(), letter)));
        parameters.put("NO_BEFORE_LIST", letter.beforeListRecorded() ? null : labels.text("discharge.noBeforeList"));
        return printer.print(TEMPLATE, printing, letter.zone(), parameters, rows);
    }

    static String identifiers(Labels labels, DischargeLetter letter) {
        DateTimeFormatter day = DAY.withLocale(labels.bundle().getLocale());
        return labels.text("hospitalNumber") + " " + letter.hospitalNumber()
                + (letter.nhsNumber() == null ? "" : " · " + labels.text("nhsNumber") + " " + letter.nhsNumber())
                + (letter.dateOfBirth() == null ? "" : " · " + labels.text("dateOfBirth") + " " + day.format(letter.dateOfBirth()));
    }

    private static String stay(Labels labels, DischargeLetter letter) {
        String ward = letter.wardCode() == null ? labels.text("discharge.noStay") : letter.wardName() + " (" + letter.wardCode() + ")";
        String admitted = letter.admittedAt() == null ? "" : " · " + labels.text("discharge.admitted", time(letter.admittedAt(), letter));
        String discharged = " · " + (letter.dischargedAt() == null ? labels.text("discharge.stillOnWard")
                : labels.text("discharge.discharged", time(letter.dischargedAt(), letter)));
        return labels.text("ward") + ": " + ward + admitted + discharged;
    }

    private static String time(Instant at, DischargeLetter letter) {
        return at == null ? "" : TIME.format(at.atZone(letter.zone()));
    }

    private static Map<String, Object> row(String medicine, String was, String change, String reason, String supply, boolean attention) {
        Map<String, Object> row = new HashMap<>();
        row.put("medicine", medicine);
        row.put("was", was);
        row.put("change", change);
        row.put("reason", reason);
        row.put("supply", supply);
        row.put("attention", attention);
        return row;
    }
}
