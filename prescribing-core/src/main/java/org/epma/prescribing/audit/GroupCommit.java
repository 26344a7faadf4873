package org.epma.prescribing.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes what concurrent callers hand in together, in the order they handed it in, and returns to each caller only
 * once its own item is written (or throws what the write threw). Every audit entry locks the chain's head until its
 * transaction commits, so entries written one transaction each queue behind one another's flush to disk: with 50 nurses
 * opening the drug round, up to 32 requests at a time waited on that lock, in no fair order, the slowest 2.6 s
 * (bench/README.md). Written together, one transaction and one flush serve everyone who arrived while the last batch
 * was being written.
 *
 * <p>No thread of its own: the first caller to find nobody writing writes the batch (its own item and any that
 * arrived meanwhile), then hands the next batch to the first caller waiting, so nobody writes for others for longer
 * than one batch.
 */
final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final Object lock = new Object();
    private List<Waiting<T>> queue = new ArrayList<>();
    private boolean writing;

    GroupCommit(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    /** Returns when {@code item} has been written; throws what its batch's write threw. */
    void write(T item) {
        Waiting<T> mine = new Waiting<>(item);
        boolean lead;
        synchronized (lock) {
            queue.add(mine);
            lead = !writing;
            writing = true;
        }
        if (!lead && mine.awaitTurnOrOutcome() == Outcome.WRITTEN) {
            return;
        }
        // this caller writes: its own item is still queued, as is everything handed in since the last batch
        List<Waiting<T>> batch;
        synchronized (lock) {
            batch = queue;
            queue = new ArrayList<>();
        }
        RuntimeException failure = null;
        Error fatal = null;
        try {
            writer.accept(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // the others are still answered and the next batch still written: nobody may be left waiting for ever
            fatal = e;
            failure = new IllegalStateException("The audit entries could not be written", e);
        }
        Waiting<T> next;
        synchronized (lock) {
            next = queue.isEmpty() ? null : queue.get(0);
            writing = next != null;
        }
        for (Waiting<T> waiting : batch) {
            if (waiting != mine) {
                waiting.settle(failure);
            }
        }
        if (next != null) {
            next.lead();
        }
        if (fatal != null) {
            throw fatal;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private enum Outcome { WAITING, LEAD, WRITTEN, FAILED }

    private static final class Waiting<T> {
        private final T item;
        private Outcome outcome = Outcome.WAITING;
        private RuntimeException failure;

        Waiting(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }

        synchronized void settle(RuntimeException failed) {
            failure = failed;
            outcome = failed == null ? Outcome.WRITTEN : Outcome.FAILED;
            notifyAll();
        }

        synchronized void lead() {
            outcome = Outcome.LEAD;
            notifyAll();
        }

        /**
         * Waits without giving up when interrupted: a caller that left would leave its item unanswered, or the next
         * batch with nobody to write it. The interrupt is kept for the caller to see.
         */
        synchronized Outcome awaitTurnOrOutcome() {
            boolean interrupted = false;
            while (outcome == Outcome.WAITING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (outcome == Outcome.FAILED) {
                throw failure;
            }
            return outcome;
        }
    }
}
