package org.epma.prescribing.pgd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.epma.prescribing.formulary.Route;

/**
 * One patient group direction as the site authorised it (config/pgds.csv): the single dose it allows, for whom
 * (inclusion), for whom not (exclusion), from what age, how soon a prescriber must review a dose given under it, and
 * the dates it is in force. The wording of the criteria is the site's signed document's, shown to the nurse as written.
 */
public record PatientGroupDirection(String id, String version, String title, String productCode, BigDecimal dose,
                                    String doseUnit, Route route, String indication, String inclusion, String exclusion,
                                    Integer minimumAgeYears, int reviewWithinHours, LocalDate validFrom, LocalDate expires,
                                    String source) implements Direction {

    public PatientGroupDirection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(expires, "expires");
        if (reviewWithinHours <= 0) {
            throw new IllegalArgumentException("a dose under a direction is reviewed within a positive number of hours");
        }
    }

    @Override
    public DirectionKind kind() {
        return DirectionKind.PATIENT_GROUP_DIRECTION;
    }

    @Override
    public String instruction() {
        return "Given under patient group direction " + id + " version " + version + ": " + title;
    }

    /** A direction may be used from its first day to its expiry day, both included. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(expires);
    }
}
