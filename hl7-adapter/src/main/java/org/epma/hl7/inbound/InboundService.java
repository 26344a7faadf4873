package org.epma.hl7.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The inbound MLLP listener's life: started by the application once the database is ready, closed with it. */
@ApplicationScoped
public class InboundService {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    HospitalInboundHandler handler;

    private InboundListener listener;

    /** Starts the listener with the site's senders, limits and TLS; the port it listens on. */
    public synchronized int start(ListenerSettings settings) {
        MessageReceiver receiver = new MessageReceiver(handler, Clock.systemUTC(), settings.zone(), settings.application(),
                settings.facility(), settings.senders());
        listener = new InboundListener(settings, receiver, threads);
        try {
            listener.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the HL7 listener cannot use port " + settings.port(), e);
        }
        return listener.port();
    }

    @PreDestroy
    public synchronized void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
