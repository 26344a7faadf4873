package org.epma.hl7.mllp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reads MLLP frames: a start byte 0x0B, the message, then 0x1C 0x0D. Bytes between frames are skipped, as
 * some senders put a line feed after each frame. A frame larger than the limit is refused rather than held in
 * memory, so a peer sending endless bytes cannot exhaust the heap.
 */
public final class MllpReader {

    static final int START = 0x0B;
    static final int END = 0x1C;
    static final int CARRIAGE_RETURN = 0x0D;
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;

    private final PushbackInputStream in;
    private final Charset charset;
    private final int maxFrameBytes;

    public MllpReader(InputStream in, Charset charset, int maxFrameBytes) {
        this.in = new PushbackInputStream(in, 1);
        this.charset = charset;
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * Blocks until one whole frame has arrived (or the socket's read timeout passes).
     *
     * @return the message, or empty when the peer closed the connection between frames
     * @throws MllpFramingException when a frame is too long or its end byte is not followed by a carriage
     *         return; the reader is positioned to read the next frame
     * @throws EOFException when the connection closes inside a frame
     */
    public Optional<String> readFrame() throws IOException {
        int b;
        do {
            b = in.read();
            if (b == -1) {
                return Optional.empty();
            }
        } while (b != START);
        ByteArrayOutputStream message = new ByteArrayOutputStream(512);
        while (true) {
            b = in.read();
            if (b == -1) {
                throw new EOFException("the connection closed inside an MLLP frame after " + message.size() + " bytes");
            }
            if (b == END) {
                int next = in.read();
                if (next == CARRIAGE_RETURN) {
                    return Optional.of(message.toString(charset));
                }
                if (next != -1) {
                    in.unread(next);
                }
                throw new MllpFramingException("MLLP frame end 0x1C was not followed by 0x0D");
            }
            if (b == START) {
                // A start byte inside a frame means the previous frame never ended: drop it and read this one.
                in.unread(b);
                throw new MllpFramingException("MLLP frame was not ended before the next frame started");
            }
            if (message.size() >= maxFrameBytes) {
                skipToFrameEnd();
                throw new MllpFramingException("MLLP frame longer than " + maxFrameBytes + " bytes");
            }
            message.write(b);
        }
    }

    /**
     * Blocks until a byte has arrived (or the socket's read timeout passes) and leaves it to be read: whether an
     * answer has begun. True also when the connection has ended, which the next {@link #readFrame()} reports.
     */
    public boolean awaitByte() throws IOException {
        int b = in.read();
        if (b != -1) {
            in.unread(b);
        }
        return true;
    }

    private void skipToFrameEnd() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b != -1 && b != END);
        int next = in.read();
        if (next != -1 && next != CARRIAGE_RETURN) {
            in.unread(next);
        }
    }
}
