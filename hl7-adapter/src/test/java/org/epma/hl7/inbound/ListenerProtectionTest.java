package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.epma.hl7.mllp.MllpReader;
import org.epma.hl7.mllp.MllpWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener cannot be blocked, and only the senders on its list are heard: over real sockets. */
class ListenerProtectionTest {

    private final RecordingHandler handler = new RecordingHandler();
    private final List<Socket> sockets = new ArrayList<>();
    private InboundListener listener;

    private void start(ListenerSettings settings) throws IOException {
        listener = new InboundListener(settings.withBindAddress("127.0.0.1"), handler);
        listener.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        listener.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", listener.port());
        s.setSoTimeout(5_000);
        sockets.add(s);
        return s;
    }

    private static WireAck exchange(Socket socket, String message) throws IOException {
        new MllpWriter(socket.getOutputStream(), StandardCharsets.UTF_8).writeFrame(message);
        return new WireAck(new MllpReader(socket.getInputStream(), StandardCharsets.UTF_8, 1 << 20).readFrame().orElseThrow());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Milliseconds until the listener closes the connection; fails if it answers anything instead. */
    private static long millisUntilClosed(Socket socket) throws IOException {
        long started = System.nanoTime();
        InputStream in = socket.getInputStream();
        assertEquals(-1, in.read(), "the listener closes the connection without an answer");
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void connectionsBeyondTheCapForOneAddressAreClosedAtOnceAndTheListenerStillServes() throws IOException {
        start(ListenerSettings.onPort(0).withMaxConnections(16).withMaxConnectionsPerAddress(2));
        Socket first = connect();
        Socket second = connect();
        first.getOutputStream().write(0x0B); // half-open: a frame started and never finished
        second.getOutputStream().write(0x0B);
        assertTrue(millisUntilClosed(connect()) < 2_000, "the third connection from one address is closed at once");

        second.close();
        long deadline = System.currentTimeMillis() + 3_000;
        while (true) { // the slot is given back as soon as the listener sees the close
            Socket again = connect();
            new MllpWriter(again.getOutputStream(), StandardCharsets.UTF_8).writeFrame(Messages.admitA01());
            var answer = new MllpReader(again.getInputStream(), StandardCharsets.UTF_8, 1 << 20).readFrame();
            if (answer.isPresent()) {
                assertEquals("AA", new WireAck(answer.get()).code());
                break;
            }
            assertTrue(System.currentTimeMillis() < deadline, "a freed slot is reused");
            sleep(50);
        }
    }

    @Test
    void aFrameStartedAndNotFinishedIsCutOffAfterTheFrameTimeoutNotTheIdleTimeout() throws IOException {
        start(ListenerSettings.onPort(0).withIdleTimeout(Duration.ofMinutes(10)).withFrameTimeout(Duration.ofSeconds(1)));
        Socket stalled = connect();
        stalled.getOutputStream().write(0x0B);
        stalled.getOutputStream().write("MSH|^~\\&|PAS".getBytes(StandardCharsets.US_ASCII));
        long closedAfter = millisUntilClosed(stalled);
        assertTrue(closedAfter >= 800 && closedAfter < 4_000, "closed after " + closedAfter + " ms");
        assertEquals("AA", exchange(connect(), Messages.admitA01()).code(), "others are served meanwhile");
    }

    @Test
    void aFrameTricklingInByteByByteIsCutOffAtTheFrameTimeoutToo() throws Exception {
        start(ListenerSettings.onPort(0).withFrameTimeout(Duration.ofSeconds(1)));
        Socket slow = connect();
        slow.getOutputStream().write(0x0B);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < 40; i++) {
                Thread.sleep(100);
                slow.getOutputStream().write('M');
            }
        } catch (IOException closedByListener) {
            // expected once the listener has closed it
        }
        assertTrue(millisUntilClosed(slow) + (System.nanoTime() - started) / 1_000_000 < 4_500);
    }

    @Test
    void aConnectionFromAnAddressNoSenderUsesIsClosedAtOnce() throws IOException {
        start(ListenerSettings.onPort(0).withSenders(SenderAllowList.of("PAS", "RXX01", "10.20.0.0/16")));
        assertTrue(millisUntilClosed(connect()) < 2_000);
        assertTrue(handler.adt.isEmpty());
    }

    @Test
    void aSenderNotOnTheListGetsArAndNothingIsApplied() throws IOException {
        start(ListenerSettings.onPort(0).withSenders(SenderAllowList.of("PAS", "RXX01", "127.0.0.0/8")));
        Socket socket = connect();
        WireAck refused = exchange(socket, Messages.admitA01().replace("|PAS|RXX01|", "|LAB|RXX01|"));
        assertEquals("AR", refused.code(), refused.toString());
        assertEquals("adt-1", refused.field("MSA", 2));
        assertTrue(refused.userMessage().contains("LAB"), refused.userMessage());
        assertTrue(handler.adt.isEmpty(), "nothing applied");
        assertEquals("AA", exchange(socket, Messages.admitA01()).code(), "the allowed sender on the same address is heard");
    }
}
