package org.epma.prescribing.checks;

import java.math.BigDecimal;

/**
 * A body-weight band as the SmPCs write them: above {@code above} and up to and including {@code upTo}
 * ("more than 33 kg to 50 kg"); either end may be open (null).
 */
public record WeightBand(BigDecimal above, BigDecimal upTo) {

    public static final WeightBand ANY = new WeightBand(null, null);

    public boolean contains(BigDecimal kg) {
        return (above == null || kg.compareTo(above) > 0) && (upTo == null || kg.compareTo(upTo) <= 0);
    }

    public boolean isOpen() {
        return above == null && upTo == null;
    }
}
