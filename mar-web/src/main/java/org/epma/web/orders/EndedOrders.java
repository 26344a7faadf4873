package org.epma.web.orders;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.epma.prescribing.order.Prescribing;

/**
 * Once a minute, marks the orders whose planned end has passed as COMPLETED, so that the drug round and the
 * dispensing systems hear that they are finished (the order checks already leave them out from the moment they end).
 * Each run takes the rows no other instance is completing, so clustered instances never complete one twice.
 */
@Singleton
public class EndedOrders {

    private static final Logger LOG = Logger.getLogger(EndedOrders.class.getName());

    @Inject
    Prescribing prescribing;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void completeEnded() {
        try {
            int completed;
            do {
                completed = prescribing.completeEnded();
                if (completed > 0) {
                    int count = completed;
                    LOG.info(() -> "Completed " + count + " orders whose planned end had passed");
                }
            } while (completed == Prescribing.COMPLETION_BATCH);
        } catch (RuntimeException e) {
            // the next minute tries again; a database that is down must not stop the timer for good
            LOG.log(Level.WARNING, "Completing ended orders failed; trying again in a minute", e);
        }
    }
}
