package org.epma.hl7.codes;

import java.util.Locale;
import java.util.Optional;

import org.epma.prescribing.patient.Sex;

/** HL7 table 0001, administrative sex (PID-8): F, M, O other, U unknown, A ambiguous, N not applicable. */
public final class SexCodes {

    private SexCodes() {
    }

    public static String code(Sex sex) {
        return switch (sex) {
            case FEMALE -> "F";
            case MALE -> "M";
            case OTHER -> "O";
            case UNKNOWN -> "U";
        };
    }

    /**
     * A code outside table 0001, or none, is empty so the caller can refuse the message rather than guess (dose
     * and pregnancy rules read sex). An empty PID-8 is "no change", which the caller decides before asking here.
     */
    public static Optional<Sex> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "F" -> Optional.of(Sex.FEMALE);
            case "M" -> Optional.of(Sex.MALE);
            case "O", "A" -> Optional.of(Sex.OTHER);
            case "U", "N" -> Optional.of(Sex.UNKNOWN);
            default -> Optional.empty();
        };
    }
}
