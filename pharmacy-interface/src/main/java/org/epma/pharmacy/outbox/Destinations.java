package org.epma.pharmacy.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.sitedata.CsvTable;

/** The site's dispensing destinations, read from config/hl7-destinations.csv. */
public record Destinations(List<Destination> all) {

    public static final String FILE = "hl7-destinations.csv";
    public static final String[] COLUMNS = {"name", "host", "port", "message_type", "send_on"};

    public Destinations {
        all = List.copyOf(all);
    }

    public Optional<Destination> named(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public static Destinations read(CsvTable table) {
        List<Destination> destinations = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.text("name");
            if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw row.problem("name", "'" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
            if (destinations.stream().anyMatch(d -> d.name().equals(name))) {
                throw row.problem("name", "destination " + name + " is listed twice");
            }
            try {
                destinations.add(new Destination(name, row.text("host"), whole(row, "port", null),
                        row.optional("tls") != null && row.flag("tls"),
                        Duration.ofMillis(whole(row, "connect_timeout_ms", 5000)), Duration.ofMillis(whole(row, "ack_timeout_ms", 10000)),
                        row.choice("message_type", MessageType.class), row.choice("send_on", SendOn.class),
                        whole(row, "max_attempts", 10),
                        "ENHANCED".equalsIgnoreCase(row.optional("ack_mode")),
                        Optional.ofNullable(row.optional("receiving_application")).orElse(name),
                        Optional.ofNullable(row.optional("receiving_facility")).orElse(name)));
            } catch (IllegalArgumentException e) {
                throw row.problem("port", e.getMessage());
            }
        }
        return new Destinations(destinations);
    }

    private static int whole(CsvTable.Row row, String column, Integer fallback) {
        String value = row.optional(column);
        if (value == null) {
            if (fallback == null) {
                throw row.problem(column, "is required");
            }
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw row.problem(column, "'" + value + "' is not a whole number");
        }
    }
}
