package org.epma.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.epma.prescribing.administration.DowntimeChart;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.reports.downtime.DowntimeMarReport;
import org.epma.reports.print.Pdf;
import org.epma.reports.print.PdfPrinter;
import org.epma.reports.print.Printing;

/**
 * The downtime chart of a full ward in-process: 30 patients with 15 current orders each (regular doses from once to
 * four times a day, hourly, as-needed and controlled drugs), filled and exported to PDF. Prints seconds to PDF (first
 * fill, which compiles the template, and the median and worst of the runs after it), pages and size. The ward's read
 * from the database is the drug round's, measured by -Pbench-bedside.
 * Run: mvn -q -pl bench -am -DskipTests verify -Pbench-reports [-Dbench.iterations=10]
 */
public final class DowntimeMarBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    /** Hours of the day a regular order's doses fall at, by how often. */
    private static final int[][] TIMES = {{8}, {8, 20}, {8, 14, 22}, {8, 12, 18, 22}, {22}};

    private DowntimeMarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.getInteger("bench.iterations", 10);
        DowntimeChart.Sheet ward = fullWard(30, 15);
        DowntimeMarReport report = new DowntimeMarReport(null, new PdfPrinter());
        Printing printing = new Printing("Ysbyty Benchmark", "bench", NOW, Locale.ENGLISH, true);

        long start = System.nanoTime();
        Pdf first = report.print(ward, printing);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        double[] seconds = new double[iterations];
        double[] cpuSeconds = new double[iterations];
        // CPU time of this thread too: on a shared machine the wall clock also counts other processes' turns
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Pdf pdf = first;
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            pdf = report.print(ward, printing);
            seconds[i] = (System.nanoTime() - t) / 1e9;
            cpuSeconds[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        Path out = Path.of("target", "downtime-mar-bench.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf.content());
        System.out.printf(Locale.ROOT, "Downtime MAR, %d beds x %d orders (%d orders, %d due doses): first %.2f s (compiles"
                        + " the template), then median %.2f s (%.2f s of CPU), worst %.2f s over %d runs; %d pages, %d KB (%s)%n",
                ward.patients().size(), 15, ward.orderCount(), doses(ward), firstSeconds, seconds[iterations / 2],
                cpuSeconds[iterations / 2], seconds[iterations - 1], iterations, pdf.pages(), pdf.content().length / 1024,
                out.toAbsolutePath());
    }

    static DowntimeChart.Sheet fullWard(int beds, int ordersEach) {
        List<DowntimeChart.PatientSheet> patients = new ArrayList<>();
        for (int bed = 1; bed <= beds; bed++) {
            List<DowntimeChart.OrderSheet> orders = new ArrayList<>();
            for (int o = 0; o < ordersEach; o++) {
                boolean asNeeded = o % 7 == 6;
                boolean hourly = o == 4;
                List<DowntimeChart.DueDose> doses = new ArrayList<>();
                if (hourly) {
                    for (int h = 0; h < 24; h++) {
                        doses.add(new DowntimeChart.DueDose(NOW.plus(Duration.ofHours(h)), false));
                    }
                } else if (!asNeeded) {
                    for (int hour : TIMES[o % TIMES.length]) {
                        doses.add(new DowntimeChart.DueDose(NOW.plus(Duration.ofHours((hour - 6 + 24) % 24)), false));
                    }
                }
                orders.add(new DowntimeChart.OrderSheet(new OrderWording("Medicine " + (o + 1) + " 500 mg tablets", Dose.of("500", Unit.MG), Route.PO,
                        asNeeded ? Frequency.PRN : Frequency.TDS, asNeeded ? 4 : null),
                        o % 3 == 0 ? "Take with food; check blood pressure first" : null, asNeeded, o % 5 == 0, o % 7 == 6,
                        o % 4 != 0, false, doses));
            }
            patients.add(new DowntimeChart.PatientSheet(bed, String.valueOf(bed), "H" + (100000 + bed), "999000000" + (bed % 10),
                    "Gwenllïan", "Patient" + bed, LocalDate.of(1950, 1, 1).plusDays(bed * 97L),
                    bed % 3 == 0 ? AllergyStatus.NO_KNOWN_ALLERGIES : AllergyStatus.KNOWN_ALLERGIES,
                    bed % 3 == 0 ? List.of() : List.of("Penicillin (anaphylaxis)", "Latex (rash)"),
                    new DowntimeChart.Weight(new BigDecimal("70.5"), "kg", NOW.minus(Duration.ofDays(2))), orders));
        }
        return new DowntimeChart.Sheet("BENCH", "Benchmark Ward", "Ward Meincnod", LONDON, NOW, NOW.plus(Duration.ofHours(24)),
                patients);
    }

    private static int doses(DowntimeChart.Sheet sheet) {
        return sheet.patients().stream().flatMap(p -> p.orders().stream()).mapToInt(o -> o.doses().size()).sum();
    }
}
