package org.epma.prescribing.order;

import java.util.List;
import org.epma.prescribing.checks.Alert;

/**
 * Checks that belong to a kind of order rather than to every order (an infusion's dose rate, concentration and daily
 * fluid): given a draft and what the general checks found, what it is signed against. Kept as an interface so that this
 * package does not depend on the kinds of order built on it.
 */
public interface OrderSpecificChecks {

    List<Alert> adjust(Prescription draft, List<Alert> general);
}
