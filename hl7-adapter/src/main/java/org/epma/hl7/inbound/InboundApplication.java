package org.epma.hl7.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.pharmacy.dispensing.Dispensing;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.discharge.DischargePrescribing;
import org.epma.prescribing.order.Prescribing;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;
import org.epma.prescribing.ward.PatientMovements;

/**
 * Applies an inbound message to the records in one transaction, together with the note that its control id has
 * been seen: a message either changes everything it says and is remembered, or changes nothing. A control id seen
 * before (the sender did not get our ACK and sent again) is not applied twice.
 */
@ApplicationScoped
@Transactional
public class InboundApplication {

    /** The placer number of a medicine's supply on a discharge prescription (docs/hl7.md, "Discharge supply"). */
    private static final Pattern DISCHARGE_SUPPLY = Pattern.compile("discharge-(\\d{1,18})-item-(\\d{1,18})");

    private final ReceivedMessages received;
    private final PatientMovements movements;
    private final PatientRecords patients;
    private final Prescribing prescribing;
    private final Dispensing dispensing;
    private final DischargePrescribing discharges;
    private final Clock clock;

    @Inject
    public InboundApplication(ReceivedMessages received, PatientMovements movements, PatientRecords patients,
                              Prescribing prescribing, Dispensing dispensing, DischargePrescribing discharges, Clock clock) {
        this.received = received;
        this.movements = movements;
        this.patients = patients;
        this.prescribing = prescribing;
        this.dispensing = dispensing;
        this.discharges = discharges;
        this.clock = clock;
    }

    protected InboundApplication() {
        this(null, null, null, null, null, null, null);
    }

    public Receipt apply(AdtEvent event, MessageOrigin origin) {
        if (!firstTime(origin)) {
            return Receipt.REPEAT;
        }
        Actor by = actor(origin);
        PatientIdentity who = event.patient();
        Patient patient = movements.register(new PatientMovements.Demographics(who.hospitalNumber(), who.nhsNumber(),
                who.givenName(), who.familyName(), who.birthDate(), who.sex(), who.language()), by);
        switch (event.trigger()) {
            case A01 -> movements.admit(patient.id(), ward(event), bed(event), event.attendingDoctor(), event.occurredAt(), by);
            case A02 -> movements.move(patient.id(), ward(event), bed(event), event.attendingDoctor(), event.occurredAt(), by);
            case A03 -> movements.discharge(patient.id(), event.occurredAt(), by);
            case A11 -> movements.cancelAdmission(patient.id(), by);
            case A13 -> {
                movements.cancelDischarge(patient.id(), by);
                movements.changeAttendingDoctor(patient.id(), event.attendingDoctor(), by);
            }
            case A40 -> movements.merge(new HospitalNumber(event.priorHospitalNumber()), patient.id(), by);
            // a registration or an update may name a new attending doctor for the stay the patient is in
            case A04, A08 -> movements.changeAttendingDoctor(patient.id(), event.attendingDoctor(), by);
        }
        for (ReportedAllergy allergy : event.allergies()) {
            String substance = allergy.substance().text().isBlank() ? allergy.substance().code() : allergy.substance().text();
            boolean known = patients.allergies(patient.id()).stream()
                    .anyMatch(a -> a.substance().equalsIgnoreCase(substance.strip()));
            if (!known) {
                patients.recordAllergy(patient.id(), substance, allergy.reaction().isBlank() ? "not stated by the sender"
                        : allergy.reaction(), allergy.severity(), by);
            }
        }
        return Receipt.APPLIED;
    }

