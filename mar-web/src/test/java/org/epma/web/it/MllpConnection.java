package org.epma.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A raw MLLP connection to the listener: the test writes whatever bytes it likes and reads the frames that come back. */
final class MllpConnection implements AutoCloseable {

    static final int START = 0x0b;
    static final int END = 0x1c;
    static final int CR = 0x0d;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    MllpConnection(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(readTimeoutMillis);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** A message in a well-formed frame. */
    static byte[] frame(byte[] message) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(message.length + 3);
        frame.write(START);
        frame.writeBytes(message);
        frame.write(END);
        frame.write(CR);
        return frame.toByteArray();
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Says no more will be sent, as a peer that hangs up does. */
    void endOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** The next frame's text; empty when the listener closed the connection. */
    Optional<String> readFrame() throws IOException {
        int b = in.read();
        while (b != START) {
            if (b < 0) {
                return Optional.empty();
            }
            b = in.read();
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while ((b = in.read()) != END) {
            if (b < 0) {
                return Optional.empty();
            }
            message.write(b);
        }
        in.read();
        return Optional.of(message.toString(StandardCharsets.UTF_8));
    }

    /** Whether the listener closes the connection (rather than leaving it open) within the read timeout, ignoring any frames. */
    boolean closedByListener() throws IOException {
        try {
            while (in.read() >= 0) {
                // frames before the close are allowed: an AR for the broken frame
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
