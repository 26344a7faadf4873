package org.epma.hl7.mllp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A receiving system for client tests: accepts MLLP connections on 127.0.0.1 and answers each message as told.
 * It writes its ACKs by hand, independent of the code under test.
 */
public final class TestPeer implements AutoCloseable {

    public enum Answer { AA, AE, AR, CA_THEN_AA, CA_THEN_AE, CE, CR, SILENT, CLOSE, WRONG_CONTROL_ID, GARBAGE }

    private volatile Answer answer = Answer.AA;
    private final java.util.Map<String, java.time.Duration> delays = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String errorText = "";
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> repliesToUs = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private volatile int connectionCount;
    private ServerSocket server;
    private Thread acceptor;
    private int port;

    public TestPeer() throws IOException {
        start(0);
    }

    public void answer(Answer answer) {
        this.answer = answer;
    }

    void answer(Answer answer, String errorText) {
        this.answer = answer;
        this.errorText = errorText;
    }

    /** Answers the message with this control id only after {@code delay}, as a receiver slow for one patient would. */
    public void delay(String controlId, java.time.Duration delay) {
        delays.put(controlId, delay);
    }

    public int port() {
        return port;
    }

    public List<String> received() {
        return received;
    }

    /** Frames the client sent back to the peer in reply to its own messages (accept ACKs). */
    List<String> repliesToUs() {
        return repliesToUs;
    }

    public int connectionCount() {
        return connectionCount;
    }

    public void stop() throws IOException {
        server.close();
        for (Socket s : connections) {
            s.close();
        }
        connections.clear();
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void restart() throws IOException {
        start(port);
    }

    private void start(int onPort) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        port = server.getLocalPort();
        ServerSocket listening = server;
        acceptor = new Thread(() -> acceptLoop(listening), "test-peer-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                connections.add(socket);
                connectionCount++;
                Thread t = new Thread(() -> serve(socket), "test-peer-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            MllpReader reader = new MllpReader(socket.getInputStream(), StandardCharsets.UTF_8, 1 << 20);
            MllpWriter writer = new MllpWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            while (true) {
                Optional<String> frame = reader.readFrame();
                if (frame.isEmpty()) {
                    return;
                }
                String message = frame.get();
                String controlId = field(message, 10);
                if (field(message, 9).startsWith("ACK")) {
                    repliesToUs.add(message);
                    continue;
                }
                received.add(message);
                java.time.Duration delay = delays.get(controlId);
                if (delay != null) {
                    try {
                        Thread.sleep(delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                switch (answer) {
                    case AA -> writer.writeFrame(ack("AA", controlId, ""));
                    case AE -> writer.writeFrame(ack("AE", controlId, errorText));
                    case AR -> writer.writeFrame(ack("AR", controlId, errorText));
                    case CE -> writer.writeFrame(ack("CE", controlId, errorText));
                    case CR -> writer.writeFrame(ack("CR", controlId, errorText));
                    case CA_THEN_AA -> {
                        writer.writeFrame(ack("CA", controlId, ""));
                        writer.writeFrame(ack("AA", controlId, "", "app-" + controlId));
                    }
                    case CA_THEN_AE -> {
                        writer.writeFrame(ack("CA", controlId, ""));
                        writer.writeFrame(ack("AE", controlId, errorText, "app-" + controlId));
                    }
                    case WRONG_CONTROL_ID -> writer.writeFrame(ack("AA", "someone-else", ""));
                    case GARBAGE -> writer.writeFrame("this is not HL7");
                    case SILENT -> { }
                    case CLOSE -> {
                        return;
                    }
                }
            }
        } catch (IOException ended) {
            // the client went away or the peer was stopped
        }
    }

    private static String ack(String code, String controlId, String error) {
        return ack(code, controlId, error, "ack-" + controlId);
    }

    private static String ack(String code, String controlId, String error, String ownControlId) {
        String msh = "MSH|^~\\&|PHARMACY|RXX01|EPMA|RXX01|20261123091531||ACK^O11^ACK|" + ownControlId + "|P|2.5.1\r";
        String msa = "MSA|" + code + "|" + controlId + "\r";
        String err = error.isEmpty() ? "" : "ERR|||207^Application internal error^HL70357|E||||" + error + "\r";
        return msh + msa + err;
    }

    public static String field(String message, int n) {
        String[] fields = message.split("\r", 2)[0].split("\\|", -1);
        return fields.length > n - 1 ? fields[n - 1] : "";
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
