package org.epma.web.it;

import static org.epma.prescribing.staff.Role.ADMIN;
import static org.epma.prescribing.staff.Role.NURSE;
import static org.epma.prescribing.staff.Role.PHARMACIST;
import static org.epma.prescribing.staff.Role.PRESCRIBER;

import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.staff.Role;
import org.epma.web.it.ApiClient.Reply;
import org.epma.web.it.JsonMutations.Mutant;
import org.epma.web.security.ExpectedAccess;

/**
 * Mutated valid requests to every write operation (POST, PUT, PATCH, DELETE) the OpenAPI document lists, each sent by
 * a training user whose role may make it: hostile bodies ({@link JsonMutations}), hostile path parameters and
 * Idempotency-Keys. Each operation aims at a record of its own ({@link FuzzRecords}), made anew after a mutant changed
 * it (a draft once signed), so that mutants keep reaching the database rather than a 409. Every answer must be
 * below 500, and no HTML page or server name.
 */
final class WriteEndpointFuzz {

    /** Whose session sends an operation's mutants. */
    private enum Caller {
        /** The training user of the role, in a session shared with the other operations. */
        TRAINING_USER,
        /** No one logged in, speaking for an address of its own, so the login throttle counts its failures apart. */
        ANONYMOUS,
        /** An account of the fuzz's own holding the role, made anew after a success: for changes to the caller's own
         * session or password, and for a re-authentication whose failures count toward the caller's lock-out. */
        OWN_ACCOUNT
    }

    /**
     * How to fuzz one operation: who sends it, the record it aims at, whether that record is made anew after a
     * success, its share of the inputs, and a valid body (placeholders ${name} filled from the record, with the time,
     * a new hospital number or user name, or the caller's own password; null for an operation that takes no body).
     */
    private record Seed(Role role, Caller caller, Function<FuzzRecords, Map<String, String>> target, boolean renew, int share,
                        String body) {
    }

    private static final boolean RENEW = true;
    private static final boolean KEEP = false;

    /** A valid body for each write operation, from the ITs that exercise it. A new write operation needs its line here. */
    private static final Map<String, Seed> SEEDS = new LinkedHashMap<>();

