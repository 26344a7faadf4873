package org.epma.hl7.inbound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it was handed; can be told to refuse, fail or report a repeat. */
final class RecordingHandler implements InboundHandler {

    final List<AdtEvent> adt = new CopyOnWriteArrayList<>();
    final List<List<DispenseEvent>> dispenses = new CopyOnWriteArrayList<>();
    final List<MessageOrigin> origins = new CopyOnWriteArrayList<>();
    volatile MessageRefused refusal;
    volatile RuntimeException failure;
    volatile Receipt receipt = Receipt.APPLIED;

    @Override
    public Receipt onAdt(AdtEvent event, MessageOrigin origin) throws MessageRefused {
        act();
        adt.add(event);
        origins.add(origin);
        return receipt;
    }

    @Override
    public Receipt onDispense(List<DispenseEvent> events, MessageOrigin origin) throws MessageRefused {
        act();
        dispenses.add(events);
        origins.add(origin);
        return receipt;
    }

    private void act() throws MessageRefused {
        if (refusal != null) {
            throw refusal;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
