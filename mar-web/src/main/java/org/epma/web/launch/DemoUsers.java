package org.epma.web.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the training users so whoever started the demo can log in. */
final class DemoUsers {

    private DemoUsers() {
    }

    static void print(Path usersCsv) throws IOException {
        List<String> lines = Files.readAllLines(usersCsv, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        List<String> header = List.of(lines.get(0).split(","));
        int user = header.indexOf("username");
        int name = header.indexOf("display_name");
        int roles = header.indexOf("roles");
        int password = header.indexOf("password");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            System.out.printf("   %-16s %-22s %-24s %s%n", cells[user], cells[password], cells[name], cells[roles]);
        }
    }
}
