package org.epma.hl7.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.epma.hl7.mllp.DeliveryOutcome;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener over TLS, with a self-signed key made by the JDK's keytool for this test. */
class InboundTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void anAdmissionSentOverTlsIsAppliedAndAPlainConnectionOrASilentOneIsDroppedInSeconds(@TempDir Path dir) throws Exception {
        SSLContext context = context(keystore(dir));
        RecordingHandler handler = new RecordingHandler();
        try (InboundListener listener = new InboundListener(ListenerSettings.onPort(0).withBindAddress("127.0.0.1")
                .withFrameTimeout(Duration.ofSeconds(1)).withTls(context.getServerSocketFactory()), handler)) {
            listener.start();
            try (MllpClient client = new MllpClient(MllpDestination.plain("127.0.0.1", listener.port())
                    .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5)).withTls(context.getSocketFactory()))) {
                DeliveryOutcome outcome = client.send(Messages.admitA01());
                assertInstanceOf(DeliveryOutcome.Delivered.class, outcome, outcome.toString());
                assertEquals(1, handler.adt.size());
            }
            try (Socket plain = new Socket("127.0.0.1", listener.port())) {
                plain.setSoTimeout(5_000);
                plain.getOutputStream().write(("\u000bMSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101500||ADT^A01^ADT_A01|p-1|P|2.5.1\r"
                        + "\u001c\r").getBytes(StandardCharsets.US_ASCII));
                InputStream in = plain.getInputStream();
                int b;
                do {
                    b = in.read();
                } while (b != -1 && b != 0x0B);
                assertEquals(-1, b, "no MLLP answer to a plain-text peer on a TLS port");
            }
            try (Socket silent = new Socket("127.0.0.1", listener.port())) {
                silent.setSoTimeout(5_000);
                long started = System.nanoTime();
                // at most a TLS alert record, then the close
                byte[] before = silent.getInputStream().readAllBytes();
                assertTrue(before.length == 0 || before[0] == 21, "only a TLS alert before the close");
                assertTrue((System.nanoTime() - started) / 1_000_000 < 4_000);
            }
            assertEquals(1, handler.adt.size(), "only the message over TLS was applied");
        }
    }

    private static KeyStore keystore(Path dir) throws Exception {
        Path keystore = dir.resolve("listener.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "listener", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static SSLContext context(KeyStore store) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
