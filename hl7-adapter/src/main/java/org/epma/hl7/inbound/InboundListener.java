package org.epma.hl7.inbound;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocket;

import org.epma.hl7.mllp.MllpFramingException;
import org.epma.hl7.mllp.MllpReader;
import org.epma.hl7.mllp.MllpWriter;

/**
 * Listens for MLLP connections and answers every frame with an acknowledgement from {@link MessageReceiver}.
 * Each connection has its own thread from a bounded pool; frames on one connection are handled in order, as a
 * sender waits for each ACK before sending its next message. A broken frame gets an AR and the connection goes on
 * to the next frame; a connection closed inside a frame, a frame not finished within the frame timeout, or a
 * connection idle past its timeout is closed.
 * <p>
 * Nobody can block the listener: a connection from an address that no allowed sender uses, or one beyond the
 * limit per address or in all, is closed as soon as it is accepted, with a log line.
 */
public final class InboundListener implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(InboundListener.class.getName());

    private final ListenerSettings settings;
    private final MessageReceiver receiver;
    private final ThreadFactory threadSource;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
    private volatile ServerSocket server;
    private ThreadPoolExecutor pool;
    private Thread acceptor;

    public InboundListener(ListenerSettings settings, InboundHandler handler) {
        this(settings, new MessageReceiver(handler, Clock.systemUTC(), settings.zone(), settings.application(),
                settings.facility(), settings.senders()));
    }

    public InboundListener(ListenerSettings settings, MessageReceiver receiver) {
        this(settings, receiver, Thread::new);
    }

    /**
     * @param threadSource makes the listener's threads; in an application server, its managed thread factory, so
     *                     that the handler runs with the server's transactions and persistence available
     */
    public InboundListener(ListenerSettings settings, MessageReceiver receiver, ThreadFactory threadSource) {
        this.settings = settings;
        this.receiver = receiver;
        this.threadSource = threadSource;
    }

    /** Binds the port and starts accepting connections. */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started on port " + port());
        }
        ServerSocket socket = settings.tls() == null ? new ServerSocket() : settings.tls().createServerSocket();
        socket.setReuseAddress(true);
        InetSocketAddress address = settings.bindAddress().isEmpty()
                ? new InetSocketAddress(settings.port())
                : new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port());
        socket.bind(address);
        server = socket;
        // no queue: a connection beyond the limit is refused at once rather than left waiting unanswered
        pool = new ThreadPoolExecutor(settings.maxConnections(), settings.maxConnections(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads("hl7-inbound-" + port()));
        pool.allowCoreThreadTimeOut(true);
        acceptor = threads("hl7-accept-" + port()).newThread(this::acceptLoop);
        acceptor.start();
        LOG.log(System.Logger.Level.INFO, "HL7 listener on port " + port());
    }

    /** The bound port, which tells tests the free port chosen for port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getLocalPort();
    }

    private void acceptLoop() {
        ServerSocket listening = server;
        while (!listening.isClosed()) {
            Socket socket;
            try {
                socket = listening.accept();
            } catch (IOException e) {
                if (!listening.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "accepting a connection failed", e);
                }
                continue;
            }
            InetAddress from = socket.getInetAddress();
            if (!settings.senders().admitsConnectionFrom(from)) {
                LOG.log(System.Logger.Level.WARNING, "Closed a connection from " + socket.getRemoteSocketAddress()
                        + ": no sender in the list of HL7 senders may connect from this address");
                closeQuietly(socket);
                continue;
            }
            if (!claimSlot(from)) {
                LOG.log(System.Logger.Level.WARNING, "Closed a connection from " + socket.getRemoteSocketAddress()
                        + ": that address already has " + settings.maxConnectionsPerAddress() + " connections open");
                closeQuietly(socket);
                continue;
            }
            try {
                pool.execute(() -> serve(socket));
            } catch (RejectedExecutionException full) {
                releaseSlot(from);
                LOG.log(System.Logger.Level.WARNING, "Closed a connection from " + socket.getRemoteSocketAddress()
                        + ": all " + settings.maxConnections() + " connections are in use");
                closeQuietly(socket);
            }
        }
    }

    private boolean claimSlot(InetAddress from) {
        boolean[] claimed = new boolean[1];
        perAddress.compute(from, (address, open) -> {
            int now = open == null ? 0 : open;
            claimed[0] = now < settings.maxConnectionsPerAddress();
            return claimed[0] ? now + 1 : now;
        });
        return claimed[0];
    }

    private void releaseSlot(InetAddress from) {
        perAddress.computeIfPresent(from, (address, open) -> open <= 1 ? null : open - 1);
    }

    private void serve(Socket socket) {
        connections.add(socket);
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        InetAddress from = socket.getInetAddress();
        try (socket) {
            if (socket instanceof SSLSocket tls) {
                // the handshake is bounded like a frame: a peer that connects and says nothing is gone in seconds
                tls.setSoTimeout((int) settings.frameTimeout().toMillis());
                tls.startHandshake();
            }
            socket.setSoTimeout((int) settings.idleTimeout().toMillis());
            InputStream in = new FrameDeadlineInputStream(new BufferedInputStream(socket.getInputStream()), socket,
                    settings.idleTimeout(), settings.frameTimeout());
            MllpReader reader = new MllpReader(in, settings.charset(), settings.maxFrameBytes());
            MllpWriter writer = new MllpWriter(socket.getOutputStream(), settings.charset());
            while (true) {
                Optional<String> frame;
                try {
                    frame = reader.readFrame();
                } catch (MllpFramingException broken) {
                    LOG.log(System.Logger.Level.WARNING, "Broken MLLP frame from " + peer + ": " + broken.getMessage());
                    writer.writeFrame(receiver.rejectFrame(broken.getMessage()));
                    continue;
                }
                if (frame.isEmpty()) {
                    return;
                }
                for (String answer : receiver.answer(frame.get(), from)) {
                    writer.writeFrame(answer);
                }
            }
        } catch (FrameDeadlineInputStream.FrameTimeoutException stalled) {
            LOG.log(System.Logger.Level.WARNING, "Closed the connection from " + peer + ": " + stalled.getMessage());
        } catch (SocketTimeoutException idle) {
            LOG.log(System.Logger.Level.DEBUG, "Closed idle connection from " + peer);
        } catch (EOFException cut) {
            LOG.log(System.Logger.Level.WARNING, "Connection from " + peer + " closed inside a frame: " + cut.getMessage());
        } catch (IOException e) {
            if (server != null && !server.isClosed()) {
                LOG.log(System.Logger.Level.WARNING, "Connection from " + peer + " failed: " + e);
            }
        } finally {
            connections.remove(socket);
            releaseSlot(from);
        }
    }

    /** Stops accepting, closes open connections and waits briefly for their threads to finish. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        closeQuietly(server);
        connections.forEach(InboundListener::closeQuietly);
        pool.shutdown();
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    private ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = threadSource.newThread(runnable);
            t.setName(prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
