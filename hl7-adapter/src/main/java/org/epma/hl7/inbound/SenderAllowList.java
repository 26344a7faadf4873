package org.epma.hl7.inbound;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.epma.prescribing.sitedata.CsvTable;

/**
 * Who may send to the listener (config/hl7-senders.csv): each row a sending application (MSH-3) and facility
 * (MSH-4), or "*" for any, and the source addresses it may connect from. A connection from an address no row
 * names is closed at once; a message whose MSH-3/MSH-4 is not allowed from its connection's address is answered
 * AR and nothing is applied.
 */
public final class SenderAllowList {

    public static final String FILE = "hl7-senders.csv";
    public static final String[] COLUMNS = {"sending_application", "sending_facility", "addresses"};
    private static final String ANY = "*";

    /** One row of the file. */
    record AllowedSender(String application, String facility, List<AddressRange> from) {
        AllowedSender {
            from = List.copyOf(from);
        }

        boolean names(String sendingApplication, String sendingFacility) {
            return matches(application, sendingApplication) && matches(facility, sendingFacility);
        }

        boolean allows(InetAddress address) {
            return from.stream().anyMatch(range -> range.contains(address));
        }

        private static boolean matches(String allowed, String sent) {
            return allowed.equals(ANY) || allowed.equalsIgnoreCase(sent.strip());
        }
    }

    private final List<AllowedSender> senders;

    SenderAllowList(List<AllowedSender> senders) {
        this.senders = List.copyOf(senders);
    }

    /** Any application from any address: for tools and tests; the application always reads the site's file. */
    public static SenderAllowList anyone() {
        return new SenderAllowList(List.of(new AllowedSender(ANY, ANY,
                List.of(AddressRange.parse("0.0.0.0/0"), AddressRange.parse("::/0")))));
    }

    /** The given applications and facilities ("*" for any) from the given addresses or CIDR blocks. */
    public static SenderAllowList of(String application, String facility, String... addresses) {
        return new SenderAllowList(List.of(new AllowedSender(application, facility,
                java.util.Arrays.stream(addresses).map(AddressRange::parse).toList())));
    }

    /** Reads config/hl7-senders.csv; a mistake stops the start with the file, line and column. */
    public static SenderAllowList read(CsvTable table) {
        List<AllowedSender> senders = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String application = row.text("sending_application");
            String facility = row.text("sending_facility");
            List<AddressRange> from = new ArrayList<>();
            for (String address : row.list("addresses")) {
                try {
                    from.add(AddressRange.parse(address));
                } catch (IllegalArgumentException e) {
                    throw row.problem("addresses", e.getMessage());
                }
            }
            if (from.isEmpty()) {
                throw row.problem("addresses", "is required: one or more IP addresses or CIDR blocks separated by ';'");
            }
            senders.add(new AllowedSender(application.toUpperCase(Locale.ROOT).equals(ANY) ? ANY : application,
                    facility, from));
        }
        return new SenderAllowList(senders);
    }

    /** Whether any sender may connect from this address. */
    public boolean admitsConnectionFrom(InetAddress address) {
        return senders.stream().anyMatch(s -> s.allows(address));
    }

    /** Whether this sending application and facility may send from this address. */
    public boolean admits(String sendingApplication, String sendingFacility, InetAddress address) {
        Objects.requireNonNull(address, "address");
        return senders.stream().anyMatch(s -> s.names(sendingApplication, sendingFacility) && s.allows(address));
    }
}
