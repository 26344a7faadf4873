package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.glucose.GlucoseReadings;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.Prescriptions;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/**
 * Recording doses at the bedside: load the order, the patient and the ward, ask {@link FiveRights}, confirm the
 * witness it asks for, store the record, audit it, and complete a once-only order whose dose was given. Records of one
 * order are made one at a time (the order's row is locked), so two nurses recording the same dose cannot both
 * succeed, and a retried request with the same idempotency key returns the first record.
 */
@ApplicationScoped
@Transactional
public class BedsideAdministration {

    static final String ENTITY = "Administration";
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);
    // a time and a date that read the same in either language, for the sentence a screen words
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final Prescriptions prescriptions;
    private final Administrations administrations;
    private final FormularyContent content;
    private final PatientRecords patients;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffAccounts staff;
    private final Prescribing prescribing;
    private final Witnessing witnessing;
    private final SecondCheckRegister secondChecks;
    private final OrdersFromBags fromBags;
    private final GlucoseReadings glucose;
    /** Enough readings to find the latest before a dose recorded late, with readings taken since. */
    private static final int RECENT_GLUCOSE = 20;

    /**
     * A dose to record: which patient, order and scheduled dose ({@code timing.scheduledAt}, empty for as-needed
     * orders), the outcome, how patient and product were identified, what was given or why not, and the witness a
     * controlled drug needs (their user name and password, asked only for such a dose). A GIVEN dose identified by
     * SCAN carries both scans, one identified by hand the reason scanning was not possible. The dose and its unit
     * default to the prescribed dose, the time given to now.
     */
    public record RecordRequest(String idempotencyKey, long patientId, long prescriptionId, Outcome outcome, Timing timing,
                                Identifying identifying, GivenDetails given, NotGivenDetails notGiven, String prnReason,
                                Witnessing.Claim witness) {

        /** Which scheduled dose (null: as needed), when it was given (null: now), and why outside its window or late. */
        public record Timing(Instant scheduledAt, Instant administeredAt, String timingReason) {
        }

        /** How the patient and product were identified: the two scans, or by hand with the reason. */
        public record Identifying(Identification identifiedBy, String wristband, String productBarcode, String manualReason) {
        }

        /** What was given; each null part defaults from the order or the scan. */
        public record GivenDetails(BigDecimal dose, String doseUnit, Route route, String site, String batch, LocalDate expiry) {
        }

        /** Why a dose was not given, and the note some reasons need. */
        public record NotGivenDetails(NotGivenReason reason, String note) {
        }

        public RecordRequest {
            timing = timing == null ? new Timing(null, null, null) : timing;
            identifying = identifying == null ? new Identifying(null, null, null, null) : identifying;
            given = given == null ? new GivenDetails(null, null, null, null, null, null) : given;
            notGiven = notGiven == null ? new NotGivenDetails(null, null) : notGiven;
        }

        /** The request as the API's body carries it, field by field. */
        public RecordRequest(String idempotencyKey, long patientId, long prescriptionId, Instant scheduledAt, Outcome outcome,
                             Identification identifiedBy, String wristband, String productBarcode, String manualReason,
                             BigDecimal dose, String doseUnit, Route route, String site, String batch, LocalDate expiry,
                             NotGivenReason reason, String note, String prnReason, String timingReason, Instant administeredAt,
                             Witnessing.Claim witness) {
            this(idempotencyKey, patientId, prescriptionId, outcome, new Timing(scheduledAt, administeredAt, timingReason),
                    new Identifying(identifiedBy, wristband, productBarcode, manualReason),
                    new GivenDetails(dose, doseUnit, route, site, batch, expiry), new NotGivenDetails(reason, note), prnReason,
                    witness);
        }
    }

    @Inject
    public BedsideAdministration(Prescriptions prescriptions, Administrations administrations, FormularyContent content,
                                 PatientRecords patients, WardService wards, AuditTrail audit, Clock clock, StaffAccounts staff,
                                 Prescribing prescribing, Witnessing witnessing, SecondCheckRegister secondChecks,
                                 OrdersFromBags fromBags, GlucoseReadings glucose) {
        this.prescriptions = prescriptions;
        this.administrations = administrations;
        this.content = content;
        this.patients = patients;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
        this.staff = staff;
        this.prescribing = prescribing;
        this.witnessing = witnessing;
        this.secondChecks = secondChecks;
        this.fromBags = fromBags;
        this.glucose = glucose;
    }

    protected BedsideAdministration() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The wristband scanned at the bedside is this patient's: the screen asks this before the product is scanned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkWristband(long patientId, String wristband) {
        Patient patient = patients.get(patientId);
        fiveRights().checkWristband(patient, wristband, LocalDate.now(clock.withZone(context(patientId).zone())));
    }

    /**
     * Which of the patient's current orders a scanned product is for, checking the wristband first: the screen asks
     * this after the two scans and shows the nurse what will be recorded. When the screen then names the dose it will
     * record ({@code dose}, null until then: one of those orders and its scheduled time), that dose is checked too, so
     * a dose whose window has not opened is stopped at the scan, before anything else is asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> ordersForScan(long patientId, String wristband, String productBarcode, ScannedDose dose) {
        Patient patient = patients.get(patientId);
        WardContext ward = context(patientId);
        Instant now = clock.instant();
        FiveRights fiveRights = fiveRights();
        List<Prescription> orders = fiveRights.ordersForScan(patient, wristband, productBarcode, LocalDate.ofInstant(now, ward.zone()),
                prescriptions.current(patientId));
        if (dose != null && dose.scheduledAt() != null) {
            Prescription order = orders.stream().filter(o -> o.id() != null && o.id() == dose.prescriptionId()).findFirst().orElseThrow(() ->
                    new InvalidInputException("prescriptionId", StopSentence.SCANNED_NOT_FOR_ORDER.with(dose.prescriptionId()),
                            "The scanned product is not for order " + dose.prescriptionId() + "."));
            Product product = content.formulary().product(order.productCode()).orElseThrow();
            fiveRights.checkScannedDose(order, product, dose.scheduledAt(), ward, now);
        }
        return orders;
    }

    /** The dose a screen is about to record once the product is scanned: the order and its scheduled time. */
    public record ScannedDose(long prescriptionId, Instant scheduledAt) {
    }

    /**
     * Records a dose after every check. A witness's refused password is audited and the refusal thrown: that entry
     * commits (nothing else of the record has been written by then), so the transaction does not roll back for it.
     */
    @Transactional(dontRollbackOn = WitnessNotConfirmed.class)
    public Administration record(RecordRequest request, Actor by) {
        try {
            requireKey(request.idempotencyKey());
            AdministrationDuties.requireMayRecord(request.outcome(), by);
            Prescription order = prescriptions.findLocked(request.prescriptionId())
                    .filter(o -> o.patientId().equals(request.patientId()))
                    .orElseThrow(() -> new NotFoundException("prescription", request.prescriptionId() + " of patient " + request.patientId()));
            Optional<Administration> earlier = administrations.byKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), earlier.get().patientId(), request.patientId());
            }
            Patient patient = patients.get(request.patientId());
            Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                    new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
            if (!fromBags.among(List.of(order.id())).isEmpty()) {
                throw new ConflictException(RecordSentence.GIVEN_FROM_BAGS.with(product.name()), product.name()
                        + " runs from bags: start, change and stop it under the patient's infusions at the bedside, not as a dose.");
            }
            FiveRights.Decision decision = fiveRights().check(new FiveRights.Bedside(patient, order, product,
                    context(patient.id()), clock.instant(), by, order.correctionScale() == null ? List.of()
                    : glucose.latest(patient.id(), RECENT_GLUCOSE)), request);
            String witness = decision.needsWitness()
                    ? witnessing.confirm(request.witness(), by, "order " + order.id() + " (" + product.name() + ")") : null;
            Administration record = decision.record(witness);
            administrations.add(record);
            audit.record(by, AuditAction.CREATED, ENTITY, record.id(), null, record.auditState(), summary(record, product));
            if (record.outcome() == Outcome.GIVEN) {
                prescribing.completeSingleDose(order, by);
            }
            return record;
        } finally {
            if (request.witness() != null && request.witness().password() != null) {
                Arrays.fill(request.witness().password(), '\0');
            }
        }
    }

    private FiveRights fiveRights() {
        return new FiveRights(content.formulary(), administrations, patients::findByHospitalNumber, this::who, secondChecks.checks());
    }

    /**
     * Strikes through a record made in error, with a reason; the record stays on the chart, marked. Only the person who
     * made the record, or the nurse in charge, may.
     */
    public Administration strikeThrough(long administrationId, String reason, String idempotencyKey, Actor by) {
        requireKey(idempotencyKey);
        Administration original = get(administrationId);
        prescriptions.findLocked(original.prescriptionId());
        Optional<Administration> earlier = administrations.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), earlier.get().correctsId(), administrationId);
        }
        AdministrationDuties.requireMayStrikeThrough(original, by);
        if (original.outcome() == Outcome.IN_ERROR) {
            throw new ConflictException(RecordSentence.CORRECTION_NOT_STRUCK.with(), "This is itself a correction; it cannot be struck through.");
        }
        Optional<Administration> already = administrations.correctionOf(administrationId);
        if (already.isPresent()) {
            ZonedDateTime at = already.get().recordedAt().atZone(context(original.patientId()).zone());
            throw new ConflictException(RecordSentence.ALREADY_IN_ERROR.with(who(already.get().recordedBy()),
                    StopSentence.TIME_ON_DATE.with(at.format(CLOCK), at.format(NUMERIC_DATE))),
                    "This record was already marked in error by " + who(already.get().recordedBy()) + " at "
                    + at.format(DAY_AND_TIME) + ".");
        }
        String why = text("reason", reason, 500);
        if (why == null) {
            throw new InvalidInputException("reason", StopSentence.IN_ERROR_REASON_NEEDED.with(), "Say why the record was made in error.");
        }
        Administration correction = original.strikeThrough(why, idempotencyKey, clock.instant(), by.username());
        administrations.add(correction);
        audit.record(by, AuditAction.CREATED, ENTITY, correction.id(), original.auditState(), correction.auditState(),
                "record " + administrationId + " marked in error: " + why);
        return correction;
    }

    /** The effect of an as-needed dose, recorded afterwards. */
    public PrnEffect recordEffect(long administrationId, String effect, String idempotencyKey, Actor by) {
        requireKey(idempotencyKey);
        Optional<PrnEffect> earlier = administrations.effectByKey(idempotencyKey);
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), earlier.get().administrationId(), administrationId);
        }
        Administration given = get(administrationId);
        if (given.outcome() != Outcome.GIVEN || given.scheduledAt() != null) {
            throw new ConflictException(RecordSentence.EFFECT_ONLY_FOR_PRN_GIVEN.with(), "An effect is recorded for an as-needed dose that was given.");
        }
        String text = text("effect", effect, 500);
        if (text == null) {
            throw new InvalidInputException("effect", StopSentence.EFFECT_NEEDED.with(), "Describe the effect of the dose.");
        }
        PrnEffect recorded = new PrnEffect(idempotencyKey, administrationId, text, clock.instant(), by.username());
        administrations.addEffect(recorded);
        audit.record(by, AuditAction.CREATED, "PrnEffect", recorded.id(), null, "{\"administrationId\":" + administrationId + "}",
                text);
        return recorded;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Administration get(long id) {
        return administrations.find(id).orElseThrow(() -> new NotFoundException("administration", id));
    }

    /** The ward a patient is on now, or the hospital defaults. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WardContext context(long patientId) {
        return WardContext.of(wards.currentPlace(patientId));
    }

    private static String summary(Administration record, Product product) {
        return switch (record.outcome()) {
            case GIVEN -> "given: " + product.name() + " " + record.givenDose().orElseThrow().display()
                    + (record.witnessedBy() == null ? "" : ", witnessed by " + record.witnessedBy())
                    + (record.manualReason() == null ? "" : ", not scanned: " + record.manualReason());
            case NOT_GIVEN -> "not given: " + record.notGivenReason() + (record.note() == null ? "" : " (" + record.note() + ")");
            case IN_ERROR -> "in error";
        };
    }

    /** "Nia Evans (nurse.evans)": the name a colleague knows, and the user name that is unique. */
    private String who(String username) {
        return staff.find(username).map(u -> u.displayName() + " (" + username + ")").orElse(username);
    }

    /** A repeated key answers with the first result, unless it was used for something else. */
    private static <T> T sameRequest(T earlier, Object earlierTarget, Object target) {
        if (!String.valueOf(earlierTarget).equals(String.valueOf(target))) {
            throw new ConflictException(RecordSentence.KEY_REUSED.with(), "This idempotency key was already used for a different record.");
        }
        return earlier;
    }

    public static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", StopSentence.IDEMPOTENCY_KEY_NEEDED.with(), "Every record needs an idempotency key of 1 to 100 characters,"
                    + " so that a retried request records once.");
        }
    }

    /** Stripped text, null when blank; longer than {@code max} or holding NUL is refused naming the field. */
    static String text(String field, String value, int max) {
        return Text.optional(field, value, max);
    }
}