    /** RDS^O13: what pharmacy dispensed for which of our orders (ORC-2 is the placer order number we sent). */
    public Receipt apply(List<DispenseEvent> dispenses, MessageOrigin origin) {
        if (!firstTime(origin)) {
            return Receipt.REPEAT;
        }
        Actor by = actor(origin);
        for (DispenseEvent dispense : dispenses) {
            Patient patient = patients.findByHospitalNumber(dispense.hospitalNumber()).orElseThrow(() ->
                    new NotFoundException("patient with hospital number", dispense.hospitalNumber().value()));
            Dispensing.Report report = new Dispensing.Report(dispense.placerOrderNumber(),
                    dispense.giveCode() == null ? null : text(dispense.giveCode().code() + " " + dispense.giveCode().text()),
                    dispense.amount(), dispense.units() == null ? null : text(dispense.units().text().isBlank()
                            ? dispense.units().code() : dispense.units().text()),
                    dispense.dispensedAt(), text(dispense.dispensedBy()), text(dispense.prescriptionNumber()), origin.controlId());
            Matcher supply = DISCHARGE_SUPPLY.matcher(dispense.placerOrderNumber().strip().toLowerCase(Locale.ROOT));
            if (supply.matches()) {
                DischargePrescribing.SentForSupply sent = discharges.sentForSupply(Long.parseLong(supply.group(1)),
                        Long.parseLong(supply.group(2)));
                requireSamePatient(sent.patientId(), patient, dispense, "medicine sent for supply");
                dispensing.recordSupply(patient.id(), sent.item().id(), report, by);
                continue;
            }
            Prescription order = order(dispense.placerOrderNumber());
            requireSamePatient(order.patientId(), patient, dispense, "order");
            dispensing.record(order, report, by);
        }
        return Receipt.APPLIED;
    }

    /** The order or supply exists, but not for this patient: its key is unknown in the patient's record. */
    private static void requireSamePatient(long ownerId, Patient patient, DispenseEvent dispense, String what) {
        if (ownerId != patient.id()) {
            throw new RecordsRefusal(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, "ORC-2 " + what + " " + dispense.placerOrderNumber()
                    + " is not the patient's in PID-3 (" + dispense.hospitalNumber().value() + "); nothing was recorded.");
        }
    }

    /** Our placer order numbers are "order-" and the order's first version's id; the current version answers. */
    private Prescription order(String placerOrderNumber) {
        String number = placerOrderNumber.strip().toLowerCase(Locale.ROOT);
        if (!number.matches("order-\\d{1,18}")) {
            throw new NotFoundException("order", placerOrderNumber);
        }
        long lineage = Long.parseLong(number.substring("order-".length()));
        List<Prescription> versions;
        try {
            versions = prescribing.versions(lineage);
        } catch (NotFoundException noSuchVersion) {
            throw new NotFoundException("order", placerOrderNumber);
        }
        // the number names an order by its first version; a later version's id names no order
        if (versions.isEmpty() || !versions.get(0).lineageId().equals(lineage)) {
            throw new NotFoundException("order", placerOrderNumber);
        }
        return versions.get(versions.size() - 1);
    }

    /**
     * Notes the message as seen. False for a resend of a message already applied; a control id already used by a
     * different message is refused, as applying it or answering "repeat" would each lose one of the two.
     */
    private boolean firstTime(MessageOrigin origin) {
        if (received.noteFirst(origin, clock.instant())) {
            return true;
        }
        // the insert found the earlier row, so it is there to read
        ReceivedMessages.Earlier earlier = received.earlier(origin).orElseThrow(() ->
                new IllegalStateException("control id " + origin.controlId() + " is noted but cannot be read"));
        String digest = earlier.contentDigest();
        if (digest != null && !digest.equals(origin.contentDigest())) {
            throw new RecordsRefusal(Hl7ErrorCode.DUPLICATE_KEY_IDENTIFIER, "MSH-10 control id " + origin.controlId()
                    + " was already used by a different " + earlier.messageType() + " received " + earlier.receivedAt()
                    + "; this message was not applied. Send it with a new control id.");
        }
        return false;
    }

    private static Actor actor(MessageOrigin origin) {
        String name = "hl7:" + origin.sendingApplication();
        return new Actor(name.length() > 64 ? name.substring(0, 64) : name, "INTERFACE");
    }

    private static String ward(AdtEvent event) {
        if (event.location() == null || event.location().wardCode().isBlank()) {
            throw new InvalidInputException("PV1-3", "An admission or transfer needs the ward in PV1-3.1.");
        }
        return event.location().wardCode().strip().toUpperCase(Locale.ROOT);
    }

    private static String bed(AdtEvent event) {
        return event.location() == null || event.location().bed().isBlank() ? null : event.location().bed().strip();
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > 250 ? stripped.substring(0, 250) : stripped;
    }
}
