package org.epma.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * What the fuzz sent and what came back, safe to count into from many threads: inputs per target (an operation, or
 * the HL7 listener), the answers seen (HTTP statuses, or ACK codes), and every answer that is a failure (a 5xx, an
 * HTML page, an HL7 frame left unanswered), kept with what caused it so it can be repeated.
 */
final class FuzzTally {

    private static final int KEPT = 40;

    private final Map<String, Map<String, AtomicInteger>> answers = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger failureCount = new AtomicInteger();

    void count(String target, String answer) {
        answers.computeIfAbsent(target, t -> new ConcurrentHashMap<>()).computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
    }

    /** Time spent waiting for a target's answers, to show where a run's time goes. */
    void took(String target, long nanoseconds) {
        nanos.computeIfAbsent(target, t -> new LongAdder()).add(nanoseconds);
    }

    void fail(String target, String what) {
        failureCount.incrementAndGet();
        synchronized (failures) {
            if (failures.size() < KEPT) {
                failures.add(target + ": " + what);
            }
        }
    }

    int inputs() {
        return answers.values().stream().flatMap(m -> m.values().stream()).mapToInt(AtomicInteger::get).sum();
    }

    int failures() {
        return failureCount.get();
    }

    /** How many inputs got an answer that passes the test, e.g. a 5xx. */
    int answered(Predicate<String> answer) {
        return answers.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> answer.test(e.getKey()))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** One line per target: its inputs and the answers they got, then the totals. */
    String report() {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> total = new TreeMap<>();
        answers.forEach((target, seen) -> {
            Map<String, Integer> sorted = new TreeMap<>();
            seen.forEach((answer, n) -> sorted.put(answer, n.get()));
            sorted.forEach((answer, n) -> total.merge(answer, n, Integer::sum));
            int inputs = sorted.values().stream().mapToInt(Integer::intValue).sum();
            var spent = nanos.get(target);
            out.append(String.format("  %-58s %6d %5s  %s%n", target, inputs,
                    spent == null ? "" : spent.sum() / 1_000_000 / inputs + "ms", sorted));
        });
        out.append(String.format("  %-58s %6d %5s  %s%n", "all", inputs(), "", total));
        return out.toString();
    }

    List<String> failureLines() {
        synchronized (failures) {
            List<String> lines = new ArrayList<>(failures);
            if (failureCount.get() > lines.size()) {
                lines.add("… and " + (failureCount.get() - lines.size()) + " more");
            }
            return lines;
        }
    }
}
