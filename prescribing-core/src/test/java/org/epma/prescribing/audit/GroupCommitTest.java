package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aCallerAloneWritesItsItemAtOnce() {
        List<List<String>> batches = new ArrayList<>();
        new GroupCommit<String>(batches::add).write("a");
        assertEquals(List.of(List.of("a")), batches);
    }

    @Test
    void concurrentCallersAreWrittenTogetherEachOnceAndEachReturnsOnlyOnceItsItemIsWritten() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> written = Collections.synchronizedSet(new HashSet<>());
        GroupCommit<Integer> commit = new GroupCommit<>(batch -> {
            pause(3); // a commit's flush to disk
            written.addAll(batch);
            batches.add(batch);
        });
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> returned = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int item = i;
                returned.add(callers.submit(() -> {
                    commit.write(item);
                    return written.contains(item);
                }));
            }
            for (Future<Boolean> writtenOnReturn : returned) {
                assertTrue(writtenOnReturn.get(30, TimeUnit.SECONDS), "a caller returned before its item was written");
            }
        } finally {
            callers.shutdownNow();
        }
        List<Integer> all = batches.stream().flatMap(List::stream).toList();
        assertEquals(400, all.size(), "each item written once");
        assertEquals(400, new HashSet<>(all).size(), "no item twice");
        assertTrue(batches.size() < 400, "callers arriving during a write share the next one: " + batches.size() + " batches");
    }

    @Test
    void theCallerWhoWroteOneBatchReturnsAndTheFirstWaitingWritesTheNext() throws Exception {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> writers = Collections.synchronizedList(new ArrayList<>());
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commit = new GroupCommit<>(batch -> {
            writers.add(Thread.currentThread().getName());
            batches.add(batch);
            if (batch.contains("first")) {
                firstWriting.countDown();
                await(releaseFirst);
            }
        });
        Thread first = new Thread(() -> commit.write("first"), "first");
        first.start();
        await(firstWriting);
        Thread second = new Thread(() -> commit.write("second"), "second");
        second.start();
        waitUntilWaiting(second);
        Thread third = new Thread(() -> commit.write("third"), "third");
        third.start();
        waitUntilWaiting(third);
        releaseFirst.countDown();
        for (Thread caller : List.of(first, second, third)) {
            caller.join(10_000);
        }
        assertEquals(List.of(List.of("first"), List.of("second", "third")), batches);
        assertEquals(List.of("first", "second"), writers, "the next batch is written by the first caller waiting");
    }

    @Test
    void aFailedWriteFailsEveryoneInItsBatchAndLaterCallersAreStillWritten() throws Exception {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException databaseGone = new IllegalStateException("the database went away");
        GroupCommit<String> commit = new GroupCommit<>(batch -> {
            if (batch.contains("first")) {
                firstWriting.countDown();
                await(releaseFirst);
            }
            if (batch.contains("second")) {
                throw databaseGone;
            }
            written.add(batch);
        });
        List<Throwable> failures = secondAndThirdWaitBehindFirst(commit, firstWriting, releaseFirst);
        assertEquals(List.of(databaseGone, databaseGone), failures, "both callers of the failed batch hear of it");
        commit.write("fourth");
        assertEquals(List.of(List.of("first"), List.of("fourth")), written);
        assertThrows(IllegalStateException.class, () -> new GroupCommit<String>(batch -> {
            throw databaseGone;
        }).write("alone"), "a caller writing alone hears of its own failure");
    }

    @Test
    void anErrorInTheWriteStillAnswersTheOthersAndFreesTheNextBatch() throws Exception {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commit = new GroupCommit<>(batch -> {
            if (batch.contains("first")) {
                firstWriting.countDown();
                await(releaseFirst);
                written.add(batch);
                return;
            }
            if (batch.contains("second")) {
                throw new OutOfMemoryError("no room for the batch");
            }
            written.add(batch);
        });
        List<Throwable> thrown = secondAndThirdWaitBehindFirst(commit, firstWriting, releaseFirst);
        assertEquals(2, thrown.size(), "both callers of the batch hear of it: " + thrown);
        assertTrue(thrown.stream().anyMatch(OutOfMemoryError.class::isInstance), "the writer's own caller gets the error itself");
        commit.write("fourth");
        assertEquals(List.of(List.of("first"), List.of("fourth")), written);
    }

    /**
     * Writes "first", whose write signals {@code firstWriting} and waits for {@code releaseFirst}; "second" and "third"
     * then wait behind it, and once all three have returned, says what the two threw.
     */
    private static List<Throwable> secondAndThirdWaitBehindFirst(GroupCommit<String> commit, CountDownLatch firstWriting,
                                                                 CountDownLatch releaseFirst) throws InterruptedException {
        Thread first = new Thread(() -> commit.write("first"), "first");
        first.start();
        await(firstWriting);
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiting = new ArrayList<>();
        for (String item : List.of("second", "third")) {
            Thread caller = new Thread(() -> {
                try {
                    commit.write(item);
                } catch (Throwable e) {
                    thrown.add(e);
                }
            }, item);
            caller.start();
            waitUntilWaiting(caller);
            waiting.add(caller);
        }
        releaseFirst.countDown();
        for (Thread caller : List.of(first, waiting.get(0), waiting.get(1))) {
            caller.join(10_000);
        }
        return thrown;
    }

    private static void waitUntilWaiting(Thread caller) throws InterruptedException {
        for (int i = 0; i < 1000 && caller.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(5);
        }
        assertSame(Thread.State.WAITING, caller.getState(), caller.getName() + " waits for its turn");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
