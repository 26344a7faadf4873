package org.epma.prescribing.administration;

import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.DutyRefusedException;
import org.epma.prescribing.staff.Role;

/**
 * Who may make and correct administration records. {@link Actor#role()} is the role the person acts in: the first of
 * the endpoint's roles they hold, so someone acting as PHARMACIST holds neither NURSE nor PRESCRIBER, and someone
 * acting as NURSE_IN_CHARGE holds that role.
 */
final class AdministrationDuties {

    private AdministrationDuties() {
    }

    /** Doses are given by nurses and prescribers; a pharmacist may record a dose not given (none on the ward), not one given. */
    static void requireMayRecord(Outcome outcome, Actor by) {
        if (outcome == Outcome.GIVEN && !by.role().equals(Role.NURSE.name()) && !by.role().equals(Role.PRESCRIBER.name())
                && !by.role().equals(Role.NURSE_IN_CHARGE.name())) {
            throw new DutyRefusedException(Duty.GIVEN_BY_PHARMACIST, "A dose is recorded as given by the nurse or prescriber"
                    + " who gave it; your role (" + by.role() + ") does not give doses.");
        }
    }

    /**
     * A record is struck through by the person who made it; anyone else's only by the nurse in charge (who gives a
     * reason, as every striking-through does), because the chart is the nursing team's record of what the patient had.
     */
    static void requireMayStrikeThrough(Administration record, Actor by) {
        if (!record.recordedBy().equals(by.username()) && !by.role().equals(Role.NURSE_IN_CHARGE.name())) {
            throw new DutyRefusedException(Duty.OTHERS_RECORD, "This record was made by " + record.recordedBy()
                    + ": only they, or the nurse in charge with a reason, may strike it through.");
        }
    }
}