    static {
        seed("POST /api/v1/administrations", NURSE, FuzzRecords::doseDue, RENEW, 4, "{\"patientId\":${patientId},"
                + "\"prescriptionId\":${prescriptionId},\"scheduledAt\":\"${scheduledAt}\",\"outcome\":\"GIVEN\",\"identifiedBy\":\"SCAN\","
                + "\"wristband\":\"${hospitalNumber}\",\"product\":\"${product}\",\"site\":\"left arm\",\"note\":\"Taken with water\"}");
        seed("POST /api/v1/administrations/{id}/effect", NURSE, FuzzRecords::asNeededDoseGiven, RENEW, 3,
                "{\"effect\":\"Pain 2/10 after 40 minutes\"}");
        seed("POST /api/v1/administrations/{id}/in-error", NURSE, FuzzRecords::doseNotGiven, RENEW, 3,
                "{\"reason\":\"Recorded against the wrong dose\"}");
        seed("PUT /api/v1/discharges/{id}/items/{itemId}", PRESCRIBER, FuzzRecords::dischargeDraft, KEEP, 3,
                "{\"goingHome\":true,\"reason\":\"Reflux\",\"supplyQuantity\":28,\"supplyDays\":28,\"ownSupply\":false}");
        seed("POST /api/v1/discharges/{id}/sign", PRESCRIBER, FuzzRecords::dischargeReady, RENEW, 1, null);
        seed("POST /api/v1/discharges/{id}/screen", PHARMACIST, FuzzRecords::dischargeSigned, RENEW, 1, null);
        seed("POST /api/v1/discharges/{id}/return", PHARMACIST, FuzzRecords::dischargeSigned, RENEW, 2,
                "{\"reason\":\"Seven days of the antibiotic only\"}");
        seed("POST /api/v1/glucose/patients/{patientId}", NURSE, FuzzRecords::patient, KEEP, 3,
                "{\"glucose\":3.6,\"ketones\":0.4,\"measuredAt\":\"${now}\"}");
        seed("POST /api/v1/interface-messages/{id}/resend", PHARMACIST, FuzzRecords::interfaceMessage, KEEP, 1, null);
        seed("POST /api/v1/missing-dose-requests/{id}/status", PHARMACIST, FuzzRecords::missingDose, RENEW, 3,
                "{\"status\":\"ACKNOWLEDGED\",\"note\":\"Sent with porter\"}");
        seed("POST /api/v1/oxygen/orders", PRESCRIBER, FuzzRecords::patient, KEEP, 3, "{\"patientId\":${patientId},"
                + "\"targetKind\":\"PATIENT_SPECIFIC\",\"targetLowest\":88,\"targetHighest\":92,\"targetReason\":\"Respiratory team plan\","
                + "\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flowLowest\":2,\"flowHighest\":4}");
        seed("POST /api/v1/oxygen/orders/{id}/checks", NURSE, FuzzRecords::oxygenOrder, KEEP, 3,
                "{\"saturation\":93,\"device\":\"VENTURI_MASK\",\"venturiPercent\":28,\"flow\":4}");
        seed("POST /api/v1/oxygen/orders/{id}/stop", PRESCRIBER, FuzzRecords::oxygenOrder, RENEW, 1, null);
        seed("POST /api/v1/patient-group-directions/{direction}/check", NURSE, FuzzRecords::directionPatient, KEEP, 2,
                "{\"patientId\":${patientId}}");
        seed("POST /api/v1/patient-group-directions/{direction}/doses", NURSE, FuzzRecords::directionPatient, RENEW, 2,
                "{\"patientId\":${patientId},\"criteriaConfirmed\":true,\"acknowledgements\":[]}");
        seed("POST /api/v1/patient-group-directions/orders/{prescriptionId}/review", PRESCRIBER, FuzzRecords::directionDose, RENEW, 2,
                "{\"note\":\"Seen; regular analgesia prescribed\"}");
        seed("POST /api/v1/homely-remedies/{remedy}/check", NURSE, FuzzRecords::remedyPatient, KEEP, 2,
                "{\"patientId\":${patientId}}");
        seed("POST /api/v1/homely-remedies/{remedy}/doses", NURSE, FuzzRecords::remedyPatient, RENEW, 2,
                "{\"patientId\":${patientId},\"criteriaConfirmed\":true,\"acknowledgements\":[]}");
        seed("POST /api/v1/patients", PRESCRIBER, FuzzRecords::none, KEEP, 4, "{\"hospitalNumber\":\"${newHospitalNumber}\","
                + "\"nhsNumber\":\"9434765919\",\"givenName\":\"Hostile\",\"familyName\":\"Input\",\"dateOfBirth\":\"1970-05-05\",\"sex\":\"MALE\"}");
        seed("POST /api/v1/patients/{id}/allergies", NURSE, FuzzRecords::patient, KEEP, 4,
                "{\"substance\":\"Latex\",\"reaction\":\"Urticaria\",\"severity\":\"MODERATE\"}");
        seed("PUT /api/v1/patients/{id}/allergy-status", NURSE, FuzzRecords::patient, KEEP, 3, "{\"status\":\"NO_KNOWN_ALLERGIES\"}");
        seed("PUT /api/v1/patients/{id}/language", NURSE, FuzzRecords::patient, KEEP, 2, "{\"language\":\"cy\"}");
        seed("POST /api/v1/patients/{id}/infusions", PRESCRIBER, FuzzRecords::patient, KEEP, 3, "{\"kind\":\"CONTINUOUS\","
                + "\"productCode\":\"HEPARIN-INJ-25000U-5ML\",\"drugAmount\":25000,\"drugUnit\":\"unit\",\"diluentCode\":"
                + "\"NACL-0P9-100ML\",\"finalVolumeMl\":50,\"doseRate\":1000,\"doseRateUnit\":\"units/hour\",\"durationHours\":24,"
                + "\"titrationLowest\":500,\"titrationHighest\":2000,\"titrationTarget\":\"APTT ratio 1.5 to 2.5\",\"peripheral\":true,"
                + "\"start\":\"${now}\",\"indication\":\"Pulmonary embolism\",\"instructions\":\"Check APTT 6 hours after starting\"}");
        seed("POST /api/v1/patients/{id}/infusions/{prescriptionId}/events", NURSE, FuzzRecords::infusionSigned, RENEW, 3,
                "{\"event\":\"STARTED\",\"wristband\":\"${hospitalNumber}\",\"product\":\"(01)00200000000622\","
                + "\"occurredAt\":\"${now}\"}");
        seed("POST /api/v1/patients/{id}/infusions/{prescriptionId}/events/{eventId}/in-error", NURSE, FuzzRecords::infusionStarted,
                RENEW, 2, "{\"reason\":\"Recorded against the wrong pump\"}");
        seed("POST /api/v1/patients/{id}/infusions/checks", PRESCRIBER, FuzzRecords::patient, KEEP, 3, "{\"kind\":\"FLUID\","
                + "\"productCode\":\"NACL-0P9-1000ML\",\"durationHours\":8,\"start\":\"${now}\"}");
        seed("POST /api/v1/patients/{id}/measurements", NURSE, FuzzRecords::patient, KEEP, 4,
                "{\"kind\":\"WEIGHT\",\"value\":68.2,\"measuredAt\":\"${now}\"}");
        seed("POST /api/v1/patients/{id}/order-checks", PRESCRIBER, FuzzRecords::patient, KEEP, 4, "{\"productCode\":\"PARACETAMOL-TAB-500\","
                + "\"dose\":1,\"doseUnit\":\"g\",\"route\":\"PO\",\"frequency\":\"PRN\",\"prnReason\":\"pain\",\"prnMinIntervalHours\":4,"
                + "\"prnMaxPer24h\":4,\"start\":\"${now}\",\"durationDays\":5,\"instructions\":\"Take with water\"}");
        seed("PUT /api/v1/patients/{id}/pregnancy-status", NURSE, FuzzRecords::patient, KEEP, 3, "{\"status\":\"NOT_PREGNANT\"}");
        seed("POST /api/v1/patients/{id}/prescriptions", PRESCRIBER, FuzzRecords::patient, KEEP, 4, "{\"productCode\":\"AMOXICILLIN-CAP-500\","
                + "\"dose\":500,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"TDS\",\"durationDays\":5,"
                + "\"indication\":\"Community-acquired pneumonia\",\"instructions\":\"Take with water\",\"start\":\"${now}\"}");
        seed("POST /api/v1/patients/{patientId}/administrations/scan", NURSE, FuzzRecords::doseDue, KEEP, 3,
                "{\"wristband\":\"${hospitalNumber}\",\"product\":\"${product}\"}");
        seed("POST /api/v1/patients/{patientId}/discharge", PRESCRIBER, FuzzRecords::admitted, KEEP, 2, null);
        seed("POST /api/v1/patients/{patientId}/admission", NURSE, FuzzRecords::patient, KEEP, 3,
                "{\"ward\":\"" + FuzzRecords.WARD + "\",\"bed\":\"27\",\"at\":\"${now}\"}");
        seed("POST /api/v1/patients/{patientId}/admission/discharge", NURSE, FuzzRecords::admitted, RENEW, 2, "{\"at\":\"${now}\"}");
        seed("POST /api/v1/patients/{patientId}/medicines-reconciliation/complete", PHARMACIST, FuzzRecords::homeMedicineStopped,
                RENEW, 1, null);
        seed("POST /api/v1/patients/{patientId}/medicines-reconciliation/medicines", NURSE, FuzzRecords::admitted, KEEP, 3,
                "{\"productCode\":\"RAMIPRIL-CAP-5\",\"dose\":5,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"OD\","
                + "\"source\":\"GP_RECORD\",\"note\":\"Last taken yesterday morning\"}");
        seed("POST /api/v1/patients/{patientId}/medicines-reconciliation/medicines/{medicineId}/decision", PRESCRIBER,
                FuzzRecords::homeMedicine, RENEW, 2, "{\"decision\":\"WITHHOLD\",\"reason\":\"Systolic 92 on admission\","
                + "\"reviewDate\":\"${today}\"}");
        seed("POST /api/v1/patients/{patientId}/missing-dose-requests", NURSE, FuzzRecords::doseDue, KEEP, 3,
                "{\"prescriptionId\":${prescriptionId},\"note\":\"None on the ward\"}");
        seed("POST /api/v1/prescriptions/{id}/amend", PRESCRIBER, FuzzRecords::signed, RENEW, 3, "{\"productCode\":\"OMEPRAZOLE-GRCAP-20\","
                + "\"dose\":40,\"doseUnit\":\"mg\",\"route\":\"PO\",\"frequency\":\"OD\",\"indication\":\"Reflux\"}");
        seed("POST /api/v1/prescriptions/{id}/discard", PRESCRIBER, FuzzRecords::draft, RENEW, 1, null);
        seed("POST /api/v1/prescriptions/{id}/discontinue", PRESCRIBER, FuzzRecords::signed, RENEW, 3, "{\"reason\":\"symptoms resolved\"}");
        seed("POST /api/v1/prescriptions/{id}/interventions", PHARMACIST, FuzzRecords::signed, KEEP, 3,
                "{\"category\":\"DOSE\",\"note\":\"Reduced for renal function\"}");
        seed("POST /api/v1/prescriptions/{id}/reject", PHARMACIST, FuzzRecords::signed, RENEW, 3, "{\"reason\":\"Dose too high\"}");
        seed("POST /api/v1/prescriptions/{id}/resume", PRESCRIBER, FuzzRecords::suspended, RENEW, 2, "{}");
        seed("POST /api/v1/prescriptions/{id}/sign", PRESCRIBER, FuzzRecords::draft, RENEW, 3, "${signature}");
        seed("POST /api/v1/prescriptions/{id}/suspend", PRESCRIBER, FuzzRecords::signed, RENEW, 3, "{\"reason\":\"nil by mouth\"}");
        seed("POST /api/v1/prescriptions/{id}/verify", PHARMACIST, FuzzRecords::signed, RENEW, 1, null);
        // a logged-in client's login would end its session: the login is fuzzed by a client of its own
        seed("POST /api/v1/session", null, Caller.ANONYMOUS, FuzzRecords::user, KEEP, 1,
                "{\"username\":\"${username}\",\"password\":\"${password}\"}");
        seed("DELETE /api/v1/session", NURSE, Caller.OWN_ACCOUNT, FuzzRecords::none, RENEW, 1, null);
        seed("PUT /api/v1/session/language", NURSE, Caller.TRAINING_USER, FuzzRecords::none, KEEP, 2, "{\"language\":\"cy\"}");
        // these cost a password hash or two each (a fifth of a second or more): fewer inputs
        seed("PUT /api/v1/session/password", NURSE, Caller.OWN_ACCOUNT, FuzzRecords::none, RENEW, 1,
                "{\"currentPassword\":\"${ownPassword}\",\"password\":\"copper violin meadow 58\"}");
        seed("POST /api/v1/vte/patients/{patientId}", PRESCRIBER, FuzzRecords::admitted, RENEW, 2,
                "{\"thrombosisRisk\":true,\"bleedingRisk\":false,\"prophylaxisIndicated\":true}");
        seed("POST /api/v1/users", ADMIN, FuzzRecords::none, KEEP, 1, "{\"username\":\"${newUsername}\",\"displayName\":\"Fuzz Nurse\","
                + "\"roles\":[\"NURSE\",\"PRESCRIBER\"],\"password\":\"copper violin meadow 58\"}");
        seed("POST /api/v1/users/{username}/disable", ADMIN, FuzzRecords::user, KEEP, 2, "{\"reason\":\"left the trust\"}");
        seed("POST /api/v1/users/{username}/enable", ADMIN, FuzzRecords::user, KEEP, 1, null);
        seed("PUT /api/v1/users/{username}/password", ADMIN, Caller.OWN_ACCOUNT, FuzzRecords::user, KEEP, 1,
                "{\"password\":\"copper violin meadow 58\",\"adminPassword\":\"${ownPassword}\"}");
    }

