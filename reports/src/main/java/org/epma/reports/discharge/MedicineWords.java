package org.epma.reports.discharge;

import java.math.BigDecimal;
import org.epma.prescribing.discharge.DischargeLetter;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.reports.print.Labels;
import org.epma.reports.print.OrderWords;

/**
 * A discharge medicine's words in the paper's language, made of the order words every report uses ({@link OrderWords}):
 * the dose in the product's own unit where it has one ("1 tablet" rather than "5 mg"), how often, and the supply.
 */
final class MedicineWords {

    private final Labels labels;
    private final OrderWords words;

    MedicineWords(Labels labels, OrderWords words) {
        this.labels = labels;
        this.words = words;
    }

    /** "Take 1 tablet in the morning" / "Cymerwch 1 tabled yn y bore"; another route than by mouth is named. */
    String directions(DischargeLetter.Medicine medicine) {
        OrderWording line = medicine.now();
        String dose = medicine.perDose() != null ? words.quantity(medicine.perDose()) : words.dose(line.dose());
        String often = words.frequency(line.frequency(), line.weeklyOn());
        return line.route() == Route.PO ? labels.text("discharge.take", dose, often)
                : labels.text("discharge.use", dose, often, words.route(line.route()));
    }

    /** "28 tablets for 28 days", "the patient's own supply", or nothing for a medicine that does not go home. */
    String supply(DischargeLetter.Medicine medicine) {
        if (medicine.ownSupply()) {
            return labels.text("discharge.ownSupply");
        }
        if (medicine.supplyQuantity() == null || medicine.supplyUnit() == null) {
            return null;
        }
        BigDecimal amount = medicine.supplyQuantity().stripTrailingZeros();
        return labels.text("discharge.supply", words.quantity(new Quantity(amount, medicine.supplyUnit())), medicine.supplyDays());
    }
}
