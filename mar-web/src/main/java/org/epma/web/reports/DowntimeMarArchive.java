package org.epma.web.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of written downtime charts: one sub-folder a ward, files named for the ward and the minute they were
 * written (downtime-mar-CYBI-20261203T060000Z.pdf), the newest {@code keep} kept.
 */
public class DowntimeMarArchive {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("downtime-mar-([A-Za-z0-9_-]{1,40})-(\\d{8}T\\d{6}Z)\\.pdf");

    /** A written chart. */
    public record Entry(String wardCode, String fileName, Instant writtenAt, long bytes) {
    }

    private final Path folder;
    private final int keep;

    public DowntimeMarArchive(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** Writes the chart (whole, or not at all: a printer never picks up half a file) and deletes the oldest beyond keep. */
    public Entry write(String wardCode, byte[] pdf, Instant at) throws IOException {
        Path wardFolder = wardFolder(wardCode);
        Files.createDirectories(wardFolder);
        String name = "downtime-mar-" + wardCode + "-" + STAMP.format(at) + ".pdf";
        Path partial = wardFolder.resolve(name + ".part");
        Files.write(partial, pdf);
        Files.move(partial, wardFolder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Entry> entries = list(wardCode);
        for (Entry old : entries.subList(Math.min(keep, entries.size()), entries.size())) {
            Files.deleteIfExists(wardFolder.resolve(old.fileName()));
        }
        return new Entry(wardCode, name, at, pdf.length);
    }

    /** The ward's charts, newest first. */
    public List<Entry> list(String wardCode) throws IOException {
        Path wardFolder = wardFolder(wardCode);
        if (!Files.isDirectory(wardFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(wardFolder)) {
            return files.map(f -> entry(wardCode, f)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Entry::writtenAt).reversed()).toList();
        }
    }

    /** A chart of the ward by its file name; only names this archive writes are ever opened. */
    public Optional<Path> file(String wardCode, String fileName) {
        Matcher m = NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches() || !m.group(1).equals(wardCode)) {
            return Optional.empty();
        }
        Path file = wardFolder(wardCode).resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    private Path wardFolder(String wardCode) {
        if (!wardCode.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("ward code " + wardCode + " cannot name a folder");
        }
        return folder.resolve(wardCode);
    }

    private static Optional<Entry> entry(String wardCode, Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !m.group(1).equals(wardCode)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(wardCode, file.getFileName().toString(),
                    Instant.from(STAMP.parse(m.group(2))), Files.size(file)));
        } catch (IOException e) {
            return Optional.empty(); // deleted while listing
        }
    }
}