    private static void seed(String operation, Role role, Function<FuzzRecords, Map<String, String>> target, boolean renew,
                             int share, String body) {
        seed(operation, role, Caller.TRAINING_USER, target, renew, share, body);
    }

    private static void seed(String operation, Role role, Caller caller, Function<FuzzRecords, Map<String, String>> target,
                             boolean renew, int share, String body) {
        SEEDS.put(operation, new Seed(role, caller, target, renew, share, body));
    }

    /** Resending a message the dispensing peer has already accepted is refused, and the fuzz has no other at hand. */
    private static final Set<String> VALID_BODY_MAY_BE_REFUSED = Set.of("POST /api/v1/interface-messages/{id}/resend");

    private static final List<String> PATH_VALUES = List.of("0", "-1", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1.5", "1e3", "abc", "%00", "%2e%2e", "..%2F..%2Fetc", "x".repeat(1500), "%C0%80", "%FF",
            "%E2%80%AE", "%27%20OR%201=1", "NaN", "%20", "%0d%0a");
    private static final List<String> KEY_VALUES = List.of("", " ", "x".repeat(101), "x".repeat(4000), "a,b", "%00");

    private final URL deployment;
    private final long seed;
    private final FuzzTally tally;
    private final Map<Role, DemoStaff> staff = DemoStaff.byRole();
    private final Map<Role, ApiClient> sessions = new LinkedHashMap<>();
    private final FuzzRecords records;

