package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.ward.DoseWindow;
import org.epma.prescribing.ward.DueStatus;
import org.epma.prescribing.ward.WardContext;
import org.epma.prescribing.ward.WardService;

/**
 * Recording doses at the bedside. Every record passes the five rights (patient, medicine and strength, dose, route,
 * time) and the order's state before anything is saved; a failure stops the record with one sentence saying why.
 * Records of one order are made one at a time (the order's row is locked), so two nurses recording the same dose
 * cannot both succeed, and a retried request with the same idempotency key returns the first record.
 */
@ApplicationScoped
@Transactional
public class BedsideAdministration {

    static final String ENTITY = "Administration";
    /** A record made this long after the dose was given is a late entry and says why. */
    static final Duration LATE_ENTRY = Duration.ofMinutes(15);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final FormularyContent content;
    private final PatientRecords patients;
    private final WardService wards;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffAccounts staff;
    private final Prescribing prescribing;
    private final Witnessing witnessing;

    /**
     * A dose to record. {@code scheduledAt} names the scheduled dose (empty for as-needed orders); a GIVEN dose
     * identified by SCAN carries both scans, one identified by hand carries the reason scanning was not possible.
     * {@code dose} and {@code doseUnit} default to the prescribed dose, {@code administeredAt} to now.
     * {@code witness} names the second person a controlled drug needs, with their password (asked only for such a dose).
     */
    public record RecordRequest(String idempotencyKey, long patientId, long prescriptionId, Instant scheduledAt,
                                Outcome outcome, Identification identifiedBy, String wristband, String productBarcode,
                                String manualReason, BigDecimal dose, String doseUnit, Route route, String site,
                                String batch, LocalDate expiry, NotGivenReason reason, String note, String prnReason,
                                String timingReason, Instant administeredAt, Witnessing.Claim witness) {
    }

    @Inject
    public BedsideAdministration(FormularyContent content, PatientRecords patients, WardService wards, AuditTrail audit,
                                 Clock clock, StaffAccounts staff, Prescribing prescribing, Witnessing witnessing) {
        this.content = content;
        this.patients = patients;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
        this.staff = staff;
        this.prescribing = prescribing;
        this.witnessing = witnessing;
    }

    protected BedsideAdministration() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * Which of the patient's current orders a scanned product is for, checking the wristband first: the screen asks
     * this after the two scans and shows the nurse what will be recorded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Prescription> ordersForScan(long patientId, String wristband, String productBarcode) {
        Patient patient = patients.get(patientId);
        LocalDate today = LocalDate.now(clock.withZone(context(patientId).zone()));
        checkWristband(patient, wristband, today);
        ProductScan scan = readProduct(productBarcode, today);
        Product product = productOf(scan);
        List<Prescription> current = em.createQuery("select p from Prescription p where p.patientId = :p and p.status in :s"
                        + " order by p.lineageId", Prescription.class)
                .setParameter("p", patientId).setParameter("s", PrescriptionStatus.CURRENT).getResultList();
        List<Prescription> matching = current.stream().filter(p -> p.productCode().equals(product.code())).toList();
        if (matching.isEmpty()) {
            throw productRefusal(patient, product, current);
        }
        return matching;
    }

