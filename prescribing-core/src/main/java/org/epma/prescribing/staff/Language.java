package org.epma.prescribing.staff;

import java.util.Locale;
import org.epma.prescribing.refusal.InvalidInputException;

/** The languages the screens and the printed documents are written in: a member of staff's screens, a patient's own papers. */
public enum Language {
    EN, CY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return language;
                }
            }
        }
        throw new InvalidInputException("language", StaffSentence.LANGUAGE.with(), "The language must be 'en' (English) or 'cy' (Cymraeg).");
    }
}
