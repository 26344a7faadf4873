package org.epma.prescribing.discharge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.formulary.Quantity;

/**
 * Compares the medicines before admission with those at discharge, medicine by medicine (by generic name): each is new,
 * stopped, unchanged, or changed in dose, form, route or frequency. The same dose written two ways (two 500 mg tablets
 * and 1 g) is the same dose: with both products known, doses are compared as amounts of each ingredient. A medicine on
 * a list twice (insulin morning and evening) is paired with its most alike line on the other list first.
 */
public final class MedicineComparison {

    private MedicineComparison() {
    }

    public static List<MedicineChange> compare(List<MedicineLine> before, List<MedicineLine> after) {
        List<MedicineLine> unmatched = new LinkedList<>(after);
        List<MedicineChange> changes = new ArrayList<>();
        for (MedicineLine earlier : before) {
            Optional<MedicineLine> partner = unmatched.stream().filter(later -> later.medicineKey().equals(earlier.medicineKey()))
                    .min((a, b) -> Integer.compare(differences(earlier, a).size(), differences(earlier, b).size()));
            if (partner.isEmpty()) {
                changes.add(new MedicineChange(MedicineChange.Kind.STOPPED, earlier, null, Set.of()));
                continue;
            }
            unmatched.remove(partner.get());
            Set<MedicineChange.Part> parts = differences(earlier, partner.get());
            changes.add(new MedicineChange(parts.isEmpty() ? MedicineChange.Kind.UNCHANGED : MedicineChange.Kind.CHANGED,
                    earlier, partner.get(), parts));
        }
        for (MedicineLine started : unmatched) {
            changes.add(new MedicineChange(MedicineChange.Kind.NEW, null, started, Set.of()));
        }
        return changes;
    }

    static Set<MedicineChange.Part> differences(MedicineLine a, MedicineLine b) {
        Set<MedicineChange.Part> parts = EnumSet.noneOf(MedicineChange.Part.class);
        if (!sameDose(a, b)) {
            parts.add(MedicineChange.Part.DOSE);
        }
        if (a.product() != null && b.product() != null && a.product().form() != b.product().form()) {
            parts.add(MedicineChange.Part.FORM);
        }
        if (a.route() != b.route()) {
            parts.add(MedicineChange.Part.ROUTE);
        }
        if (a.frequency() != b.frequency()) {
            parts.add(MedicineChange.Part.FREQUENCY);
        }
        return parts;
    }

    private static boolean sameDose(MedicineLine a, MedicineLine b) {
        if (a.dose().isRange() != b.dose().isRange()) {
            return false;
        }
        boolean bottoms = sameAmount(a, new Quantity(a.dose().amount(), a.dose().unit()), b, new Quantity(b.dose().amount(), b.dose().unit()));
        return bottoms && (!a.dose().isRange() || sameAmount(a, a.dose().highest(), b, b.dose().highest()));
    }

    /** The same amount in convertible units, or, failing that, the same amount of every ingredient. */
    private static boolean sameAmount(MedicineLine a, Quantity amountA, MedicineLine b, Quantity amountB) {
        if (amountA.convertibleTo(amountB.unit())) {
            return amountA.compareTo(amountB) == 0;
        }
        if (a.product() == null || b.product() == null) {
            return false;
        }
        Optional<Map<String, Quantity>> ingredientsA = a.product().ingredientAmounts(amountA);
        Optional<Map<String, Quantity>> ingredientsB = b.product().ingredientAmounts(amountB);
        if (ingredientsA.isEmpty() || ingredientsB.isEmpty() || !ingredientsA.get().keySet().equals(ingredientsB.get().keySet())) {
            return false;
        }
        return ingredientsA.get().entrySet().stream().allMatch(e -> {
            Quantity other = ingredientsB.get().get(e.getKey());
            return e.getValue().convertibleTo(other.unit()) && e.getValue().compareTo(other) == 0;
        });
    }
}
