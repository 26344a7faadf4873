package org.epma.prescribing.administration;

import java.util.Collection;
import java.util.Map;
import org.epma.prescribing.patient.Patient;

/** The patients and staff a set of records names, fetched together for a register or report rather than one by one. */
public interface PeopleOnRecord {

    /** The patients with these ids, by id. */
    Map<Long, Patient> patients(Collection<Long> ids);

    /** "Nia Evans (nurse.evans)" for each of these user names that has an account, by user name. */
    Map<String, String> staffNames(Collection<String> usernames);
}
