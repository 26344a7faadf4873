package org.epma.pharmacy.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.epma.prescribing.order.OrderEvent;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.sitedata.SiteDataException;
import org.junit.jupiter.api.Test;

class DestinationsTest {

    private static final String HEADER = "name,host,port,message_type,send_on";

    private static Destinations read(String... rows) {
        return Destinations.read(CsvTable.read("test.csv", new StringReader(String.join("\n", rows)), Destinations.COLUMNS));
    }

    @Test
    void theShippedFileNamesTheTrainingDispensary() throws IOException {
        Path shipped = Path.of("../config", Destinations.FILE);
        Destinations destinations = Destinations.read(CsvTable.read(Destinations.FILE, Files.newBufferedReader(shipped),
                Destinations.COLUMNS));
        Destination dispensary = destinations.named("DISPENSARY").orElseThrow();
        assertEquals("127.0.0.1", dispensary.host());
        assertEquals(2575, dispensary.port());
        assertEquals(MessageType.RDE_O11, dispensary.messageType());
        assertEquals(SendOn.VERIFICATION, dispensary.sendOn());
        assertEquals(Duration.ofMillis(2000), dispensary.connectTimeout());
        assertEquals("PHARMACY", dispensary.receivingApplication());
        assertEquals("MAIN", dispensary.receivingFacility());
    }

    @Test
    void optionalColumnsLeftOutTakeTheDefaults() {
        Destination d = read(HEADER, "WARD_STORE,10.0.0.5,2600,OMP_O09,SIGNING").named("WARD_STORE").orElseThrow();
        assertFalse(d.tls());
        assertEquals(Duration.ofSeconds(5), d.connectTimeout());
        assertEquals(Duration.ofSeconds(10), d.ackTimeout());
        assertEquals(10, d.maxAttempts());
        assertFalse(d.enhancedAcknowledgement());
        assertEquals("WARD_STORE", d.receivingApplication());
        assertEquals("WARD_STORE", d.receivingFacility());
    }

    @Test
    void enhancedAcknowledgementAndTlsAreReadWhenGiven() {
        Destination d = read(HEADER + ",tls,ack_mode", "A,host,1,RDE_O11,VERIFICATION,Y,enhanced").named("A").orElseThrow();
        assertTrue(d.tls());
        assertTrue(d.enhancedAcknowledgement());
    }

    @Test
    void aDestinationListedTwiceIsRefusedWithItsLine() {
        SiteDataException e = assertThrows(SiteDataException.class,
                () -> read(HEADER, "A,h,1,RDE_O11,SIGNING", "A,h,2,RDE_O11,SIGNING"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void aNameWithSpacesIsRefused() {
        SiteDataException e = assertThrows(SiteDataException.class, () -> read(HEADER, "MAIN PHARMACY,h,1,RDE_O11,SIGNING"));
        assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    }

    @Test
    void aPortOutOfRangeOrNotANumberIsRefused() {
        assertTrue(assertThrows(SiteDataException.class, () -> read(HEADER, "A,h,70000,RDE_O11,SIGNING"))
                .getMessage().contains("port must be 1 to 65535"));
        assertTrue(assertThrows(SiteDataException.class, () -> read(HEADER, "A,h,twenty,RDE_O11,SIGNING"))
                .getMessage().contains("is not a whole number"));
    }

    @Test
    void aPlacerDestinationHearsOfNewOrdersOnSigningAndAPharmacyOneOnVerification() {
        Destinations destinations = read(HEADER, "PLACER,h,1,OMP_O09,SIGNING", "PHARMACY,h,2,RDE_O11,VERIFICATION");
        Destination placer = destinations.named("PLACER").orElseThrow();
        Destination pharmacy = destinations.named("PHARMACY").orElseThrow();
        assertTrue(placer.wants(OrderEvent.Kind.SIGNED));
        assertFalse(placer.wants(OrderEvent.Kind.VERIFIED));
        assertFalse(pharmacy.wants(OrderEvent.Kind.SIGNED));
        assertTrue(pharmacy.wants(OrderEvent.Kind.VERIFIED));
        for (OrderEvent.Kind later : new OrderEvent.Kind[] {OrderEvent.Kind.SUSPENDED, OrderEvent.Kind.RESUMED,
                OrderEvent.Kind.DISCONTINUED, OrderEvent.Kind.COMPLETED}) {
            assertTrue(placer.wants(later) && pharmacy.wants(later), later.name());
        }
    }
}
