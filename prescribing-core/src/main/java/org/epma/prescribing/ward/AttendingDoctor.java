package org.epma.prescribing.ward;

import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.RefusalSentence;

/**
 * The doctor responsible for a patient's stay, as the patient administration system names them. Feeds vary in what
 * they send: some only the clinician's code, some only the name, so either alone is enough and a part not given is
 * empty, never null. Each part fits its column, and an over-long one is refused rather than cut: a code cut short
 * could be another doctor's.
 *
 * @param id the PAS's code for the clinician (e.g. a consultant code), not an ePMA user name
 * @param prefix a title such as "Dr" or "Prof"
 */
public record AttendingDoctor(String id, String familyName, String givenName, String prefix) {

    static final int ID_LENGTH = 64;
    static final int NAME_LENGTH = 100;
    static final int PREFIX_LENGTH = 20;

    public AttendingDoctor {
        id = bounded(id, "attendingDoctor.id", ID_LENGTH);
        familyName = bounded(familyName, "attendingDoctor.familyName", NAME_LENGTH);
        givenName = bounded(givenName, "attendingDoctor.givenName", NAME_LENGTH);
        prefix = bounded(prefix, "attendingDoctor.prefix", PREFIX_LENGTH);
        if (id.isEmpty() && familyName.isEmpty() && givenName.isEmpty()) {
            throw new InvalidInputException("attendingDoctor", WardSentence.ATTENDING_DOCTOR_NEEDS_NAME.with(), "An attending doctor needs a code or a name.");
        }
    }

    private static String bounded(String text, String field, int length) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > length) {
            throw new InvalidInputException(field, RefusalSentence.TEXT_TOO_LONG.with(field, length), "The " + field + " is longer than " + length + " characters.");
        }
        return stripped;
    }
}
