package org.epma.web.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DowntimeMarArchiveTest {

    private static final Instant SIX = Instant.parse("2026-12-03T06:00:00Z");

    @TempDir
    Path folder;

    @Test
    void keepsTheNewestChartsOfAWardAndDeletesOlderOnes() throws IOException {
        DowntimeMarArchive archive = new DowntimeMarArchive(folder, 3);
        for (int run = 0; run < 5; run++) {
            archive.write("DEWI", ("chart " + run).getBytes(StandardCharsets.UTF_8), SIX.plusSeconds(4 * 3600L * run));
        }
        archive.write("CYBI", new byte[] {1}, SIX);

        List<DowntimeMarArchive.Entry> dewi = archive.list("DEWI");
        assertEquals(List.of(SIX.plusSeconds(16 * 3600), SIX.plusSeconds(12 * 3600), SIX.plusSeconds(8 * 3600)),
                dewi.stream().map(DowntimeMarArchive.Entry::writtenAt).toList(), "newest first, three kept");
        assertEquals("downtime-mar-DEWI-20261203T220000Z.pdf", dewi.get(0).fileName());
        Path newest = archive.file("DEWI", dewi.get(0).fileName()).orElseThrow();
        assertArrayEquals("chart 4".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(newest));
        assertEquals(1, archive.list("CYBI").size(), "each ward keeps its own");
        try (var left = Files.list(folder.resolve("DEWI"))) {
            assertEquals(3, left.count(), "no partial files left behind");
        }
    }

    @Test
    void opensOnlyFilesItWroteForThatWard() throws IOException {
        DowntimeMarArchive archive = new DowntimeMarArchive(folder, 3);
        String name = archive.write("DEWI", new byte[] {1}, SIX).fileName();
        Files.writeString(folder.resolve("secret.txt"), "not a chart");

        assertTrue(archive.file("DEWI", name).isPresent());
        assertFalse(archive.file("CYBI", name).isPresent(), "another ward's name");
        assertFalse(archive.file("DEWI", "../secret.txt").isPresent());
        assertFalse(archive.file("DEWI", "downtime-mar-DEWI-20261203T060000Z.pdf/../../secret.txt").isPresent());
        assertEquals(List.of(), archive.list("NONE"));
    }

    @Test
    void aWardThatFailsIsNamedAndTheOthersAreStillWritten() throws IOException {
        DowntimeMarArchive archive = new DowntimeMarArchive(folder, 3);
        DowntimeMarJob.Run run = DowntimeMarJob.writeAll(archive, List.of("AAA", "BAD", "CCC"), code -> {
            if (code.equals("BAD")) {
                throw new IllegalStateException("template broken");
            }
            return code.getBytes(StandardCharsets.UTF_8);
        }, SIX);

        assertFalse(run.succeeded());
        assertEquals(2, run.written());
        assertEquals(1, run.failures().size());
        assertTrue(run.failures().get(0).startsWith("BAD: ") && run.failures().get(0).contains("template broken"), run.failures().toString());
        assertEquals(1, archive.list("AAA").size());
        assertEquals(1, archive.list("CCC").size());
    }
}
