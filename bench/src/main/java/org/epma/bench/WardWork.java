package org.epma.bench;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.web.testdata.AdministrationJson;

/**
 * Nurses recording scanned doses and a pharmacist verifying orders (and a doctor stopping some of them), as clients
 * that keep trying: every request that gets no answer, a 503 or a 401 (a session lost with the application) is sent
 * again after a second, with the same idempotency key, until it is answered or {@link #GIVE_UP} has passed. It keeps
 * what each request was answered and which writes were acknowledged (2xx), for the checks afterwards.
 */
final class WardWork {

    /** Longer than the application takes to start again after a kill -9 on two busy cores. */
    static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration PACE = Duration.ofMillis(250);
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\":\"[^\"]*/problems/([a-z0-9-]+)\"");

    /** A dose due and not yet recorded. */
    record Dose(long patientId, String hospitalNumber, long prescriptionId, Instant scheduledAt, String gtin, String route,
                boolean overdue) {
    }

    private record Credentials(String username, String password) {
    }

    private final URI base;
    private final Queue<Dose> doses;
    private final Queue<Long> toVerify;
    private final int nurses;

    private final Map<String, LongAdder> writeAnswers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> readAnswers = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> sentKeys = ConcurrentHashMap.newKeySet();
    private final Set<Long> verified = ConcurrentHashMap.newKeySet();
    private final Set<Long> verifiedAnswerLost = ConcurrentHashMap.newKeySet();
    private final Set<Long> discontinued = ConcurrentHashMap.newKeySet();
    private final LongAdder gaveUp = new LongAdder();
    /** When the first write after the fault's end got a 2xx, to see how soon the application served again. */
    private final AtomicLong firstAcknowledgedAfterMark = new AtomicLong(Long.MAX_VALUE);
    private volatile long markNanos = Long.MAX_VALUE;
    private volatile boolean running;
    private volatile boolean reading;
    private final List<Thread> threads = new ArrayList<>();

    WardWork(URI base, Queue<Dose> doses, Queue<Long> toVerify, int nurses) {
        this.base = base;
        this.doses = doses;
        this.toVerify = toVerify;
        this.nurses = nurses;
    }

    void start(String readWard, long readPatient) {
        running = true;
        for (int n = 0; n < nurses; n++) {
            Credentials nurse = n % 2 == 0 ? new Credentials("nurse.evans", "training-nurse-1")
                    : new Credentials("nurse.okafor", "training-nurse-2");
            threads.add(started(new Thread(() -> nurse(nurse), "fault-nurse-" + n)));
        }
        threads.add(started(new Thread(this::pharmacist, "fault-pharmacist")));
        threads.add(started(new Thread(() -> reader(readWard, readPatient), "fault-reader")));
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    /** Lets each client finish the request it is on (answered or given up), then stops them. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
    }

    /** From now on, count the time to the next acknowledged write (the fault's end). */
    void mark() {
        firstAcknowledgedAfterMark.set(Long.MAX_VALUE);
        markNanos = System.nanoTime();
    }

    /** Seconds from {@link #mark()} to the first write acknowledged after it; negative when there was none. */
    double secondsToFirstAcknowledgedAfterMark() {
        long first = firstAcknowledgedAfterMark.get();
        return first == Long.MAX_VALUE ? -1 : (first - markNanos) / 1e9;
    }

    /** Reads (ward list, drug round, a patient's chart) are counted apart while this is on. */
    void reading(boolean on) {
        reading = on;
    }

    private void nurse(Credentials credentials) {
        Client client = new Client(credentials);
        Dose dose;
        while (running && (dose = doses.poll()) != null) {
            String key = UUID.randomUUID().toString();
            sentKeys.add(key);
            Answer answer = client.untilAnswered("POST", "api/v1/administrations", body(dose), key);
            if (answer.ok()) {
                acknowledgedKeys.add(key);
            }
            pause(PACE);
        }
    }

    private void pharmacist() {
        Client pharmacist = new Client(new Credentials("pharm.hughes", "training-pharmacist"));
        Client doctor = new Client(new Credentials("dr.jones", "training-doctor-1"));
        Long order;
        while (running && (order = toVerify.poll()) != null) {
            Answer answer = pharmacist.untilAnswered("POST", "api/v1/prescriptions/" + order + "/verify", null, null);
            if (answer.ok()) {
                verified.add(order);
            } else if (answer.status() == 409 && answer.afterUnknownOutcome()) {
                verifiedAnswerLost.add(order); // the first try committed; its answer was lost with the connection
            }
            if ((answer.ok() || verifiedAnswerLost.contains(order)) && order % 3 == 0) {
                // a later event for the same order: at the peer it must come after the new order
                Answer stop = doctor.untilAnswered("POST", "api/v1/prescriptions/" + order + "/discontinue",
                        "{\"reason\":\"Fault run: course complete\"}", null);
                if (stop.ok() || stop.status() == 409 && stop.afterUnknownOutcome()) {
                    discontinued.add(order);
                }
            }
            pause(PACE.multipliedBy(2));
        }
    }

    private void reader(String ward, long patient) {
        Client nurse = new Client(new Credentials("nurse.williams", "training-nurse-3"));
        String from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> reads = List.of("api/v1/wards", "api/v1/wards/" + ward + "/drug-round",
                "api/v1/patients/" + patient + "/mar?from=" + from + "&to=" + to);
        nurse.once("GET", reads.get(0), null, null); // logged in before any fault: the reads measure the fault, not a login
        int next = 0;
        while (running) {
            if (reading) {
                String path = reads.get(next++ % reads.size());
                Answer answer = nurse.once("GET", path, null, null);
                count(readAnswers, path.replaceAll("\\?.*", "").replaceAll("/[0-9]+/", "/{id}/") + " " + answer.label());
            }
            pause(PACE.multipliedBy(2));
        }
    }

    private String body(Dose dose) {
        AdministrationJson given = AdministrationJson.scannedAndGiven(dose.patientId(), dose.prescriptionId(), dose.hospitalNumber(),
                "(01)" + dose.gtin() + "(10)FAULT1").scheduledAt(dose.scheduledAt());
        if (dose.route().equals("SC")) {
            given.site("abdomen");
        }
        if (dose.overdue()) {
            given.late(dose.scheduledAt().plus(5, ChronoUnit.MINUTES), "Given on time, recorded afterwards (fault run)");
        }
        return given.toString();
    }

    SortedMap<String, Long> writeAnswers() {
        return sorted(writeAnswers);
    }

    SortedMap<String, Long> readAnswers() {
        return sorted(readAnswers);
    }

    Set<String> acknowledgedKeys() {
        return Set.copyOf(acknowledgedKeys);
    }

    Set<String> sentKeys() {
        return Set.copyOf(sentKeys);
    }

    Set<Long> verified() {
        return Set.copyOf(verified);
    }

    Set<Long> verifiedAnswerLost() {
        return Set.copyOf(verifiedAnswerLost);
    }

    Set<Long> discontinued() {
        return Set.copyOf(discontinued);
    }

    long gaveUp() {
        return gaveUp.sum();
    }

    /** Answers a hospital must never see: a 500, or a 5xx that is not problem+json. */
    long unclearFailures() {
        return writeAnswers().entrySet().stream().filter(e -> e.getKey().matches("5\\d\\d .*") && !e.getKey().startsWith("503 database-"))
                .mapToLong(Map.Entry::getValue).sum()
                + readAnswers().entrySet().stream().filter(e -> e.getKey().matches(".* 5\\d\\d .*") && !e.getKey().contains(" 503 database-"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static SortedMap<String, Long> sorted(Map<String, LongAdder> tally) {
        SortedMap<String, Long> copy = new TreeMap<>();
        tally.forEach((answer, count) -> copy.put(answer, count.sum()));
        return copy;
    }

    private static void count(Map<String, LongAdder> tally, String answer) {
        tally.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An answer; status 0 when none came (connection refused or reset). */
    private record Answer(int status, String body, boolean afterUnknownOutcome) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /**
         * Payara's own 404 page: its HTTP listener answers before the application is deployed (while it starts again).
         * The application's own 404s are problem+json.
         */
        boolean notDeployed() {
            return status == 404 && !PROBLEM_TYPE.matcher(body).find();
        }

        /** "201", "503 database-unavailable", "500 (not problem+json)", "no answer". */
        String label() {
            if (status == 0) {
                return "no answer";
            }
            if (status < 400) {
                return Integer.toString(status);
            }
            Matcher type = PROBLEM_TYPE.matcher(body);
            return status + (type.find() ? " " + type.group(1) : " (not problem+json)");
        }
    }

    /** One user's session, logged in again whenever the application has forgotten it. */
    private final class Client {

        private final Credentials credentials;
        private ApiSession session;

        Client(Credentials credentials) {
            this.credentials = credentials;
        }

        /** Sends until answered with anything but "no answer", 503 or 401, or until {@link #GIVE_UP}. */
        Answer untilAnswered(String method, String path, String json, String idempotencyKey) {
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            boolean unknownOutcome = false;
            while (true) {
                Answer answer = once(method, path, json, idempotencyKey);
                count(writeAnswers, answer.label());
                boolean retry = answer.status() == 0 || answer.status() == 503 || answer.status() == 401 || answer.notDeployed();
                if (!retry) {
                    if (answer.ok()) {
                        long now = System.nanoTime();
                        if (now > markNanos) {
                            firstAcknowledgedAfterMark.accumulateAndGet(now, Math::min);
                        }
                    }
                    return new Answer(answer.status(), answer.body(), unknownOutcome);
                }
                // no answer, or a 503 at commit: the write may have been stored, so a 409 later means it was
                unknownOutcome |= answer.status() == 0 || answer.status() == 503;
                if (System.nanoTime() > deadline) {
                    gaveUp.increment();
                    return new Answer(answer.status(), answer.body(), unknownOutcome);
                }
                pause(RETRY_PAUSE);
            }
        }

        Answer once(String method, String path, String json, String idempotencyKey) {
            try {
                if (session == null) {
                    session = ApiSession.logIn(base, credentials.username(), credentials.password());
                }
                ApiSession.Answer answer = session.send(method, path, json,
                        idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
                if (answer.status() == 401) {
                    session = null;
                }
                return new Answer(answer.status(), answer.body(), false);
            } catch (UncheckedIOException noAnswer) {
                session = null;
                return new Answer(0, "", false);
            } catch (IllegalStateException loginRefused) {
                // the log-in itself answered 503 (the database down) or worse: the message holds status and body
                String message = String.valueOf(loginRefused.getMessage());
                Matcher status = Pattern.compile("could not log in: (\\d{3}) ").matcher(message);
                return new Answer(status.find() ? Integer.parseInt(status.group(1)) : 0, message, false);
            }
        }
    }
}
