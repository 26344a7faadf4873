package org.epma.hl7.outbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocketFactory;
import org.epma.hl7.mllp.MllpClient;
import org.epma.hl7.mllp.MllpDestination;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.Destinations;

/**
 * The sender threads: for each destination, a few threads each with its own connection, claiming and sending
 * batches until the application stops. Any number of instances may run them: the outbox's row locks keep each
 * message to one sender, and a patient's messages in order.
 */
@ApplicationScoped
public class DeliveryWorkers {

    private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class.getName());
    private static final int BATCH = 50;
    /**
     * An idle sender looks again after 100 ms, then waits twice as long each time it finds nothing, up to a second: a
     * quiet interface costs a few queries a second rather than ten a thread, and the first order after a quiet spell
     * waits at most a second (less with several threads, which look at different moments).
     */
    private static final long IDLE_MILLIS = 100;
    private static final long MOST_IDLE_MILLIS = 1000;
    private static final long UNAVAILABLE_MILLIS = 2000;
    /**
     * How long a sender waits for an ACK before leaving the message to wait apart and going on with other patients: a
     * receiver answers in milliseconds when well, so two seconds is slow, and far below the 30 s ACK timeout.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    /** Messages a sender thread lets wait apart at once (each holds a connection); beyond it, the sender waits itself. */
    private static final int MOST_WAITING = 8;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxSender sender;

    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    public synchronized void start(Destinations destinations, int threadsPerDestination, SendingSystem sendingSystem) {
        for (Destination destination : destinations.all()) {
            for (int i = 1; i <= threadsPerDestination; i++) {
                Thread thread = threads.newThread(() -> run(destination, sendingSystem));
                thread.setName("hl7-send-" + destination.name() + "-" + i);
                thread.setDaemon(true);
                running.add(thread);
                thread.start();
            }
            LOG.info(() -> "Sending order events to " + destination.name() + " at " + destination.host() + ":"
                    + destination.port() + " (" + destination.messageType() + ", on " + destination.sendOn() + ", processing id "
                    + sendingSystem.processingId().code() + ")");
        }
    }

    private void run(Destination destination, SendingSystem sendingSystem) {
        MllpDestination address = MllpDestination.plain(destination.host(), destination.port())
                .withTimeouts(destination.connectTimeout(), destination.ackTimeout());
        if (destination.tls()) {
            address = address.withTls((SSLSocketFactory) SSLSocketFactory.getDefault());
        }
        MllpDestination to = address;
        ExecutorService waiters = Executors.newCachedThreadPool(threads);
        try (DeliveryChannel delivery = new DeliveryChannel(() -> new MllpClient(to), waiters, patience(destination), MOST_WAITING)) {
            OutboxSender.Channel channel = new OutboxSender.Channel(destination, delivery, new RdeO11Builder(), new OmpO09Builder(),
                    sendingSystem);
            long idle = IDLE_MILLIS;
            while (!stopping) {
                long pause;
                try {
                    OutboxSender.BatchResult result = sender.sendDue(channel, BATCH);
                    if (result.destinationUnavailable()) {
                        pause = UNAVAILABLE_MILLIS;
                    } else if (result.settled() == 0) {
                        pause = idle;
                        idle = Math.min(idle * 2, MOST_IDLE_MILLIS);
                    } else {
                        pause = 0;
                        idle = IDLE_MILLIS;
                    }
                } catch (RuntimeException e) {
                    // the database may be restarting: log, wait, carry on; the claimed rows were released on rollback
                    LOG.log(Level.WARNING, "Sending to " + destination.name() + " failed; trying again shortly", e);
                    pause = UNAVAILABLE_MILLIS;
                }
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // messages still waiting apart finish (or time out) and write their outcome; then the threads end
            waiters.shutdown();
        }
    }

    /** Two seconds, or half the ACK timeout when that is shorter, so a slow message always has time left to wait apart. */
    private static Duration patience(Destination destination) {
        Duration half = destination.ackTimeout().dividedBy(2);
        return half.compareTo(PATIENCE) < 0 ? half : PATIENCE;
    }

    @PreDestroy
    public synchronized void stop() {
        stopping = true;
        running.forEach(Thread::interrupt);
        running.clear();
    }
}