    /**
     * Records a dose after every check. A witness's refused password is audited and the refusal thrown: that entry
     * commits (nothing else of the record has been written by then), so the transaction does not roll back for it.
     */
    @Transactional(dontRollbackOn = WitnessNotConfirmed.class)
    public Administration record(RecordRequest request, Actor by) {
        requireKey(request.idempotencyKey());
        AdministrationDuties.requireMayRecord(request.outcome(), by);
        Prescription order = em.find(Prescription.class, request.prescriptionId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.patientId().equals(request.patientId())) {
            throw new NotFoundException("prescription", request.prescriptionId() + " of patient " + request.patientId());
        }
        Optional<Administration> earlier = byKey(Administration.class, request.idempotencyKey());
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), earlier.get().patientId(), request.patientId());
        }
        Patient patient = patients.get(request.patientId());
        WardContext ward = context(patient.id());
        Instant now = clock.instant();
        Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names product " + order.productCode() + ", not in the formulary"));
        Instant at = request.administeredAt() == null ? now : request.administeredAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("administeredAt", "A dose cannot be recorded for a time still to come.");
        }
        if (request.outcome() == null || request.outcome() == Outcome.IN_ERROR) {
            throw new InvalidInputException("outcome", "Say whether the dose was GIVEN or NOT_GIVEN.");
        }
        requireActive(order, product);
        String timingReason = text("timingReason", request.timingReason(), 500);
        if (at.isBefore(now.minus(LATE_ENTRY)) && timingReason == null) {
            throw new AdministrationStopped(Stop.LATE_ENTRY_NEEDS_REASON, "This is recorded after the event (the dose was at "
                    + at.atZone(ward.zone()).format(TIME) + "): give the reason for the late entry.");
        }
        Instant scheduledAt = scheduledDose(order, request.scheduledAt(), ward);
        Administration.Circumstances how = new Administration.Circumstances(request.idempotencyKey(),
                request.outcome() == Outcome.GIVEN ? identification(request) : null,
                request.identifiedBy() == Identification.MANUAL ? text("manualReason", request.manualReason(), 500) : null,
                timingReason, at, now, by.username(), null);
        Administration record;
        if (request.outcome() == Outcome.NOT_GIVEN) {
            if (scheduledAt == null) {
                throw new InvalidInputException("outcome", "An as-needed dose is recorded only when it is given.");
            }
            if (request.witness() != null) {
                throw new InvalidInputException("witness", "A dose not given has no witness: leave the witness out.");
            }
            requireNotRecorded(order, scheduledAt, ward.zone());
            record = Administration.notGiven(order, scheduledAt, notGivenReason(request), text("note", request.note(), 500), how);
        } else {
            record = given(request, order, product, patient, scheduledAt, at, how, ward, by);
        }
        em.persist(record);
        em.flush();
        audit.record(by, AuditAction.CREATED, ENTITY, record.id(), null, record.auditState(), summary(record, product));
        if (record.outcome() == Outcome.GIVEN) {
            prescribing.completeSingleDose(order, by);
        }
        return record;
    }

    private Administration given(RecordRequest request, Prescription order, Product product, Patient patient,
                                 Instant scheduledAt, Instant at, Administration.Circumstances how, WardContext ward, Actor by) {
        LocalDate today = LocalDate.now(clock.withZone(ward.zone()));
        String gtin = null;
        String batch = text("batch", request.batch(), 20);
        LocalDate expiry = request.expiry();
        String serial = null;
        if (how.identifiedBy() == Identification.SCAN) {
            checkWristband(patient, request.wristband(), today);
            ProductScan scan = readProduct(request.productBarcode(), today);
            Product scanned = productOf(scan);
            if (!scanned.code().equals(product.code())) {
                throw scanned.medicine().equals(product.medicine())
                        ? new AdministrationStopped(Stop.WRONG_STRENGTH, "Wrong strength: this is " + scanned.name()
                                + "; the order is for " + product.name() + ".")
                        : new AdministrationStopped(Stop.PRODUCT_NOT_ORDERED, "This is " + scanned.name()
                                + ", which this order is not for: the order is for " + product.name() + ".");
            }
            gtin = scan.gtin().value();
            batch = scan.batch() != null ? scan.batch() : batch;
            expiry = scan.expiry() != null ? scan.expiry() : expiry;
            serial = scan.serial();
        }
        if (expiry != null && expiry.isBefore(today)) {
            throw new AdministrationStopped(Stop.EXPIRED_PRODUCT, "This product expired on " + expiry + ": do not give it.");
        }
        Route route = request.route() == null ? order.route() : request.route();
        if (route != order.route()) {
            throw new AdministrationStopped(Stop.WRONG_ROUTE, "The order is for the " + order.route().words()
                    + " route, not " + route.words() + ".");
        }
        String site = text("site", request.site(), 100);
        if ((route == Route.IM || route == Route.SC) && site == null) {
            throw new InvalidInputException("site", "Record the injection site.");
        }
        Quantity dose = givenDose(request, order);
        if (product.strictlyControlled() && request.witness() == null) {
            throw new AdministrationStopped(Stop.WITNESS_REQUIRED, product.name() + " is a Schedule "
                    + product.cdSchedule() + " controlled drug: a second registered person must witness it.");
        }
        String prnReason = null;
        if (scheduledAt == null) {
            prnReason = text("prnReason", request.prnReason(), 200);
            if (prnReason == null) {
                throw new InvalidInputException("prnReason", "Give the reason this as-needed dose is given.");
            }
            checkPrnLimits(order, at, ward.zone());
        } else {
            requireNotRecorded(order, scheduledAt, ward.zone());
            checkWindow(product, scheduledAt, at, how.timingReason(), ward);
        }
        BigDecimal quantity = product.amountFor(dose).map(Quantity::amount).map(BigDecimal::stripTrailingZeros).orElse(null);
        Administration.Given given = new Administration.Given(dose.amount(), dose.unit(), quantity, route, site,
                product.code(), gtin, batch, expiry, serial);
        Administration.Circumstances witnessed = new Administration.Circumstances(how.idempotencyKey(), how.identifiedBy(),
                how.manualReason(), how.timingReason(), how.administeredAt(), how.recordedAt(), how.recordedBy(),
                witness(product, order, request.witness(), by));
        return Administration.given(order, scheduledAt, given, prnReason, witnessed);
    }

    /**
     * The confirmed witness of a controlled drug, asked last: the password is checked only for a dose that needs a
     * witness and has passed every other check, so the field cannot be used to try passwords.
     */
    private String witness(Product product, Prescription order, Witnessing.Claim claim, Actor by) {
        if (!product.strictlyControlled()) {
            if (claim != null) {
                throw new InvalidInputException("witness", product.name() + " needs no witness: leave the witness out.");
            }
            return null;
        }
        return witnessing.confirm(claim, by, "order " + order.id() + " (" + product.name() + ")");
    }

    /**
     * Strikes through a record made in error, with a reason; the record stays on the chart, marked. Only the person who
     * made the record, or the nurse in charge, may.
     */
    public Administration strikeThrough(long administrationId, String reason, String idempotencyKey, Actor by) {
        requireKey(idempotencyKey);
        Administration original = em.find(Administration.class, administrationId);
        if (original == null) {
            throw new NotFoundException("administration", administrationId);
        }
        em.find(Prescription.class, original.prescriptionId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Administration> earlier = byKey(Administration.class, idempotencyKey);
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), earlier.get().correctsId(), administrationId);
        }
        AdministrationDuties.requireMayStrikeThrough(original, by);
        if (original.outcome() == Outcome.IN_ERROR) {
            throw new ConflictException("This is itself a correction; it cannot be struck through.");
        }
        Optional<Administration> already = em.createQuery("select a from Administration a where a.correctsId = :id", Administration.class)
                .setParameter("id", administrationId).getResultStream().findFirst();
        if (already.isPresent()) {
            throw new ConflictException("This record was already marked in error by " + who(already.get().recordedBy()) + " at "
                    + already.get().recordedAt().atZone(context(original.patientId()).zone()).format(DAY_AND_TIME) + ".");
        }
        String why = text("reason", reason, 500);
        if (why == null) {
            throw new InvalidInputException("reason", "Say why the record was made in error.");
        }
        Administration correction = original.strikeThrough(why, idempotencyKey, clock.instant(), by.username());
        em.persist(correction);
        em.flush();
        audit.record(by, AuditAction.CREATED, ENTITY, correction.id(), original.auditState(), correction.auditState(),
                "record " + administrationId + " marked in error: " + why);
        return correction;
    }

    /** The effect of an as-needed dose, recorded afterwards. */
    public PrnEffect recordEffect(long administrationId, String effect, String idempotencyKey, Actor by) {
        requireKey(idempotencyKey);
        Optional<PrnEffect> earlier = byKey(PrnEffect.class, idempotencyKey);
        if (earlier.isPresent()) {
            return sameRequest(earlier.get(), earlier.get().administrationId(), administrationId);
        }
        Administration given = em.find(Administration.class, administrationId);
        if (given == null) {
            throw new NotFoundException("administration", administrationId);
        }
        if (given.outcome() != Outcome.GIVEN || given.scheduledAt() != null) {
            throw new ConflictException("An effect is recorded for an as-needed dose that was given.");
        }
        String text = text("effect", effect, 500);
        if (text == null) {
            throw new InvalidInputException("effect", "Describe the effect of the dose.");
        }
        PrnEffect recorded = new PrnEffect(idempotencyKey, administrationId, text, clock.instant(), by.username());
        em.persist(recorded);
        em.flush();
        audit.record(by, AuditAction.CREATED, "PrnEffect", recorded.id(), null, "{\"administrationId\":" + administrationId + "}",
                text);
        return recorded;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Administration get(long id) {
        Administration a = em.find(Administration.class, id);
        if (a == null) {
            throw new NotFoundException("administration", id);
        }
        return a;
    }

    /** The ward a patient is on now, or the hospital defaults. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WardContext context(long patientId) {
        return WardContext.of(wards.currentPlace(patientId));
    }

    private void checkWristband(Patient patient, String wristband, LocalDate today) {
        ScanResult scan = BarcodeReader.read(wristband, today);
        if (scan instanceof UnreadableScan unreadable) {
            throw new AdministrationStopped(Stop.UNREADABLE_BARCODE, "The wristband could not be read: " + unreadable.reason());
        }
        if (!(scan instanceof WristbandScan band)) {
            throw new AdministrationStopped(Stop.WRONG_PATIENT, "That is not a wristband: scan the patient's wristband first.");
        }
        if (!band.hospitalNumber().equals(patient.hospitalNumber())) {
            String other = patients.findByHospitalNumber(band.hospitalNumber())
                    .map(p -> p.givenName() + " " + p.familyName() + " (" + band.hospitalNumber().value() + ")")
                    .orElse("hospital number " + band.hospitalNumber().value() + ", not a patient here");
            throw new AdministrationStopped(Stop.WRONG_PATIENT, "Wrong patient: this wristband is " + other + "; the chart open is "
                    + patient.givenName() + " " + patient.familyName() + "'s (" + patient.hospitalNumber().value() + ").");
        }
    }

    private static ProductScan readProduct(String barcode, LocalDate today) {
        ScanResult scan = BarcodeReader.read(barcode, today);
        if (scan instanceof UnreadableScan unreadable) {
            throw new AdministrationStopped(Stop.UNREADABLE_BARCODE, "The product barcode could not be read: " + unreadable.reason());
        }
        if (!(scan instanceof ProductScan product)) {
            throw new AdministrationStopped(Stop.UNKNOWN_PRODUCT, "That is a wristband, not a medicine: scan the product.");
        }
        return product;
    }

    private Product productOf(ProductScan scan) {
        return content.formulary().byGtin(scan.gtin()).orElseThrow(() -> new AdministrationStopped(Stop.UNKNOWN_PRODUCT,
                "The barcode " + scan.gtin().value() + " is not a product in this hospital's formulary."));
    }

    private AdministrationStopped productRefusal(Patient patient, Product product, List<Prescription> current) {
        Optional<Prescription> sameMedicine = current.stream().filter(p -> content.formulary().product(p.productCode())
                .map(o -> o.medicine().equals(product.medicine())).orElse(false)).findFirst();
        if (sameMedicine.isPresent()) {
            String ordered = content.formulary().product(sameMedicine.get().productCode()).map(Product::name).orElseThrow();
            return new AdministrationStopped(Stop.WRONG_STRENGTH, "Wrong strength: this is " + product.name() + "; the order is for "
                    + ordered + ".");
        }
        return new AdministrationStopped(Stop.PRODUCT_NOT_ORDERED, product.name() + " is not on any current order for "
                + patient.givenName() + " " + patient.familyName() + ".");
    }

    private void requireActive(Prescription order, Product product) {
        switch (order.status()) {
            case VERIFIED -> { }
            case PENDING_VERIFICATION -> {
                if (!product.critical()) {
                    throw new AdministrationStopped(Stop.NOT_VERIFIED, "This order has not been verified by pharmacy yet;"
                            + " only critical medicines may be given before verification.");
                }
            }
            case SUPERSEDED -> throw new AdministrationStopped(Stop.ORDER_NOT_ACTIVE,
                    "This order has been changed since the chart was opened: reload the chart and record against the new version.");
            default -> throw new AdministrationStopped(Stop.ORDER_NOT_ACTIVE, "This order is "
                    + order.status().name().toLowerCase().replace('_', ' ') + ": no dose may be recorded against it.");
        }
    }

    /** The scheduled dose being recorded, which must be one of the order's: null for an as-needed order. */
    private static Instant scheduledDose(Prescription order, Instant requested, WardContext ward) {
        if (order.frequency() == Frequency.PRN) {
            if (requested != null) {
                throw new InvalidInputException("scheduledAt", "An as-needed order has no scheduled doses.");
            }
            return null;
        }
        if (requested == null) {
            throw new InvalidInputException("scheduledAt", "Say which scheduled dose this is.");
        }
        List<Instant> times = ward.schedule().times(order.frequency(), order.startAt(), order.endAt(),
                requested.minusSeconds(1), requested.plusSeconds(1));
        if (!times.contains(requested)) {
            throw new InvalidInputException("scheduledAt", "The order has no dose scheduled at " + requested + ".");
        }
        return requested;
    }

    private void requireNotRecorded(Prescription order, Instant scheduledAt, ZoneId zone) {
        List<Administration> records = em.createQuery("select a from Administration a where a.lineageId = :l and a.scheduledAt = :t",
                Administration.class).setParameter("l", order.lineageId()).setParameter("t", scheduledAt).getResultList();
        for (Administration standing : DoseTimeline.effective(records)) {
            throw new ConflictException("This dose was already recorded as " + standing.outcome().name().toLowerCase().replace('_', ' ')
                    + " by " + who(standing.recordedBy()) + " at " + standing.recordedAt().atZone(zone).format(TIME) + ".");
        }
    }

    private static void checkWindow(Product product, Instant scheduledAt, Instant at, String timingReason, WardContext ward) {
        DoseWindow window = ward.windowFor(product);
        DueStatus status = window.statusAt(scheduledAt, at);
        if (status == DueStatus.DUE || timingReason != null) {
            return;
        }
        DoseWindow.Bounds bounds = window.around(scheduledAt);
        String dose = "The " + scheduledAt.atZone(ward.zone()).format(TIME) + " dose";
        if (status == DueStatus.NOT_YET_DUE) {
            throw new AdministrationStopped(Stop.NOT_DUE, dose + " is not due yet: its window opens at "
                    + bounds.opens().atZone(ward.zone()).format(TIME) + ". To give it early, record the reason.");
        }
        throw new AdministrationStopped(Stop.OVERDUE_NEEDS_REASON, dose + " is overdue: its window closed at "
                + bounds.closes().atZone(ward.zone()).format(TIME) + ". Record the reason it is given late.");
    }

    private void checkPrnLimits(Prescription order, Instant at, ZoneId zone) {
        List<Administration> records = em.createQuery("select a from Administration a where a.lineageId = :l"
                        + " and a.administeredAt > :since", Administration.class)
                .setParameter("l", order.lineageId()).setParameter("since", at.minus(Duration.ofHours(48))).getResultList();
        List<Instant> givenTimes = DoseTimeline.effective(records).stream().filter(a -> a.outcome() == Outcome.GIVEN)
                .map(Administration::administeredAt).toList();
        PrnDecision decision = new PrnAllowance(order.prnMinIntervalHours(), order.prnMaxPer24h()).decide(givenTimes, at, zone);
        if (decision instanceof PrnDecision.Refused refused) {
            throw new AdministrationStopped(refused.limit() == PrnDecision.PrnLimit.MINIMUM_INTERVAL ? Stop.PRN_INTERVAL
                    : Stop.PRN_MAXIMUM, refused.message());
        }
    }

    private static Quantity givenDose(RecordRequest request, Prescription order) {
        Unit ordered = Unit.parse(order.doseUnit()).orElseThrow();
        if (request.dose() == null) {
            return new Quantity(order.dose(), ordered);
        }
        if (request.dose().signum() <= 0) {
            throw new InvalidInputException("dose", "The dose given must be more than zero.");
        }
        Unit unit = request.doseUnit() == null ? ordered : Unit.parse(request.doseUnit()).orElseThrow(() ->
                new InvalidInputException("doseUnit", Text.echo(request.doseUnit()) + " is not a unit this system knows."));
        Quantity given = new Quantity(request.dose(), unit);
        BigDecimal highest = order.doseUpTo() == null ? order.dose() : order.doseUpTo();
        String prescribed = new Quantity(order.dose(), ordered).display()
                + (order.doseUpTo() == null ? "" : " to " + new Quantity(order.doseUpTo(), ordered).display());
        if (!given.convertibleTo(ordered)) {
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, "The dose is prescribed in " + ordered.symbol()
                    + "; " + given.display() + " cannot be compared with it.");
        }
        BigDecimal amount = given.to(ordered).amount();
        if (amount.compareTo(order.dose()) < 0 || amount.compareTo(highest) > 0) {
            throw new AdministrationStopped(Stop.DOSE_NOT_PRESCRIBED, given.display() + " is not the prescribed dose ("
                    + prescribed + ").");
        }
        return given;
    }

    private static Identification identification(RecordRequest request) {
        if (request.identifiedBy() == null) {
            throw new InvalidInputException("identifiedBy", "Say whether the patient and product were scanned (SCAN) or checked by hand (MANUAL).");
        }
        if (request.identifiedBy() == Identification.MANUAL && text("manualReason", request.manualReason(), 500) == null) {
            throw new InvalidInputException("manualReason", "Give the reason the barcodes could not be scanned.");
        }
        return request.identifiedBy();
    }

    private static NotGivenReason notGivenReason(RecordRequest request) {
        if (request.reason() == null) {
            throw new InvalidInputException("reason", "Give the reason the dose was not given.");
        }
        if (request.reason().needsNote() && text("note", request.note(), 500) == null) {
            throw new InvalidInputException("note", "A dose not given for " + request.reason().name().toLowerCase().replace('_', ' ')
                    + " needs a note saying more.");
        }
        return request.reason();
    }

    private static String summary(Administration record, Product product) {
        return switch (record.outcome()) {
            case GIVEN -> "given: " + product.name() + " " + new Quantity(record.dose(), Unit.parse(record.doseUnit()).orElseThrow()).display()
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

    private <T> Optional<T> byKey(Class<T> type, String key) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.idempotencyKey = :k", type)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** A repeated key answers with the first result, unless it was used for something else. */
    private static <T> T sameRequest(T earlier, Object earlierTarget, Object target) {
        if (!String.valueOf(earlierTarget).equals(String.valueOf(target))) {
            throw new ConflictException("This idempotency key was already used for a different record.");
        }
        return earlier;
    }

    static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "Every record needs an idempotency key of 1 to 100 characters,"
                    + " so that a retried request records once.");
        }
    }

    /** Stripped text, null when blank; longer than {@code max} or holding NUL is refused naming the field. */
    static String text(String field, String value, int max) {
        return Text.optional(field, value, max);
    }
}
