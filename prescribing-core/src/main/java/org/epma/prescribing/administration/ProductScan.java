package org.epma.prescribing.administration;

import java.time.LocalDate;
import java.util.Objects;
import org.epma.prescribing.formulary.Gtin;

/**
 * A medicine pack: its GTIN and, from a GS1 DataMatrix or GS1-128 code, its expiry date, batch and serial
 * number. A linear EAN-13, ITF-14 or GTIN-8/12 code carries the GTIN only, so the others are then null and the
 * nurse types the batch and expiry if the record needs them.
 */
public record ProductScan(Gtin gtin, LocalDate expiry, String batch, String serial) implements ScanResult {

    public ProductScan {
        Objects.requireNonNull(gtin, "gtin");
    }

    /** A pack carrying only its GTIN, as a linear barcode does. */
    public static ProductScan ofGtin(Gtin gtin) {
        return new ProductScan(gtin, null, null, null);
    }

    /**
     * Whether the pack is out of date on the given (ward-local) day. A pack may be used on its expiry day itself:
     * "EXP 31/01/2027" means until the end of that day, and a month-only date means until the month's last day.
     * A pack whose code carries no expiry is never called expired here; the nurse checks the printed date.
     */
    public boolean expiredOn(LocalDate day) {
        return expiry != null && day.isAfter(expiry);
    }
}
