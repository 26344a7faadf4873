package org.epma.hl7.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.epma.pharmacy.outbox.Destination;
import org.epma.pharmacy.outbox.OutboxMessage;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.discharge.DischargeItem;
import org.epma.prescribing.discharge.DischargePrescription;
import org.epma.prescribing.discharge.Discharges;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.infusion.InfusionDetails;
import org.epma.prescribing.infusion.Infusions;
import org.epma.prescribing.pharmacyorder.PharmacyOrderView;
import org.epma.prescribing.pharmacyorder.PharmacyOrders;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;

/**
 * Gathers what a batch of outbox messages says, from the order versions as core reads them for dispensing systems
 * (the order, the patient as they are now with their ward, bed and allergies, the clinicians) and the formulary,
 * ready for the HL7 builders. A batch is read with a fixed number of queries, however many messages it holds.
 */
@ApplicationScoped
public class PharmacyOrderFactory {

    static final String SENDING_APPLICATION = "EPMA";

    private final PharmacyOrders orders;
    private final FormularyContent content;
    private final Clock clock;
    private final Infusions infusions;
    private final Discharges discharges;
    private final StaffAccounts staff;

    @Inject
    public PharmacyOrderFactory(PharmacyOrders orders, FormularyContent content, Clock clock, Infusions infusions,
                                Discharges discharges, StaffAccounts staff) {
        this.orders = orders;
        this.content = content;
        this.clock = clock;
        this.infusions = infusions;
        this.discharges = discharges;
        this.staff = staff;
    }

    protected PharmacyOrderFactory() {
        this(null, null, null, null, null, null);
    }

    /** What the records say for each message, by outbox id; a message that cannot be built is missing, with its reason. */
    public record Batch(Map<Long, PharmacyOrder> orders, Map<Long, String> unbuildable) {
    }

