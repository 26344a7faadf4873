package org.epma.hl7.mllp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MllpReaderTest {

    private static MllpReader reader(byte[] bytes, int max) {
        return new MllpReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, max);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void writtenFrameReadsBackAsTheSameUtf8Text() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new MllpWriter(wire, StandardCharsets.UTF_8).writeFrame("MSH|^~\\&|Siân Hughes\r");
        byte[] written = wire.toByteArray();
        assertEquals(0x0B, written[0]);
        assertEquals(0x1C, written[written.length - 2]);
        assertEquals(0x0D, written[written.length - 1]);
        assertEquals(Optional.of("MSH|^~\\&|Siân Hughes\r"), reader(written, 1024).readFrame());
    }

    @Test
    void bytesBetweenFramesAreSkipped() throws IOException {
        MllpReader r = reader(bytes(0x0B, "one", 0x1C, 0x0D, "\n", 0x0B, "two", 0x1C, 0x0D), 1024);
        assertEquals(Optional.of("one"), r.readFrame());
        assertEquals(Optional.of("two"), r.readFrame());
        assertEquals(Optional.empty(), r.readFrame());
    }

    @Test
    void endByteWithoutCarriageReturnIsAFramingErrorAndTheNextFrameStillReads() throws IOException {
        MllpReader r = reader(bytes(0x0B, "bad", 0x1C, 0x0B, "good", 0x1C, 0x0D), 1024);
        MllpFramingException e = assertThrows(MllpFramingException.class, r::readFrame);
        assertTrue(e.getMessage().contains("0x0D"));
        assertEquals(Optional.of("good"), r.readFrame());
    }

    @Test
    void frameStartedBeforeThePreviousEndedIsAFramingError() throws IOException {
        MllpReader r = reader(bytes(0x0B, "cut", 0x0B, "whole", 0x1C, 0x0D), 1024);
        assertThrows(MllpFramingException.class, r::readFrame);
        assertEquals(Optional.of("whole"), r.readFrame());
    }

    @Test
    void oversizedFrameIsRefusedAndSkipped() throws IOException {
        MllpReader r = reader(bytes(0x0B, "x".repeat(100), 0x1C, 0x0D, 0x0B, "next", 0x1C, 0x0D), 10);
        assertThrows(MllpFramingException.class, r::readFrame);
        assertEquals(Optional.of("next"), r.readFrame());
    }

    @Test
    void connectionClosedInsideAFrameIsEof() {
        assertThrows(EOFException.class, () -> reader(bytes(0x0B, "half"), 1024).readFrame());
    }
}
