package org.epma.hl7.inbound;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;

import org.epma.hl7.codes.AllergenType;
import org.epma.hl7.codes.CodedValue;
import org.epma.hl7.codes.Hl7DateTime;
import org.epma.hl7.codes.SeverityCodes;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.ward.AttendingDoctor;

/** Reads an ADT message into an {@link AdtEvent}, refusing content ePMA cannot apply safely. */
final class AdtReader {

    private AdtReader() {
    }

    static AdtEvent read(Message message, AdtTrigger trigger, ZoneId zone) throws HL7Exception, MessageRefused {
        PatientIdentity patient = PatientReader.read(message);
        String prior = null;
        if (trigger == AdtTrigger.A40) {
            Segment mrg = SegmentFields.first(message, "MRG").orElseThrow(() -> new MessageRefused(
                    Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "A40 merge has no MRG segment naming the record merged away."));
            prior = SegmentFields.text(mrg, 1);
            if (prior.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING,
                        "MRG-1 prior patient identifier is empty.");
            }
        }
        return new AdtEvent(trigger, occurredAt(message, zone), patient, location(message), attendingDoctor(message), prior,
                allergies(message));
    }

    private static Instant occurredAt(Message message, ZoneId zone) throws HL7Exception, MessageRefused {
        Optional<Segment> evn = SegmentFields.first(message, "EVN");
        if (evn.isPresent()) {
            for (int field : new int[] {6, 2}) {
                String value = SegmentFields.text(evn.get(), field);
                if (!value.isEmpty()) {
                    return instant(value, "EVN-" + field, zone);
                }
            }
        }
        Segment msh = SegmentFields.first(message, "MSH").orElseThrow();
        String sent = SegmentFields.text(msh, 7);
        if (sent.isEmpty()) {
            throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING,
                    "No event time: EVN-6, EVN-2 and MSH-7 are all empty.");
        }
        return instant(sent, "MSH-7", zone);
    }

    static Instant instant(String value, String field, ZoneId zone) throws MessageRefused {
        try {
            return Hl7DateTime.parseInstant(value, zone);
        } catch (DateTimeException invalid) {
            throw new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, field + " " + invalid.getMessage() + ".");
        }
    }

    private static WardLocation location(Message message) throws HL7Exception {
        Optional<Segment> pv1 = SegmentFields.first(message, "PV1");
        if (pv1.isEmpty()) {
            return null;
        }
        String ward = SegmentFields.text(pv1.get(), 3, 1);
        return ward.isEmpty() ? null : new WardLocation(ward, SegmentFields.text(pv1.get(), 3, 3));
    }

    /**
     * PV1-7, first repetition: XCN code (1), family name (2), given name (3) and prefix (6). A code or a name alone
     * is taken as given, as feeds differ in what they fill. An empty field, or one naming no one (a prefix alone),
     * says nothing; the HL7 null {@code ""} says there is no attending doctor now.
     */
    static FieldChange<AttendingDoctor> attendingDoctor(Message message) throws HL7Exception, MessageRefused {
        Optional<Segment> pv1 = SegmentFields.first(message, "PV1");
        if (pv1.isEmpty()) {
            return FieldChange.keep();
        }
        String id = SegmentFields.text(pv1.get(), 7, 1);
        String family = SegmentFields.text(pv1.get(), 7, 2);
        String given = SegmentFields.text(pv1.get(), 7, 3);
        if (SegmentFields.isNull(id) && family.isEmpty() && given.isEmpty()) {
            return FieldChange.remove();
        }
        if (id.isEmpty() && family.isEmpty() && given.isEmpty()) {
            return FieldChange.keep();
        }
        try {
            return FieldChange.replace(new AttendingDoctor(id, family, given, SegmentFields.text(pv1.get(), 7, 6)));
        } catch (InvalidInputException invalid) {
            throw new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, "PV1-7 attending doctor: " + invalid.getMessage());
        }
    }

    private static List<ReportedAllergy> allergies(Message message) throws HL7Exception, MessageRefused {
        List<ReportedAllergy> allergies = new ArrayList<>();
        for (Segment al1 : SegmentFields.all(message, "AL1")) {
            int n = allergies.size() + 1;
            String typeCode = SegmentFields.text(al1, 2);
            AllergenType type = null;
            if (!typeCode.isEmpty()) {
                type = AllergenType.fromCode(typeCode).orElseThrow(() -> new MessageRefused(
                        Hl7ErrorCode.TABLE_VALUE_NOT_FOUND, "AL1 " + n + ": allergen type '" + typeCode
                        + "' is not in HL7 table 0127."));
            }
            CodedValue substance = SegmentFields.coded(al1, 3, 0);
            if (substance.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING, "AL1 " + n + ": AL1-3 allergen is empty.");
            }
            String severityCode = SegmentFields.text(al1, 4);
            AllergySeverity severity = SeverityCodes.fromCode(severityCode).orElseThrow(() -> new MessageRefused(
                    Hl7ErrorCode.TABLE_VALUE_NOT_FOUND, "AL1 " + n + ": severity '" + severityCode
                    + "' is not in HL7 table 0128 (SV, MO, MI, U)."));
            List<String> reactions = new ArrayList<>();
            for (int rep = 0; rep < SegmentFields.repetitions(al1, 5); rep++) {
                String reaction = SegmentFields.text(al1, 5, rep, 1, 1);
                if (!reaction.isEmpty()) {
                    reactions.add(reaction);
                }
            }
            allergies.add(new ReportedAllergy(type, substance, severity, String.join("; ", reactions)));
        }
        return allergies;
    }
}
