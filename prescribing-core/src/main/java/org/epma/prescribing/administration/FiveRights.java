package org.epma.prescribing.administration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.glucose.GlucoseReading;
import org.epma.prescribing.insulin.CorrectionScale;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.ward.DoseWindow;
import org.epma.prescribing.ward.DueStatus;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.wording.Wording;

/**
 * The bedside check of CLINICAL.md as one rule: right patient, right medicine and strength, right dose, right route,
 * right time, the order's state, and whether a controlled drug's witness is needed. It takes the order, its product,
 * the scans, the ward's settings and the time, and returns what to record or stops with one sentence saying why
 * ({@link AdministrationStopped} with its {@link Stop} code; {@link InvalidInputException} for a missing or malformed
 * field; {@link ConflictException} when the dose already has a record). It saves nothing and reads no database: the
 * records already made come through {@link DoseHistory}, so every stop is unit-tested without a server.
 *
 * <p>The checks run in a fixed order, and the first to fail is the one the nurse hears about. The witness's
 * password is not checked here: that is authentication ({@link Witnessing}), done only once this has decided a
 * witness is needed and every other check has passed, so the field cannot be used to try passwords.
 */
public final class FiveRights {

    /** A record made this long after the dose was given (or an infusion's event happened) is a late entry and says why. */
    public static final Duration LATE_ENTRY = Duration.ofMinutes(15);
    /** How far ahead of the server a ward terminal's clock may be before a time is "still to come". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** As-needed doses given this long before are all the intervals and 24-hour maxima need. */
    private static final Duration PRN_LOOK_BACK = Duration.ofHours(48);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Formulary formulary;
    private final DoseHistory history;
    private final Function<HospitalNumber, Optional<Patient>> patientsByNumber;
    private final Function<String, String> colleagueNames;
    private final SecondChecks secondChecks;

