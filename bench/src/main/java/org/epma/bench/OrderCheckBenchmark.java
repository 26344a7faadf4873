package org.epma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.checks.OrderLine;
import org.epma.prescribing.checks.PatientState;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.patient.Sex;

/**
 * The order checks in-process, on the shipped formulary: a proposed order for a patient with 20 active
 * orders and two recorded allergies. Prints the median and p99 time of one complete check.
 * Run: mvn -q -pl bench -am -DskipTests verify -Pbench-checks
 */
public final class OrderCheckBenchmark {

    /** A realistic medical in-patient's chart: 20 current orders across the formulary's groups. */
    private static final String[][] CHART = {
        {"PARACETAMOL-TAB-500", "1", "g", "PO", "PRN"}, {"COCODAMOL-TAB-30-500", "1", "tablet", "PO", "QDS"},
        {"ENOXAPARIN-PFS-40", "40", "mg", "SC", "OD"}, {"AMLODIPINE-TAB-5", "5", "mg", "PO", "OD"},
        {"RAMIPRIL-CAP-2P5", "2.5", "mg", "PO", "OD"}, {"ATORVASTATIN-TAB-20", "20", "mg", "PO", "ON"},
        {"BISOPROLOL-TAB-2P5", "2.5", "mg", "PO", "OD"}, {"FUROSEMIDE-TAB-40", "40", "mg", "PO", "MANE"},
        {"OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD"}, {"METFORMIN-TAB-500", "500", "mg", "PO", "BD"},
        {"ASPIRIN-DISPTAB-75", "75", "mg", "PO", "OD"}, {"SENNA-TAB-7P5", "15", "mg", "PO", "ON"},
        {"LACTULOSE-SOL-667-1ML", "15", "mL", "PO", "BD"}, {"AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS"},
        {"PREDNISOLONE-TAB-5", "30", "mg", "PO", "MANE"}, {"SALBUTAMOL-NEB-2P5-2P5ML", "2.5", "mg", "NEB", "QDS"},
        {"LEVETIRACETAM-TAB-500", "500", "mg", "PO", "BD"}, {"SERTRALINE-TAB-50", "50", "mg", "PO", "OD"},
        {"THIAMINE-TAB-100", "100", "mg", "PO", "TDS"}, {"ONDANSETRON-TAB-4", "4", "mg", "PO", "PRN"}};

    private OrderCheckBenchmark() {
    }

    public static void main(String[] args) {
        Path config = Path.of(System.getProperty("epma.config.dir", "config"));
        int iterations = Integer.parseInt(System.getProperty("bench.iterations", "200000"));
        FormularyContent content = FormularyContent.load(path -> read(config.resolve(path)));
        List<OrderLine> chart = new ArrayList<>();
        for (String[] o : CHART) {
            chart.add(line(content, o, "order-" + chart.size()));
        }
        PatientState patient = new PatientState(new BigDecimal("78.4"), Sex.MALE, new BigDecimal("71"), new BigDecimal("175"),
                PregnancyStatus.NOT_APPLICABLE, new PatientState.RenalFunction(MeasurementKind.EGFR, new BigDecimal("38")),
                AllergyStatus.KNOWN_ALLERGIES, List.of(new PatientState.RecordedAllergy("Penicillin", "rash", AllergySeverity.MODERATE),
                new PatientState.RecordedAllergy("Codeine", "vomiting", AllergySeverity.MILD)));
        OrderLine proposed = line(content, new String[] {"CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD"}, null);

        int alerts = content.checks().check(patient, chart, proposed).size();
        for (int i = 0; i < iterations / 4; i++) {
            content.checks().check(patient, chart, proposed); // warm-up for the JIT
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            content.checks().check(patient, chart, proposed);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.println("====================================================================================");
        System.out.println(" ePMA benchmark: order checks in-process (formulary " + content.version() + ", "
                + content.formulary().products().size() + " products, " + content.rules().size() + " rule rows)");
        System.out.println("====================================================================================");
        System.out.printf(" Proposed          clarithromycin 500 mg oral BD against %d current orders (%d alerts)%n", chart.size(), alerts);
        System.out.printf(" Checks measured   %d%n", iterations);
        System.out.printf(" median %.3f ms   p99 %.3f ms   p99.9 %.3f ms   max %.3f ms%n", ms(nanos, 0.50), ms(nanos, 0.99),
                ms(nanos, 0.999), nanos[nanos.length - 1] / 1e6);
        searchBenchmark(content);
    }

    /** Typeahead: every three-letter prefix of the formulary's medicine names, searched in-process. */
    private static void searchBenchmark(FormularyContent content) {
        List<String> prefixes = content.formulary().products().stream().map(p -> p.medicine())
                .filter(m -> m.length() >= 3).map(m -> m.substring(0, 3)).distinct().toList();
        int rounds = 2000;
        long[] nanos = new long[prefixes.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String prefix : prefixes) {
                long start = System.nanoTime();
                content.formulary().search(prefix, 20);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(" Formulary search  %d three-letter prefixes x %d: median %.3f ms   p95 %.3f ms   p99 %.3f ms%n",
                prefixes.size(), rounds, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static OrderLine line(FormularyContent content, String[] o, String reference) {
        Frequency frequency = Frequency.valueOf(o[4]);
        return new OrderLine(reference, content.formulary().product(o[0]).orElseThrow(() -> new IllegalStateException("no " + o[0])),
                new Dose(new BigDecimal(o[1]), null, Unit.parse(o[2]).orElseThrow()), Route.valueOf(o[3]), frequency,
                frequency == Frequency.PRN ? 4 : null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
