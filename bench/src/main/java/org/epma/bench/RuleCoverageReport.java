package org.epma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.checks.RuleCoverage;

/**
 * The rule coverage report: for each medicine of the formulary, which order checks have rules, and for each
 * high-alert medicine, the routes with no dose-range check (with the recorded reason, or none). The build test
 * ShippedFormularyTest fails when a high-alert route has neither.
 * Run: mvn -q -pl bench -am -DskipTests verify -Prule-coverage (-Depma.config.dir= for a site's folder)
 */
public final class RuleCoverageReport {

    private RuleCoverageReport() {
    }

    public static void main(String[] args) {
        Path config = Path.of(System.getProperty("epma.config.dir", "config"));
        FormularyContent content = FormularyContent.load(path -> read(config.resolve(path)));
        List<RuleCoverage.MedicineCoverage> medicines = new RuleCoverage(content.rules()).of(content.formulary().products());
        Map<RuleCoverage.Check, Integer> totals = new EnumMap<>(RuleCoverage.Check.class);
        System.out.println("ePMA rule coverage: formulary " + content.version() + ", " + content.formulary().products().size()
                + " products, " + medicines.size() + " medicines, " + content.rules().size() + " rule rows");
        System.out.printf("%-44s %-3s %s%n", "medicine", "HA", "checks with rules; routes without a dose-range check");
        for (RuleCoverage.MedicineCoverage m : medicines) {
            m.checks().forEach(c -> totals.merge(c, 1, Integer::sum));
            String gaps = m.routesWithoutDoseLimit().entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue() == null ? " (NO REASON)" : " (" + e.getValue() + ")"))
                    .collect(Collectors.joining("; "));
            System.out.printf("%-44s %-3s %s%s%n", m.medicine(), m.highAlert() ? "Y" : "", m.checks().stream().map(Enum::name)
                    .collect(Collectors.joining(",")), gaps.isEmpty() ? "" : "; no dose limit by " + gaps);
        }
        List<RuleCoverage.MedicineCoverage> highAlert = medicines.stream().filter(RuleCoverage.MedicineCoverage::highAlert).toList();
        List<RuleCoverage.MedicineCoverage> uncovered = highAlert.stream().filter(m -> !m.uncovered().isEmpty()).toList();
        long withGaps = highAlert.stream().filter(m -> m.routesWithoutDoseLimit().keySet().stream()
                .anyMatch(m.highAlertRoutes()::contains)).count();
        System.out.println();
        System.out.println("Totals: medicines with rules per check " + totals);
        System.out.println("        medicines with a dose limit for every route: "
                + medicines.stream().filter(m -> m.routesWithoutDoseLimit().isEmpty()).count() + " of " + medicines.size());
        System.out.println("        high-alert medicines " + highAlert.size() + ": with adult dose limits by every high-alert route "
                + (highAlert.size() - withGaps) + ", with a sourced reason for a route without one " + (withGaps - uncovered.size())
                + ", with neither " + uncovered.size());
        uncovered.forEach(m -> System.out.println("        UNCOVERED: " + m.medicine() + " by " + m.uncovered()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
