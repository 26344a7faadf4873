package org.epma.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain stays free of HTTP, servlet, HL7 and PDF types (DESIGN.md, Modules). */
class ArchitectureTest {

    private static final List<String> FORBIDDEN = List.of("jakarta.ws.rs", "jakarta.servlet", "ca.uhn.", "net.sf.jasperreports",
            "org.flywaydb", "jakarta.faces");

    @Test
    void domainSourcesUseNoServerOrInterfaceTypes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offences = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ArchitectureTest::offences).toList();
            assertEquals(List.of(), offences);
        }
    }

    private static Stream<String> offences(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> FORBIDDEN.stream().anyMatch(lines.get(i)::contains))
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
