package org.epma.hl7.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.Terser;

import org.epma.hl7.codes.CodedValue;

/**
 * Finds segments wherever a message structure puts them and reads fields by number. ADT events use five
 * different v2.5.1 structures (ADT_A01, A02, A03, A09, A39), and older senders nest segments differently;
 * searching by segment name reads them all the same way.
 */
final class SegmentFields {

    private SegmentFields() {
    }

    static List<Segment> all(Group group, String name) throws HL7Exception {
        List<Segment> found = new ArrayList<>();
        collect(group, name, found);
        return found;
    }

    static Optional<Segment> first(Group group, String name) throws HL7Exception {
        List<Segment> found = all(group, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static void collect(Group group, String name, List<Segment> found) throws HL7Exception {
        for (String child : group.getNames()) {
            for (Structure structure : group.getAll(child)) {
                if (structure instanceof Group inner) {
                    collect(inner, name, found);
                } else if (structure instanceof Segment segment && segment.getName().equals(name) && !segment.isEmpty()) {
                    found.add(segment);
                }
            }
        }
    }

    /** The value at field(rep).component.subcomponent, stripped, or "" when empty; rep counts from 0. */
    static String text(Segment segment, int field, int rep, int component, int subcomponent) throws HL7Exception {
        String value = Terser.get(segment, field, rep, component, subcomponent);
        return value == null ? "" : value.strip();
    }

    static String text(Segment segment, int field, int component) throws HL7Exception {
        return text(segment, field, 0, component, 1);
    }

    static String text(Segment segment, int field) throws HL7Exception {
        return text(segment, field, 0, 1, 1);
    }

    /** The HL7 null, {@code ""}: the sender asks for the stored value to be removed (an empty field says nothing). */
    static boolean isNull(String value) {
        return "\"\"".equals(value);
    }

    static int repetitions(Segment segment, int field) throws HL7Exception {
        return segment.getField(field).length;
    }

    static CodedValue coded(Segment segment, int field, int rep) throws HL7Exception {
        return new CodedValue(text(segment, field, rep, 1, 1), text(segment, field, rep, 2, 1),
                text(segment, field, rep, 3, 1));
    }
}
