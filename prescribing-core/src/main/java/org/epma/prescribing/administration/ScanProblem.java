package org.epma.prescribing.administration;

import java.util.List;
import java.util.Locale;
import org.epma.prescribing.wording.Phrase;

/** Why a scan could not be read, as a stable code for message bundles (the English sentence travels beside it). */
public enum ScanProblem implements Phrase {
    /** The scan was empty. */
    NOTHING_SCANNED,
    /** A GS1 code carries an Application Identifier this system does not read, so the rest cannot be split safely. */
    UNKNOWN_APPLICATION_IDENTIFIER,
    /** A GS1 field is cut short, too long, empty or holds characters GS1 does not allow. */
    MALFORMED_FIELD,
    /** A GS1 expiry date (17) is not a real date. */
    INVALID_EXPIRY_DATE,
    /** The GTIN's last digit does not match the GS1 modulo-10 check digit: a misprint or a misread. */
    CHECK_DIGIT,
    /** A GS1 code without a GTIN (01) cannot identify a medicine. */
    NO_GTIN,
    /** The same Application Identifier appears twice, so which value is meant is unknown. */
    REPEATED_FIELD,
    /** Not a GS1 code, not a GTIN and not a hospital number. */
    NOT_RECOGNISED;

    @Override
    public String key() {
        return "scanProblem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<String> argNames() {
        return List.of();
    }
}
