package org.epma.prescribing.discharge;

import java.util.Set;

/**
 * One medicine across the two lists: started in hospital ({@link Kind#NEW}, no {@code before}), stopped ({@link
 * Kind#STOPPED}, no {@code after}), taken as before, or changed in the {@code parts} named.
 */
public record MedicineChange(Kind kind, MedicineLine before, MedicineLine after, Set<Part> parts) {

    public enum Kind { NEW, CHANGED, UNCHANGED, STOPPED }

    /** What differs between the two lines of a changed medicine. */
    public enum Part { DOSE, FORM, ROUTE, FREQUENCY }

    public MedicineChange {
        parts = Set.copyOf(parts);
    }

    /** A change or a stop is explained to the GP and the patient; a new medicine says what it is for. */
    public boolean needsReason() {
        return kind != Kind.UNCHANGED;
    }
}
