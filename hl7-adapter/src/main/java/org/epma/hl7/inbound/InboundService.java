package org.epma.hl7.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;

/** The inbound MLLP listener's life: started by the application once the database is ready, closed with it. */
@ApplicationScoped
public class InboundService {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    HospitalInboundHandler handler;

    private InboundListener listener;

    public synchronized int start(int port, String application, String facility) {
        ListenerSettings settings = ListenerSettings.onPort(port);
        MessageReceiver receiver = new MessageReceiver(handler, Clock.systemUTC(), ZoneId.of("Europe/London"), application, facility);
        listener = new InboundListener(settings, receiver, threads);
        try {
            listener.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the HL7 listener cannot use port " + port, e);
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
