package org.epma.hl7.inbound;

import java.time.DateTimeException;
import java.time.LocalDate;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;

import org.epma.hl7.codes.Hl7DateTime;
import org.epma.hl7.codes.SexCodes;
import org.epma.prescribing.patient.FieldChange;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.patient.NhsNumber;
import org.epma.prescribing.patient.Sex;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.staff.Language;

/**
 * Reads the PID segment. The hospital number is the PID-3 repetition typed MR (CX-5), or else the first
 * untyped repetition (older feeds leave identifiers untyped; a typed one such as an account number is never
 * taken for it); the NHS number is the repetition typed NH or assigned by NHS (CX-4). An NHS number that
 * fails its check digit is refused rather than stored: it would attach the record to another person.
 * <p>
 * An empty field says nothing (an A08 often carries only what changed), so it never erases a stored value; the
 * HL7 null {@code ""} asks for the value to be removed. Whether a removal is allowed is the records' decision.
 */
final class PatientReader {

    private PatientReader() {
    }

    static PatientIdentity read(Message message) throws HL7Exception, MessageRefused {
        Segment pid = SegmentFields.first(message, "PID").orElseThrow(() -> new MessageRefused(
                Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "The message has no PID segment."));
        String hospitalNumber = "";
        String firstUntyped = "";
        String nhsNumber = "";
        for (int rep = 0; rep < SegmentFields.repetitions(pid, 3); rep++) {
            String id = SegmentFields.text(pid, 3, rep, 1, 1);
            String authority = SegmentFields.text(pid, 3, rep, 4, 1);
            String type = SegmentFields.text(pid, 3, rep, 5, 1);
            if (id.isEmpty()) {
                continue;
            }
            if (type.equalsIgnoreCase("NH") || authority.equalsIgnoreCase("NHS")) {
                nhsNumber = nhsNumber.isEmpty() ? id : nhsNumber;
            } else if (type.equalsIgnoreCase("MR")) {
                hospitalNumber = hospitalNumber.isEmpty() ? id : hospitalNumber;
            } else if (type.isEmpty() && firstUntyped.isEmpty()) {
                firstUntyped = id;
            }
        }
        if (hospitalNumber.isEmpty()) {
            hospitalNumber = firstUntyped;
        }
        if (hospitalNumber.isEmpty()) {
            throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING,
                    "PID-3 has no hospital number (an identifier of type MR).");
        }
        try {
            return new PatientIdentity(new HospitalNumber(hospitalNumber), nhsNumber(nhsNumber),
                    text(pid, 5, 1), text(pid, 5, 2), birthDate(pid), sex(pid), language(pid));
        } catch (InvalidInputException invalid) {
            throw new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, "PID-3: " + invalid.getMessage());
        }
    }

    private static FieldChange<NhsNumber> nhsNumber(String value) {
        if (value.isEmpty()) {
            return FieldChange.keep();
        }
        return SegmentFields.isNull(value) ? FieldChange.remove() : FieldChange.replace(NhsNumber.parse(value));
    }

    private static FieldChange<String> text(Segment pid, int field, int component) throws HL7Exception {
        String value = SegmentFields.text(pid, field, component);
        if (value.isEmpty()) {
            return FieldChange.keep();
        }
        return SegmentFields.isNull(value) ? FieldChange.remove() : FieldChange.replace(value);
    }

    private static FieldChange<LocalDate> birthDate(Segment pid) throws HL7Exception, MessageRefused {
        String value = SegmentFields.text(pid, 7);
        if (value.isEmpty()) {
            return FieldChange.keep();
        }
        if (SegmentFields.isNull(value)) {
            return FieldChange.remove();
        }
        try {
            return FieldChange.replace(Hl7DateTime.parseDate(value));
        } catch (DateTimeException invalid) {
            throw new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, "PID-7 date of birth " + invalid.getMessage() + ".");
        }
    }

    /**
     * PID-15 primary language, its identifier (CWE-1) as ISO 639 (the NHS Data Dictionary's language codes are ISO 639-1:
     * "en", "cy"; three-letter ISO 639-2 "eng", "cym"/"wel" are read too). Any other language says nothing about the
     * two that papers are printed in.
     */
    private static FieldChange<Language> language(Segment pid) throws HL7Exception {
        String code = SegmentFields.text(pid, 15, 1);
        if (code.isEmpty()) {
            return FieldChange.keep();
        }
        if (SegmentFields.isNull(code)) {
            return FieldChange.remove();
        }
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "en", "eng" -> FieldChange.replace(Language.EN);
            case "cy", "cym", "wel" -> FieldChange.replace(Language.CY);
            default -> FieldChange.keep();
        };
    }

    private static FieldChange<Sex> sex(Segment pid) throws HL7Exception, MessageRefused {
        String code = SegmentFields.text(pid, 8);
        if (code.isEmpty()) {
            return FieldChange.keep();
        }
        if (SegmentFields.isNull(code)) {
            return FieldChange.remove();
        }
        Sex sex = SexCodes.fromCode(code).orElseThrow(() -> new MessageRefused(Hl7ErrorCode.TABLE_VALUE_NOT_FOUND,
                "PID-8 sex code '" + code + "' is not in HL7 table 0001 (F, M, O, U, A, N)."));
        return FieldChange.replace(sex);
    }
}