    /**
     * Where the dose is recorded: the patient whose chart is open, the order and its product, the ward, now, and who;
     * for an order that follows the glucose (a correction scale), the patient's latest readings, latest first.
     */
    public record Bedside(Patient patient, Prescription order, Product product, WardContext ward, Instant now, Actor by,
                          List<GlucoseReading> recentGlucose) {
        public Bedside(Patient patient, Prescription order, Product product, WardContext ward, Instant now, Actor by) {
            this(patient, order, product, ward, now, by, List.of());
        }

        public Bedside {
            recentGlucose = List.copyOf(recentGlucose);
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(ward, "ward");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(by, "by");
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, ward.zone());
        }
    }

    /**
     * What passed the check: the record to make once a witness, if {@link #needsWitness()}, has proved who they are.
     * Exactly one of {@code given} and {@code notGivenReason} is set.
     */
    public record Decision(Prescription order, Instant scheduledAt, Administration.Circumstances how,
                           Administration.Given given, String prnReason, NotGivenReason notGivenReason, String note,
                           boolean needsWitness) {

        public Outcome outcome() {
            return given != null ? Outcome.GIVEN : Outcome.NOT_GIVEN;
        }

        /** The record, naming the confirmed witness (null when none is needed). */
        public Administration record(String witnessedBy) {
            if (needsWitness != (witnessedBy != null)) {
                throw new IllegalStateException("a witness is " + (needsWitness ? "needed" : "not needed") + " for this record");
            }
            return given != null
                    ? Administration.given(order, scheduledAt, given, prnReason, how.witnessedBy(witnessedBy))
                    : Administration.notGiven(order, scheduledAt, notGivenReason, note, how);
        }
    }

    /**
     * @param formulary        the products scans are looked up in
     * @param history          the records already made against orders
     * @param patientsByNumber who a scanned wristband belongs to, to name them when it is the wrong patient's
     * @param colleagueNames   "Nia Evans (nurse.evans)" for a user name, to say who recorded a dose already
     * @param secondChecks     the site's medicines checked by a second person besides the controlled drugs
     */
    public FiveRights(Formulary formulary, DoseHistory history, Function<HospitalNumber, Optional<Patient>> patientsByNumber,
                      Function<String, String> colleagueNames, SecondChecks secondChecks) {
        this.formulary = Objects.requireNonNull(formulary);
        this.history = Objects.requireNonNull(history);
        this.patientsByNumber = Objects.requireNonNull(patientsByNumber);
        this.colleagueNames = Objects.requireNonNull(colleagueNames);
        this.secondChecks = Objects.requireNonNull(secondChecks);
    }

    /**
     * Which of the patient's current orders a scanned product is for, checking the wristband first: the screen asks
     * this after the two scans and shows the nurse what will be recorded. Never empty: no match is a stop.
     */
    public List<Prescription> ordersForScan(Patient patient, String wristband, String productBarcode, LocalDate today,
                                            List<Prescription> currentOrders) {
        checkWristband(patient, wristband, today);
        Product product = productOf(readProduct(productBarcode, today));
        List<Prescription> matching = currentOrders.stream().filter(p -> p.productCode().equals(product.code())).toList();
        if (matching.isEmpty()) {
            throw productRefusal(patient, product, currentOrders);
        }
        return matching;
    }

    /** Checks a dose to record against the order, in the order the nurse is told of problems. */
    public Decision check(Bedside bedside, BedsideAdministration.RecordRequest request) {
        Prescription order = bedside.order();
        Instant now = bedside.now();
        BedsideAdministration.RecordRequest.Timing timing = request.timing();
        Instant at = timing.administeredAt() == null ? now : timing.administeredAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("administeredAt", StopSentence.TIME_TO_COME.with(), "A dose cannot be recorded for a time still to come.");
        }
        if (request.outcome() == null || request.outcome() == Outcome.IN_ERROR) {
            throw new InvalidInputException("outcome", StopSentence.SAY_OUTCOME.with(), "Say whether the dose was GIVEN or NOT_GIVEN.");
        }
        requireActive(order, bedside.product());
        String timingReason = Text.optional("timingReason", timing.timingReason(), 500);
        if (at.isBefore(now.minus(LATE_ENTRY)) && timingReason == null) {
            String time = at.atZone(bedside.ward().zone()).format(TIME);
            throw new AdministrationStopped(Stop.LATE_ENTRY_NEEDS_REASON, StopSentence.LATE_ENTRY.with(time),
                    "This is recorded after the event (the dose was at " + time + "): give the reason for the late entry.");
        }
        Instant scheduledAt = scheduledDose(order, timing.scheduledAt(), bedside.ward());
        BedsideAdministration.RecordRequest.Identifying identifying = request.identifying();
        Administration.Circumstances how = new Administration.Circumstances(request.idempotencyKey(),
                request.outcome() == Outcome.GIVEN ? identification(identifying) : null,
                identifying.identifiedBy() == Identification.MANUAL ? Text.optional("manualReason", identifying.manualReason(), 500) : null,
                timingReason, at, now, bedside.by().username(), null);
        if (request.outcome() == Outcome.NOT_GIVEN) {
            return notGiven(bedside, request, scheduledAt, how);
        }
        return given(bedside, request, scheduledAt, how);
    }

    private Decision notGiven(Bedside bedside, BedsideAdministration.RecordRequest request, Instant scheduledAt,
                              Administration.Circumstances how) {
        if (scheduledAt == null) {
            throw new InvalidInputException("outcome", StopSentence.PRN_ONLY_GIVEN.with(), "An as-needed dose is recorded only when it is given.");
        }
        if (request.witness() != null) {
            throw new InvalidInputException("witness", StopSentence.NOT_GIVEN_NO_WITNESS.with(), "A dose not given has no witness: leave the witness out.");
        }
        requireNotRecorded(bedside.order(), scheduledAt, bedside.ward().zone());
        BedsideAdministration.RecordRequest.NotGivenDetails notGiven = request.notGiven();
        NotGivenReason reason = notGivenReason(notGiven);
        return new Decision(bedside.order(), scheduledAt, how, null, null, reason,
                Text.optional("note", notGiven.note(), 500), false);
    }

    private Decision given(Bedside bedside, BedsideAdministration.RecordRequest request, Instant scheduledAt,
                           Administration.Circumstances how) {
        Prescription order = bedside.order();
        Product product = bedside.product();
        LocalDate today = bedside.today();
        BedsideAdministration.RecordRequest.GivenDetails details = request.given();
        String gtin = null;
        String batch = Text.optional("batch", details.batch(), 20);
        LocalDate expiry = details.expiry();
        String serial = null;
        if (how.identifiedBy() == Identification.SCAN) {
            checkWristband(bedside.patient(), request.identifying().wristband(), today);
            ProductScan scan = readProduct(request.identifying().productBarcode(), today);
            requireOrderedProduct(productOf(scan), product);
            gtin = scan.gtin().value();
            batch = scan.batch() != null ? scan.batch() : batch;
            expiry = scan.expiry() != null ? scan.expiry() : expiry;
            serial = scan.serial();
        }
        if (expiry != null && expiry.isBefore(today)) {
            throw new AdministrationStopped(Stop.EXPIRED_PRODUCT, StopSentence.EXPIRED.with(expiry),
                    "This product expired on " + expiry + ": do not give it.");
        }
        Route route = details.route() == null ? order.route() : details.route();
        if (route != order.route()) {
            throw new AdministrationStopped(Stop.WRONG_ROUTE, StopSentence.WRONG_ROUTE.with(order.route().term(), route.term()),
                    "The order is for the " + order.route().words()
                    + " route, not " + route.words() + ".");
        }
        String site = Text.optional("site", details.site(), 100);
        if ((route == Route.IM || route == Route.SC) && site == null) {
            throw new InvalidInputException("site", StopSentence.SITE_NEEDED.with(), "Record the injection site.");
        }
        // an as-needed order's doses lately, read once for its limits and a correction scale's last dose
        List<Instant> givenLately = scheduledAt == null ? givenTimes(order, how.administeredAt()) : List.of();
        CorrectionScale correction = order.correctionScale();
        CorrectionDoseRule.Decided corrected = correction == null ? null : CorrectionDoseRule.decide(correction,
                bedside.recentGlucose(), how.administeredAt(), givenLately.stream().max(Instant::compareTo).orElse(null),
                details.dose(), bedside.ward().zone());
        Quantity dose = givenDose(corrected == null ? details : new BedsideAdministration.RecordRequest.GivenDetails(
                corrected.units(), details.doseUnit(), details.route(), details.site(), details.batch(), details.expiry()), order);
        requireWitnessNamed(product, route, request.witness());
        String prnReason = null;
        if (scheduledAt == null) {
            // a correction dose's record leads with the reading it follows, which leaves the nurse 120 of the 200 characters
            prnReason = Text.optional("prnReason", request.prnReason(), corrected == null ? 200 : 120);
            if (corrected != null) {
                prnReason = corrected.reason(prnReason, bedside.ward().zone());
            } else if (prnReason == null) {
                throw new InvalidInputException("prnReason", StopSentence.PRN_REASON_NEEDED.with(), "Give the reason this as-needed dose is given.");
            }
            checkPrnLimits(order, givenLately, how.administeredAt(), bedside.ward().zone());
        } else {
            requireNotRecorded(order, scheduledAt, bedside.ward().zone());
            checkWindow(product, scheduledAt, how.administeredAt(), how.timingReason(), bedside.ward(), bedside.now());
        }
        BigDecimal quantity = product.amountFor(dose).map(Quantity::amount).map(BigDecimal::stripTrailingZeros).orElse(null);
        Administration.Given given = new Administration.Given(dose.amount(), dose.unit(), quantity, route, site,
                product.code(), gtin, batch, expiry, serial);
        boolean needsWitness = requireWitnessAsNeeded(secondChecks.needed(product, route), product, request.witness(), bedside.by());
        return new Decision(order, scheduledAt, how, given, prnReason, null, null, needsWitness);
    }

    /** A witness is named where one is needed: a Schedule 1 to 3 controlled drug, or a medicine the site's rules name. */
    private void requireWitnessNamed(Product product, Route route, Witnessing.Claim claim) {
        if (product.strictlyControlled() && claim == null) {
            throw new AdministrationStopped(Stop.WITNESS_REQUIRED, StopSentence.WITNESS_REQUIRED.with(product.name(), product.cdSchedule()),
                    product.name() + " is a Schedule "
                    + product.cdSchedule() + " controlled drug: a second registered person must witness it.");
        }
        Optional<SecondChecks.Rule> siteRule = secondChecks.ruleFor(product, route);
        if (siteRule.isPresent() && claim == null) {
            throw new AdministrationStopped(Stop.WITNESS_REQUIRED, StopSentence.SECOND_CHECK_REQUIRED.with(product.name(),
                    siteRule.get().reason()), product.name() + " is checked by a second registered person here ("
                    + siteRule.get().reason() + "): they confirm with their own user name and password.");
        }
    }

    /**
     * Whether a bag put up needs a second person, as a dose of the product by the order's route would (an insulin infusion
     * where the site checks insulin, a controlled drug's): refused when one is needed and not named, named needlessly, or
     * is the nurse recording. Asked after the bag's scans, so only a bag that passed them reaches the password check.
     */
    public boolean witnessForBag(Prescription order, Product product, Witnessing.Claim claim, Actor by) {
        requireWitnessNamed(product, order.route(), claim);
        return requireWitnessAsNeeded(secondChecks.needed(product, order.route()), product, claim, by);
    }

    /**
     * A Schedule 1 to 3 controlled drug, and a medicine the site's second-check rules name, is witnessed by a second
     * person, who types their own user name and password; any other medicine has no witness. Asked last, so only a
     * dose that has passed every other check reaches the password check.
     */
    private static boolean requireWitnessAsNeeded(boolean needed, Product product, Witnessing.Claim claim, Actor by) {
        if (!needed) {
            if (claim != null) {
                throw new InvalidInputException("witness", StopSentence.NO_WITNESS_NEEDED.with(product.name()),
                        product.name() + " needs no witness: leave the witness out.");
            }
            return false;
        }
        if (claim.username() == null || claim.username().isBlank() || claim.password() == null) {
            throw new InvalidInputException("witness", StopSentence.WITNESS_SIGNS_IN.with(), "The witness enters their own user name and password.");
        }
        if (claim.username().strip().equals(by.username())) {
            throw new AdministrationStopped(Stop.WITNESS_NOT_ALLOWED, StopSentence.WITNESS_SAME_PERSON.with(),
                    "The witness must be someone other than the person giving the dose.");
        }
        return true;
    }

    /**
     * The wristband alone, checked the moment it is scanned, so that a nurse never sees it accepted for the wrong
     * patient: unreadable, not a wristband, or another patient's is a stop.
     */
    public void checkWristband(Patient patient, String wristband, LocalDate today) {
        ScanResult scan = BarcodeReader.read(wristband, today);
        if (scan instanceof UnreadableScan unreadable) {
            throw new AdministrationStopped(Stop.UNREADABLE_BARCODE, StopSentence.WRISTBAND_UNREADABLE.with(unreadable.problem().with()),
                    "The wristband could not be read: " + unreadable.reason());
        }
        if (!(scan instanceof WristbandScan band)) {
            throw new AdministrationStopped(Stop.WRONG_PATIENT, StopSentence.NOT_A_WRISTBAND.with(),
                    "That is not a wristband: scan the patient's wristband first.");
        }
        if (!band.hospitalNumber().equals(patient.hospitalNumber())) {
            String number = band.hospitalNumber().value();
            String open = patient.givenName() + " " + patient.familyName();
            String chart = patient.hospitalNumber().value();
            Optional<String> known = patientsByNumber.apply(band.hospitalNumber()).map(p -> p.givenName() + " " + p.familyName());
            String other = known.map(name -> name + " (" + number + ")").orElse("hospital number " + number + ", not a patient here");
            throw new AdministrationStopped(Stop.WRONG_PATIENT, known.map(name -> StopSentence.OTHER_PATIENT.with(name, number, open, chart))
                    .orElseGet(() -> StopSentence.UNKNOWN_WRISTBAND.with(number, open, chart)),
                    "Wrong patient: this wristband is " + other + "; the chart open is " + open + "'s (" + chart + ").");
        }
    }

    /**
     * A bag of an infusion put up at the bedside (the first, or a new one of the same order): the patient's wristband and
     * the product's barcode go through the same checks as a dose's — right patient, the product the order is for (a
     * made-up bag is scanned by the drug made up in it), not expired — and the order must be in force. Returns the scan.
     */
    public ProductScan checkBag(Patient patient, Prescription order, Product ordered, String wristband, String productBarcode,
                                LocalDate today) {
        checkWristband(patient, wristband, today);
        ProductScan scan = readProduct(productBarcode, today);
        requireOrderedProduct(productOf(scan), ordered);
        requireActive(order, ordered);
        if (scan.expiry() != null && scan.expiry().isBefore(today)) {
            throw new AdministrationStopped(Stop.EXPIRED_PRODUCT, StopSentence.EXPIRED.with(scan.expiry()),
                    "This product expired on " + scan.expiry() + ": do not give it.");
        }
        return scan;
    }

    private static ProductScan readProduct(String barcode, LocalDate today) {
        ScanResult scan = BarcodeReader.read(barcode, today);
        if (scan instanceof UnreadableScan unreadable) {
            throw new AdministrationStopped(Stop.UNREADABLE_BARCODE, StopSentence.PRODUCT_UNREADABLE.with(unreadable.problem().with()),
                    "The product barcode could not be read: " + unreadable.reason());
        }
        if (!(scan instanceof ProductScan product)) {
            throw new AdministrationStopped(Stop.UNKNOWN_PRODUCT, StopSentence.NOT_A_MEDICINE.with(), "That is a wristband, not a medicine: scan the product.");
        }
        return product;
    }

    private Product productOf(ProductScan scan) {
        return formulary.byGtin(scan.gtin()).orElseThrow(() -> new AdministrationStopped(Stop.UNKNOWN_PRODUCT,
                StopSentence.NOT_IN_FORMULARY.with(scan.gtin().value()), "The barcode " + scan.gtin().value() + " is not a product in this hospital's formulary."));
    }

    private static void requireOrderedProduct(Product scanned, Product ordered) {
        if (!scanned.code().equals(ordered.code())) {
            throw scanned.medicine().equals(ordered.medicine())
                    ? new AdministrationStopped(Stop.WRONG_STRENGTH, StopSentence.WRONG_STRENGTH.with(scanned.name(), ordered.name()),
                            "Wrong strength: this is " + scanned.name()
                            + "; the order is for " + ordered.name() + ".")
                    : new AdministrationStopped(Stop.PRODUCT_NOT_ORDERED, StopSentence.NOT_THIS_ORDER.with(scanned.name(), ordered.name()),
                            "This is " + scanned.name()
                            + ", which this order is not for: the order is for " + ordered.name() + ".");
        }
    }

    private AdministrationStopped productRefusal(Patient patient, Product product, List<Prescription> current) {
        Optional<Prescription> sameMedicine = current.stream().filter(p -> formulary.product(p.productCode())
                .map(o -> o.medicine().equals(product.medicine())).orElse(false)).findFirst();
        if (sameMedicine.isPresent()) {
            String ordered = formulary.product(sameMedicine.get().productCode()).map(Product::name).orElseThrow();
            return new AdministrationStopped(Stop.WRONG_STRENGTH, StopSentence.WRONG_STRENGTH.with(product.name(), ordered),
                    "Wrong strength: this is " + product.name() + "; the order is for "
                    + ordered + ".");
        }
        String name = patient.givenName() + " " + patient.familyName();
        return new AdministrationStopped(Stop.PRODUCT_NOT_ORDERED, StopSentence.NOT_ORDERED_FOR_PATIENT.with(product.name(), name),
                product.name() + " is not on any current order for " + name + ".");
    }

    /** The order is signed and in force: verified, or (a critical medicine, or under a direction) awaiting verification. */
    public static void requireActive(Prescription order, Product product) {
        switch (order.status()) {
            case VERIFIED -> { }
            case PENDING_VERIFICATION -> {
                if (!product.critical() && order.directionId() == null) {
                    throw new AdministrationStopped(Stop.NOT_VERIFIED, StopSentence.NOT_VERIFIED.with(), "This order has not been verified by pharmacy yet;"
                            + " only critical medicines may be given before verification.");
                }
            }
            case SUPERSEDED -> throw new AdministrationStopped(Stop.ORDER_NOT_ACTIVE, StopSentence.ORDER_CHANGED.with(),
                    "This order has been changed since the chart was opened: reload the chart and record against the new version.");
            default -> {
                String status = order.status().name().toLowerCase().replace('_', ' ');
                throw new AdministrationStopped(Stop.ORDER_NOT_ACTIVE, StopSentence.ORDER_NOT_ACTIVE.with(order.status().term()),
                        "This order is " + status + ": no dose may be recorded against it.");
            }
        }
    }

    /** The scheduled dose being recorded, which must be one of the order's: null for an as-needed order. */
    private static Instant scheduledDose(Prescription order, Instant requested, WardContext ward) {
        if (order.frequency() == Frequency.PRN) {
            if (requested != null) {
                throw new InvalidInputException("scheduledAt", StopSentence.PRN_NOT_SCHEDULED.with(), "An as-needed order has no scheduled doses.");
            }
            return null;
        }
        if (requested == null) {
            throw new InvalidInputException("scheduledAt", StopSentence.SAY_SCHEDULED_DOSE.with(), "Say which scheduled dose this is.");
        }
        List<Instant> times = ward.schedule().times(order.frequency(), order.startAt(), order.endAt(),
                requested.minusSeconds(1), requested.plusSeconds(1));
        if (!times.contains(requested)) {
            throw new InvalidInputException("scheduledAt", StopSentence.NO_DOSE_SCHEDULED_AT.with(requested),
                    "The order has no dose scheduled at " + requested + ".");
        }
        return requested;
    }

    private void requireNotRecorded(Prescription order, Instant scheduledAt, ZoneId zone) {
        for (Administration standing : DoseTimeline.effective(history.recordsOfDose(order.lineageId(), scheduledAt))) {
            String by = colleagueNames.apply(standing.recordedBy());
            String time = standing.recordedAt().atZone(zone).format(TIME);
            StopSentence sentence = standing.outcome() == Outcome.GIVEN ? StopSentence.ALREADY_GIVEN : StopSentence.ALREADY_NOT_GIVEN;
            throw new ConflictException(sentence.with(by, time), "This dose was already recorded as "
                    + standing.outcome().name().toLowerCase().replace('_', ' ') + " by " + by + " at " + time + ".");
        }
    }

    /**
     * The scheduled dose a nurse has just scanned the product for, checked the moment the product is scanned: a dose
     * whose window has not opened yet is a stop ({@link Stop#NOT_DUE}) saying when it is due, before anything else is
     * asked. Recording it still stops without a reason for giving it early; this only says so sooner.
     */
    public void checkScannedDose(Prescription order, Product product, Instant scheduledAt, WardContext ward, Instant now) {
        Instant dose = scheduledDose(order, scheduledAt, ward);
        if (dose != null && ward.windowFor(product).statusAt(dose, now) == DueStatus.NOT_YET_DUE) {
            throw AdministrationStopped.notDue(DoseNotYetDue.of(dose, ward.windowFor(product).around(dose).opens(), ward.zone(), now));
        }
    }

    private static void checkWindow(Product product, Instant scheduledAt, Instant at, String timingReason, WardContext ward,
                                    Instant now) {
        DoseWindow window = ward.windowFor(product);
        DueStatus status = window.statusAt(scheduledAt, at);
        if (status == DueStatus.DUE || timingReason != null) {
            return;
        }
        DoseWindow.Bounds bounds = window.around(scheduledAt);
        if (status == DueStatus.NOT_YET_DUE) {
            throw AdministrationStopped.notDue(DoseNotYetDue.of(scheduledAt, bounds.opens(), ward.zone(), now));
        }
        String time = scheduledAt.atZone(ward.zone()).format(TIME);
        String closes = bounds.closes().atZone(ward.zone()).format(TIME);
        throw new AdministrationStopped(Stop.OVERDUE_NEEDS_REASON, StopSentence.OVERDUE.with(time, closes), "The " + time
                + " dose is overdue: its window closed at " + closes + ". Record the reason it is given late.");
    }

    private static void checkPrnLimits(Prescription order, List<Instant> givenTimes, Instant at, ZoneId zone) {
        PrnDecision decision = new PrnAllowance(order.prnMinIntervalHours(), order.prnMaxPer24h()).decide(givenTimes, at, zone);
        if (decision instanceof PrnDecision.Refused refused) {
            throw new AdministrationStopped(refused.limit() == PrnDecision.PrnLimit.MINIMUM_INTERVAL ? Stop.PRN_INTERVAL
                    : Stop.PRN_MAXIMUM, refused.wording(), refused.message());
        }
    }

    /** When the order's standing doses were given within the as-needed look-back. */
    private List<Instant> givenTimes(Prescription order, Instant at) {
        return DoseTimeline.effective(history.recordsAdministeredAfter(order.lineageId(), at.minus(PRN_LOOK_BACK))).stream()
                .filter(a -> a.outcome() == Outcome.GIVEN).map(Administration::administeredAt).toList();
    }

    private static Quantity givenDose(BedsideAdministration.RecordRequest.GivenDetails details, Prescription order) {
        Dose prescribed = order.prescribedDose();
        Unit ordered = prescribed.unit();
        if (details.dose() == null) {
            if (prescribed.isRange()) {
                // the bottom of the range is not a default: the nurse chose the amount, and the record must say it
                throw new InvalidInputException("dose", StopSentence.RANGE_AMOUNT_NEEDED.with(prescribed.wording()),
                        "The order is a dose range (" + prescribed.display() + "): record the amount given.");
            }
            return new Quantity(order.dose(), ordered);
        }
        if (details.dose().signum() <= 0) {
            throw new InvalidInputException("dose", StopSentence.DOSE_MORE_THAN_ZERO.with(), "The dose given must be more than zero.");
        }
        Unit unit = details.doseUnit() == null ? ordered : Unit.parse(details.doseUnit()).orElseThrow(() ->
                new InvalidInputException("doseUnit", StopSentence.UNKNOWN_UNIT.with(Text.echoed(details.doseUnit())),
                        Text.echo(details.doseUnit()) + " is not a unit this system knows."));
        Quantity given = new Quantity(details.dose(), unit);
        if (!given.convertibleTo(ordered)) {
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, StopSentence.DOSE_UNIT.with(ordered.symbol(), given.wording()),
                    "The dose is prescribed in " + ordered.symbol()
                    + "; " + given.display() + " cannot be compared with it.");
        }
        if (prescribed.admits(given)) {
            return given;
        }
        if (prescribed.isRange()) {
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED,
                    StopSentence.DOSE_OUTSIDE_RANGE.with(given.wording(), prescribed.wording()),
                    given.display() + " is outside the prescribed dose range, " + prescribed.display() + ".");
        }
        String shown = prescribed.display();
        throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, StopSentence.DOSE_NOT_PRESCRIBED.with(given.wording(), prescribed.wording()),
                given.display() + " is not the prescribed dose (" + shown + ").");
    }


    private static Identification identification(BedsideAdministration.RecordRequest.Identifying identifying) {
        if (identifying.identifiedBy() == null) {
            throw new InvalidInputException("identifiedBy", StopSentence.SAY_HOW_IDENTIFIED.with(),
                    "Say whether the patient and product were scanned (SCAN) or checked by hand (MANUAL).");
        }
        if (identifying.identifiedBy() == Identification.MANUAL
                && Text.optional("manualReason", identifying.manualReason(), 500) == null) {
            throw new InvalidInputException("manualReason", StopSentence.MANUAL_REASON_NEEDED.with(), "Give the reason the barcodes could not be scanned.");
        }
        return identifying.identifiedBy();
    }

    private static NotGivenReason notGivenReason(BedsideAdministration.RecordRequest.NotGivenDetails notGiven) {
        if (notGiven.reason() == null) {
            throw new InvalidInputException("reason", StopSentence.NOT_GIVEN_REASON_NEEDED.with(), "Give the reason the dose was not given.");
        }
        if (notGiven.reason().needsNote() && Text.optional("note", notGiven.note(), 500) == null) {
            throw new InvalidInputException("note", StopSentence.NOT_GIVEN_NOTE_NEEDED.with(notGiven.reason().term()),
                    "A dose not given for " + notGiven.reason().name().toLowerCase().replace('_', ' ')
                    + " needs a note saying more.");
        }
        return notGiven.reason();
    }
}