    WriteEndpointFuzz(URL deployment, long seed, FuzzTally tally) {
        this.deployment = deployment;
        this.seed = seed;
        this.tally = tally;
        staff.forEach((role, user) -> sessions.put(role, logIn(user)));
        this.records = new FuzzRecords(sessions);
    }

    FuzzRecords records() {
        return records;
    }

    Map<Role, ApiClient> sessions() {
        return sessions;
    }

    /** Sends about {@code inputs} mutants, shared between the write operations of /openapi, from {@code threads} threads. */
    void run(int inputs, int threads) throws Exception {
        List<OpenApiDocument.Operation> writes = OpenApiDocument.operations(deployment).stream()
                .filter(OpenApiDocument.Operation::changesState).toList();
        List<String> unseeded = writes.stream().map(OpenApiDocument.Operation::key).filter(k -> !SEEDS.containsKey(k)).toList();
        if (!unseeded.isEmpty()) {
            throw new AssertionError("No valid body to mutate for " + unseeded + ": give each a seed in WriteEndpointFuzz");
        }
        int shares = writes.stream().mapToInt(w -> SEEDS.get(w.key()).share()).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            writes.stream().sorted(Comparator.comparingInt((OpenApiDocument.Operation w) -> -SEEDS.get(w.key()).share()))
                    .forEach(w -> done.add(pool.submit(() -> {
                        fuzz(w, SEEDS.get(w.key()), (inputs * SEEDS.get(w.key()).share() + shares - 1) / shares);
                        return null;
                    })));
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fuzz(OpenApiDocument.Operation operation, Seed seed, int inputs) {
        String key = operation.key();
        if (seed.role() != null && !ExpectedAccess.of(key).allows(seed.role())) {
            throw new AssertionError(key + ": the fuzz sends it as " + seed.role() + ", whom ExpectedAccess does not allow");
        }
        Random random = new Random(this.seed ^ key.hashCode());
        JsonMutations mutations = new JsonMutations(random);
        ApiClient client = caller(seed);
        Map<String, String> target = seed.target().apply(records);
        String lastKey = UUID.randomUUID().toString();
        Reply last = send(client, operation, operation.address(parameters(target)), seed.body() == null ? null
                        : bytes(fill(seed.body(), target)), JsonMutations.JSON, headers(operation, lastKey));
        judge(key, "the valid body", last);
        if (last != null && last.status() >= 400 && !VALID_BODY_MAY_BE_REFUSED.contains(key)) {
            tally.fail(key, "the valid body that the mutants are made from was refused: " + last.status() + " " + last.body());
        }
        for (int i = 0; i < inputs; i++) {
            boolean changed = last != null && last.status() < 300;
            if (changed && seed.renew()) {
                target = seed.target().apply(records);
            }
            // an own account's session ends with a success (logged out, a new password) or with its lock-out (401)
            if (seed.caller() == Caller.OWN_ACCOUNT && last != null && (changed && seed.renew() || last.status() == 401)) {
                client = caller(seed);
            }
            Mutant mutant = seed.body() == null && random.nextInt(4) == 0 ? new Mutant("no body", null, null)
                    : mutations.mutate(fill(seed.body() == null ? "{}" : seed.body(), target));
            Function<String, String> parameters = parameters(target);
            if (operation.path().contains("{") && random.nextInt(12) == 0) {
                String hostile = PATH_VALUES.get(random.nextInt(PATH_VALUES.size()));
                parameters = name -> hostile;
                mutant = new Mutant("path parameter " + hostile.substring(0, Math.min(20, hostile.length())),
                        seed.body() == null ? null : bytes(fill(seed.body(), target)), JsonMutations.JSON);
            }
            String family = mutant.family();
            String idempotencyKey = UUID.randomUUID().toString();
            if (random.nextInt(10) == 0) {
                idempotencyKey = random.nextBoolean() ? lastKey : KEY_VALUES.get(random.nextInt(KEY_VALUES.size()));
                family += "+Idempotency-Key";
            }
            lastKey = idempotencyKey;
            last = send(client, operation, operation.address(parameters), mutant.body(), mutant.contentType(),
                    headers(operation, idempotencyKey));
            judge(key, family + " " + preview(mutant.body()), last);
        }
    }

    /** The client that sends a seed's mutants, logged in as the seed says. */
    private ApiClient caller(Seed seed) {
        return switch (seed.caller()) {
            case TRAINING_USER -> sessions.get(seed.role());
            // an address of the documentation range (RFC 5737), given as a trusted proxy would: only a header, no traffic
            case ANONYMOUS -> new ApiClient(deployment).from("192.0.2.10");
            case OWN_ACCOUNT -> {
                Map<String, String> account = records.user(seed.role());
                yield logIn(new DemoStaff(account.get("username"), account.get("password"), Set.of(seed.role())));
            }
        };
    }

    /** A path parameter's value from the record; an operation whose record lacks it gets an id that names nothing. */
    private static Function<String, String> parameters(Map<String, String> target) {
        return name -> target.getOrDefault(name, "1");
    }

    private Map<String, String> headers(OpenApiDocument.Operation operation, String idempotencyKey) {
        return operation.headers().contains("Idempotency-Key") ? Map.of("Idempotency-Key", idempotencyKey) : Map.of();
    }

    /** The answer, or null when the server closed the connection without one. */
    private Reply send(ApiClient client, OpenApiDocument.Operation operation, String address, byte[] body, String contentType,
                       Map<String, String> headers) {
        long started = System.nanoTime();
        try {
            return client.sendBytes(operation.method(), address, body, contentType, headers);
        } catch (UncheckedIOException e) {
            return null;
        } finally {
            tally.took(operation.key(), System.nanoTime() - started);
        }
    }

    private void judge(String operation, String input, Reply reply) {
        if (reply == null) {
            tally.count(operation, "closed");
            tally.fail(operation, "the connection closed without an answer to " + input);
            return;
        }
        tally.count(operation, Integer.toString(reply.status()));
        String lower = reply.body().toLowerCase();
        if (reply.status() >= 500) {
            tally.fail(operation, reply.status() + " for " + input + " — " + preview(bytes(reply.body())));
        } else if (lower.contains("<html") || lower.contains("payara") || reply.response().headers().firstValue("Server").isPresent()
                || reply.response().headers().firstValue("X-Powered-By").isPresent()) {
            tally.fail(operation, "an HTML page or the server's name for " + input);
        }
    }

    /** The valid body with its placeholders filled from the record, the clock, or new names. */
    private String fill(String template, Map<String, String> values) {
        Matcher placeholder = Pattern.compile("\\$\\{(\\w+)}").matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = switch (name) {
                case "now" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                case "newHospitalNumber" -> records.hospitalNumber();
                case "newUsername" -> records.username();
                case "ownPassword" -> FuzzRecords.PASSWORD;
                default -> {
                    if (!values.containsKey(name)) {
                        throw new IllegalStateException("no value for ${" + name + "} in " + template);
                    }
                    yield values.get(name);
                }
            };
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private ApiClient logIn(DemoStaff user) {
        ApiClient client = new ApiClient(deployment);
        Reply login = client.logIn(user.username(), user.password());
        if (login.status() != 200) {
            throw new AssertionError("logging in as " + user.username() + ": " + login.status() + " " + login.body());
        }
        return client;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a body, printable, to repeat an input from a failure message. */
    static String preview(byte[] body) {
        if (body == null) {
            return "(no body)";
        }
        String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out + (body.length > 160 ? "… (" + body.length + " bytes)" : "");
    }
}
