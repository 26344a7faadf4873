package org.epma.prescribing.pgd;

import java.math.BigDecimal;
import org.epma.prescribing.formulary.Route;

/**
 * A row of a site's protocol under which a named nurse gives a dose without a prescription: a patient group direction
 * or a homely remedy. Both give the same kind of dose (a once-only order marked with the protocol, checked like any
 * order, given with the bedside scan and reviewed by a prescriber); they differ in who may be given it and how often.
 */
public sealed interface Direction permits PatientGroupDirection, HomelyRemedy {

    DirectionKind kind();

    String id();

    String version();

    String title();

    String productCode();

    BigDecimal dose();

    String doseUnit();

    Route route();

    String indication();

    /** Younger patients are refused; null when the protocol sets no age. */
    Integer minimumAgeYears();

    /** How soon a prescriber reviews a dose given under it (site policy). */
    int reviewWithinHours();

    String source();

    /** The order's instruction, as the MAR, the pharmacist and the HL7 NTE segment show it. */
    String instruction();
}