    public Batch orders(List<OutboxMessage> messages, Destination destination, SendingSystem sender) {
        List<Long> ids = messages.stream().map(OutboxMessage::prescriptionId).distinct().toList();
        Map<Long, PharmacyOrderView> views = orders.versions(ids);
        Map<Long, InfusionDetails> infusionParts = infusions.of(ids).stream()
                .collect(java.util.stream.Collectors.toMap(InfusionDetails::prescriptionId, d -> d));
        List<Long> itemIds = messages.stream().map(OutboxMessage::dischargeItemId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, DischargeItem> items = discharges.itemsById(itemIds).stream()
                .collect(java.util.stream.Collectors.toMap(DischargeItem::id, i -> i));
        Map<Long, PharmacyOrder> built = new HashMap<>();
        Map<Long, String> unbuildable = new HashMap<>();
        for (OutboxMessage message : messages) {
            try {
                PharmacyOrderView view = views.get(message.prescriptionId());
                if (view == null) {
                    throw new IllegalStateException("order " + message.prescriptionId() + " is not in the records");
                }
                DischargeItem item = null;
                if (message.dischargeSupply()) {
                    item = items.get(message.dischargeItemId());
                    if (item == null) {
                        throw new IllegalStateException("discharge item " + message.dischargeItemId() + " is not in the records");
                    }
                }
                built.put(message.id(), order(message, destination, sender, view,
                        item == null ? infusionParts.get(message.prescriptionId()) : null, item));
            } catch (RuntimeException cannotBuild) {
                unbuildable.put(message.id(), String.valueOf(cannotBuild.getMessage()));
            }
        }
        return new Batch(built, unbuildable);
    }

    private PharmacyOrder order(OutboxMessage message, Destination destination, SendingSystem sender, PharmacyOrderView view,
                                InfusionDetails infusion, DischargeItem dischargeItem) {
        PharmacyOrderView.Order order = view.order();
        PharmacyOrderView.Person patient = view.patient();
        PharmacyOrderView.Stay stay = view.stay();
        Product product = content.formulary().product(order.productCode()).orElseThrow(() ->
                new IllegalStateException("order " + order.id() + " names " + order.productCode() + ", not in the formulary"));
        MessageHeader header = new MessageHeader(message.controlId(), clock.instant(), view.ward().zone(), SENDING_APPLICATION,
                sender.facility(), destination.receivingApplication(), destination.receivingFacility(), sender.processingId(),
                destination.enhancedAcknowledgement() ? AcknowledgementMode.ENHANCED : AcknowledgementMode.ORIGINAL);
        OrderPatient who = new OrderPatient(patient.hospitalNumber(), sender.facility(), patient.nhsNumber(), patient.familyName(),
                patient.givenName(), patient.dateOfBirth(), patient.sex(), stay == null ? null : stay.wardCode(),
                stay == null ? null : stay.bed(),
                stay == null || stay.attendingDoctor() == null ? null : Clinician.attending(stay.attendingDoctor()),
                stay == null ? null : "ADM" + stay.admissionId(), stay == null ? null : stay.admittedAt());
        AllergenCoding coding = new AllergenCoding(content.rules()::allergyTerm, content.formulary().ingredients());
        List<KnownAllergy> known = view.allergies().stream().map(a -> coding.allergy(a.substance(), a.severity(), a.reaction())).toList();
        Unit unit = Unit.parse(order.doseUnit()).orElseThrow();
        DischargeSupply supply = dischargeItem == null ? null : supply(dischargeItem, product);
        // a discharge supply starts when it was released to be supplied (the screening); the order's end, if any, stays
        java.time.Instant start = supply == null ? order.startAt() : message.createdAt();
        java.time.Instant end = supply != null && order.endAt() != null && order.endAt().isBefore(start) ? null : order.endAt();
        Timing timing = order.frequency() == Frequency.PRN
                ? Timing.asNeeded(order.frequency(), start, end, order.prnReason(), asNeededLimits(order))
                : Timing.regular(order.frequency(), view.ward().schedule().clockTimes(order.frequency()), start, end);
        List<Ingredient> ingredients = product.isCombination() ? product.ingredients().stream()
                .map(i -> new Ingredient(i.name(), i.strength().amount(), i.strength().unit())).toList() : List.of();
        // a discharge supply is asked for by whoever signed the discharge prescription and checked by the pharmacist who
        // screened it, not by the inpatient order's prescriber and verifier
        Clinician prescriber = clinician(view.prescriber());
        Clinician verifier = view.verifier() == null ? null : clinician(view.verifier());
        if (dischargeItem != null) {
            DischargePrescription discharge = discharges.find(dischargeItem.dischargeId()).orElseThrow(() ->
                    new IllegalStateException("discharge prescription " + dischargeItem.dischargeId() + " is not in the records"));
            prescriber = staffMember(discharge.signedBy());
            verifier = staffMember(discharge.screenedBy());
        }
        // the outbox row is written in the transaction of the event itself, so its creation is the event's time
        return new PharmacyOrder(header, message.control(), supply == null ? order.reference() : supply.placerOrderNumber(),
                order.versionNo(),
                new OrderEventFacts(message.createdAt(), message.eventReason()), who, known,
                new OrderedProduct(product.code(), product.name()), new GiveDose(order.dose(), order.doseUpTo(), unit),
                product.form(), order.route(), timing, prescriber,
                verifier,
                order.indication(), notes(order), ingredients,
                infusion == null ? null : infusion(infusion, product), supply);
    }

    /**
     * The order's notes, one NTE each: the prescriber's instructions, and an insulin correction scale in words (RXE-3 and
     * RXE-4 carry only its smallest and largest dose; the scale says which dose at which glucose).
     */
    private static List<String> notes(PharmacyOrderView.Order order) {
        List<String> notes = new ArrayList<>();
        if (order.instructions() != null) {
            notes.add(order.instructions());
        }
        if (order.correctionScale() != null) {
            notes.add(order.correctionScale());
        }
        return notes;
    }

    /** The quantity to dispense of a medicine going home, in the product's own unit, for the days it lasts. */
    private static DischargeSupply supply(DischargeItem item, Product product) {
        if (item.supplyQuantity() == null || item.supplyDays() == null) {
            throw new IllegalStateException("discharge item " + item.id() + " has no supply to dispense");
        }
        return new DischargeSupply(DischargeSupply.placerNumber(item.dischargeId(), item.id()), DischargeSupply.group(item.dischargeId()),
                item.supplyQuantity().stripTrailingZeros(), product.per().unit(), item.supplyDays());
    }

    /** The bag as components (a stocked bag is its own base; a made-up one is its diluent with the drug added) and its rate. */
    private OrderedInfusion infusion(InfusionDetails infusion, Product product) {
        List<OrderedInfusion.Component> components = new java.util.ArrayList<>();
        if (infusion.diluentCode() == null) {
            components.add(new OrderedInfusion.Component("B", product.code(), product.name(), infusion.finalVolumeMl(), Unit.ML));
        } else {
            Product diluent = content.formulary().product(infusion.diluentCode()).orElseThrow(() ->
                    new IllegalStateException("diluent " + infusion.diluentCode() + " is not in the formulary"));
            components.add(new OrderedInfusion.Component("B", diluent.code(), diluent.name(), infusion.finalVolumeMl(), Unit.ML));
            components.add(new OrderedInfusion.Component("A", product.code(), product.name(), infusion.drug().amount(),
                    infusion.drug().unit()));
        }
        Integer minutes = infusion.overMinutes() != null ? infusion.overMinutes() : infusion.durationHours() == null ? null
                : infusion.durationHours().multiply(java.math.BigDecimal.valueOf(60)).intValue();
        return new OrderedInfusion(components, infusion.rateMlPerHour(), minutes);
    }

    /** Signing requires both limits for an as-needed order; an older order without them sends none rather than guessing. */
    private static AsNeededLimits asNeededLimits(PharmacyOrderView.Order order) {
        if (order.prnMinIntervalHours() == null || order.prnMaxPer24h() == null) {
            return null;
        }
        long minutes = order.prnMinIntervalHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.UP)
                .longValueExact();
        return new AsNeededLimits(Duration.ofMinutes(minutes), order.prnMaxPer24h());
    }

    private Clinician staffMember(String username) {
        if (username == null) {
            throw new IllegalStateException("the discharge prescription is not signed and screened");
        }
        return Clinician.staff(username, staff.find(username).map(StaffUser::displayName).orElse(username));
    }

    private static Clinician clinician(PharmacyOrderView.Signatory signatory) {
        return Clinician.staff(signatory.username(), signatory.displayName());
    }
}
