package org.epma.reports.controlled;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.administration.ControlledDrugRegister;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * Report 4, the controlled-drug administration register of a ward: for each controlled drug, every dose given in the
 * period, to whom, by whom and witnessed by whom.
 */
@ApplicationScoped
public class ControlledDrugRegisterReport {

    static final String TEMPLATE = "org/epma/reports/controlled/controlled-drug-register.jrxml";
    private static final DateTimeFormatter GIVEN_AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ControlledDrugRegister register;
    private final PdfPrinter printer;

    @Inject
    public ControlledDrugRegisterReport(ControlledDrugRegister register, PdfPrinter printer) {
        this.register = register;
        this.printer = printer;
    }

    protected ControlledDrugRegisterReport() {
        this(null, null);
    }

    /** An unknown ward is a NotFoundException; the period is checked when it is made. */
    public Pdf print(String wardCode, ReportPeriod period, Printing printing) {
        return print(register.register(wardCode, period), printing);
    }

    public Pdf print(ControlledDrugRegister.Register register, Printing printing) {
        Labels labels = Labels.of(printing.locale());
        OrderWords words = OrderWords.of(printing.locale());
        DateTimeFormatter givenAt = GIVEN_AT.withLocale(printing.locale());
        DateTimeFormatter day = DAY.withLocale(printing.locale());
        String wardName = Printing.WELSH.equals(printing.locale()) ? register.wardNameCy() : register.wardName();
        List<Map<String, ?>> rows = register.entries().stream().<Map<String, ?>>map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("medicine", e.medicine());
            row.put("givenAt", givenAt.format(e.administeredAt().atZone(register.zone())));
            row.put("dose", words.dose(e.dose()));
            row.put("patient", e.patientName() + " · " + e.hospitalNumber());
            row.put("givenBy", e.givenBy());
            row.put("witnessedBy", e.witnessedBy() == null ? labels.text("register.noWitness") : e.witnessedBy());
            row.put("unwitnessed", e.witnessedBy() == null);
            return row;
        }).toList();
        Map<String, Object> parameters = Map.of(
                "WARD", wardName + " (" + register.wardCode() + ")",
                "PERIOD", labels.text("period", day.format(register.period().first()), day.format(register.period().last())));
        return printer.print(TEMPLATE, printing, register.zone(), parameters, rows);
    }
}
