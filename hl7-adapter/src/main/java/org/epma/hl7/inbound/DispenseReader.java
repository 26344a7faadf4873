package org.epma.hl7.inbound;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.group.RDS_O13_ORDER;
import ca.uhn.hl7v2.model.v251.message.RDS_O13;

import org.epma.hl7.codes.CodedValue;

/** Reads an RDS^O13 into one {@link DispenseEvent} per ORDER group (ORC + RXD). */
final class DispenseReader {

    private DispenseReader() {
    }

    static List<DispenseEvent> read(Message message, ZoneId zone) throws HL7Exception, MessageRefused {
        if (!(message instanceof RDS_O13 rds)) {
            throw new MessageRefused(Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "The message is not structured as RDS_O13.");
        }
        PatientIdentity patient = PatientReader.read(message);
        List<DispenseEvent> dispenses = new ArrayList<>();
        for (RDS_O13_ORDER order : rds.getORDERAll()) {
            int n = dispenses.size() + 1;
            Segment orc = order.getORC();
            Segment rxd = order.getRXD();
            if (orc.isEmpty() || rxd.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "Order " + n + " needs both ORC and RXD.");
            }
            String placer = SegmentFields.text(orc, 2);
            if (placer.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING,
                        "Order " + n + ": ORC-2 placer order number is empty; ePMA cannot tell which order was dispensed.");
            }
            CodedValue giveCode = SegmentFields.coded(rxd, 2, 0);
            if (giveCode.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING, "Order " + n + ": RXD-2 dispense/give code is empty.");
            }
            String dispensedAt = SegmentFields.text(rxd, 3);
            if (dispensedAt.isEmpty()) {
                throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING, "Order " + n + ": RXD-3 date/time dispensed is empty.");
            }
            dispenses.add(new DispenseEvent(placer, patient.hospitalNumber(),
                    AdtReader.instant(dispensedAt, "RXD-3", zone), giveCode, amount(rxd, n),
                    SegmentFields.coded(rxd, 5, 0), SegmentFields.text(rxd, 7), dispensedBy(rxd),
                    pharmacy(rxd)));
        }
        if (dispenses.isEmpty()) {
            throw new MessageRefused(Hl7ErrorCode.SEGMENT_SEQUENCE_ERROR, "The RDS^O13 has no ORDER group.");
        }
        return dispenses;
    }

    private static BigDecimal amount(Segment rxd, int n) throws HL7Exception, MessageRefused {
        String value = SegmentFields.text(rxd, 4);
        if (value.isEmpty()) {
            throw new MessageRefused(Hl7ErrorCode.REQUIRED_FIELD_MISSING, "Order " + n + ": RXD-4 actual dispense amount is empty.");
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, "Order " + n + ": RXD-4 '" + value + "' is not an amount.");
        }
    }

    private static String dispensedBy(Segment rxd) throws HL7Exception {
        String id = SegmentFields.text(rxd, 10, 1);
        String family = SegmentFields.text(rxd, 10, 2);
        String given = SegmentFields.text(rxd, 10, 3);
        return String.join(" ", List.of(id, given, family).stream().filter(s -> !s.isEmpty()).toList());
    }

    private static String pharmacy(Segment rxd) throws HL7Exception {
        CodedValue pharmacy = SegmentFields.coded(rxd, 30, 0);
        return pharmacy.text().isEmpty() ? pharmacy.code() : pharmacy.text();
    }
}
