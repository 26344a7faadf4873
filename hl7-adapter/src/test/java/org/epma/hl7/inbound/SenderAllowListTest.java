package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

class SenderAllowListTest {

    private static SenderAllowList read(String csv) {
        return SenderAllowList.read(CsvTable.read("hl7-senders.csv", new StringReader(csv), SenderAllowList.COLUMNS));
    }

    private static InetAddress ip(String literal) throws IOException {
        return InetAddress.getByName(literal);
    }

    @Test
    void aSenderIsAdmittedOnlyFromItsAddressesAndBlocks() throws IOException {
        SenderAllowList list = read("sending_application,sending_facility,addresses\nPAS,RXX01,10.20.0.0/16;192.168.1.7;fd00::/8\n");
        assertTrue(list.admits("PAS", "RXX01", ip("10.20.255.1")));
        assertTrue(list.admits("pas", "rxx01", ip("192.168.1.7")), "compared ignoring case");
        assertTrue(list.admits("PAS", "RXX01", ip("fd00::1")));
        assertFalse(list.admits("PAS", "RXX01", ip("10.21.0.1")));
        assertFalse(list.admits("LAB", "RXX01", ip("10.20.0.1")));
        assertFalse(list.admitsConnectionFrom(ip("127.0.0.1")));
    }

    @Test
    void aStarStandsForAnyApplicationOrFacility() throws IOException {
        SenderAllowList list = read("sending_application,sending_facility,addresses\n*,RXX01,127.0.0.1\n");
        assertTrue(list.admits("ANYTHING", "RXX01", ip("127.0.0.1")));
        assertFalse(list.admits("ANYTHING", "OTHER", ip("127.0.0.1")));
    }

    @Test
    void anAddressThatIsNotALiteralStopsTheStartNamingTheLine() {
        SiteDataException e = assertThrows(SiteDataException.class,
                () -> read("sending_application,sending_facility,addresses\nPAS,RXX01,pas.example.org\n"));
        assertTrue(e.getMessage().contains("addresses") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(SiteDataException.class, () -> read("sending_application,sending_facility,addresses\nPAS,RXX01,10.0.0.0/33\n"));
        assertThrows(SiteDataException.class, () -> read("sending_application,sending_facility,addresses\nPAS,RXX01,\n"));
    }

    @Test
    void theShippedFileAllowsWhatTheDemoBenchmarksAndTestsSendFromThisMachine() throws IOException {
        Path shipped = Path.of("..", "config", SenderAllowList.FILE);
        try (Reader in = Files.newBufferedReader(shipped, StandardCharsets.UTF_8)) {
            SenderAllowList list = SenderAllowList.read(CsvTable.read(shipped.toString(), in, SenderAllowList.COLUMNS));
            for (String loopback : new String[] {"127.0.0.1", "::1"}) {
                assertTrue(list.admits("PAS", "HOSPITAL", ip(loopback)));
                assertTrue(list.admits("PHARMACY", "HOSPITAL", ip(loopback)));
            }
            assertFalse(list.admitsConnectionFrom(ip("10.1.2.3")), "nothing from elsewhere until a site says so");
        }
    }
}
