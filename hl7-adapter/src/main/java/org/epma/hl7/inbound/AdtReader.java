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
        return new AdtEvent(trigger, occurredAt(message, zone), patient, location(message), prior, allergies(message));
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
