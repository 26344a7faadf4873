package org.epma.hl7.inbound;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The listener's view of a connection's bytes: between frames a read may wait the idle timeout; once a frame's
 * start byte (0x0B) has been read, the frame must end (0x1C) within the frame timeout, however slowly its bytes
 * trickle in. A peer that opens a frame and stalls is cut off in seconds instead of holding a thread for the idle
 * timeout.
 */
final class FrameDeadlineInputStream extends FilterInputStream {

    private static final int START = 0x0B;
    private static final int END = 0x1C;

    private final Socket socket;
    private final int idleMillis;
    private final long frameNanos;
    private long deadline; // System.nanoTime() by which the open frame must end; 0 between frames

    FrameDeadlineInputStream(InputStream in, Socket socket, Duration idleTimeout, Duration frameTimeout) {
        super(in);
        this.socket = socket;
        this.idleMillis = (int) idleTimeout.toMillis();
        this.frameNanos = frameTimeout.toNanos();
    }

    @Override
    public int read() throws IOException {
        if (deadline != 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new FrameTimeoutException(frameNanos);
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
        }
        int b;
        try {
            b = super.read();
        } catch (SocketTimeoutException timeout) {
            if (deadline != 0) {
                throw new FrameTimeoutException(frameNanos);
            }
            throw timeout;
        }
        if (b == START) {
            // a start byte inside a frame begins the next frame (the reader answers the broken one with an AR)
            deadline = System.nanoTime() + frameNanos;
        } else if (b == END && deadline != 0) {
            deadline = 0;
            socket.setSoTimeout(idleMillis);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // one byte at a time, so every byte is seen: MllpReader reads single bytes anyway
        if (length == 0) {
            return 0;
        }
        int b = read();
        if (b == -1) {
            return -1;
        }
        buffer[offset] = (byte) b;
        return 1;
    }

    /** A frame was started and not finished in time. */
    static final class FrameTimeoutException extends SocketTimeoutException {

        private static final long serialVersionUID = 1L;

        FrameTimeoutException(long frameNanos) {
            super("an MLLP frame was started but not finished within " + Duration.ofNanos(frameNanos).toSeconds() + " s");
        }
    }
}
