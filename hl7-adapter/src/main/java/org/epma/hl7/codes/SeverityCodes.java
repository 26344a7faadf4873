package org.epma.hl7.codes;

import java.util.Locale;
import java.util.Optional;

import org.epma.prescribing.patient.AllergySeverity;

/** HL7 table 0128, allergy severity (AL1-4): SV severe, MO moderate, MI mild, U unknown. */
public final class SeverityCodes {

    public static final String TABLE = "HL70128";

    private SeverityCodes() {
    }

    public static String code(AllergySeverity severity) {
        return switch (severity) {
            case SEVERE -> "SV";
            case MODERATE -> "MO";
            case MILD -> "MI";
            case UNKNOWN -> "U";
        };
    }

    public static String words(AllergySeverity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** An absent severity is UNKNOWN; a code outside the table is empty, so the caller can refuse it. */
    public static Optional<AllergySeverity> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(AllergySeverity.UNKNOWN);
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "SV" -> Optional.of(AllergySeverity.SEVERE);
            case "MO" -> Optional.of(AllergySeverity.MODERATE);
            case "MI" -> Optional.of(AllergySeverity.MILD);
            case "U" -> Optional.of(AllergySeverity.UNKNOWN);
            default -> Optional.empty();
        };
    }
}
