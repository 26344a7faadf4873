package org.epma.hl7.outbound;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.epma.prescribing.ward.AttendingDoctor;

/**
 * A clinician named in an order, as an XCN: an identifier and the parts of a name. Staff (prescriber, pharmacist)
 * are identified by their ePMA user name, and ePMA keeps one display name per user ("Dr Rhys Evans"), but a receiver
 * files clinicians by family and given name, so {@link #staff} reads the parts from it: a leading title as the
 * prefix, the last word as the family name (with the particles before it: "ap Gwyn", "van der Berg"), the first
 * remaining word as the given name and any words between as further given names. A name these rules read wrongly
 * is still whole across the parts, in order. The attending doctor comes from the patient administration system
 * with the parts already apart and its own clinician code, which may come alone, or a name may come without it.
 *
 * @param id the user name or the PAS's clinician code (XCN-1); empty when only a name is known
 */
public record Clinician(String id, NameParts name) {

    /** Titles written before a name in the UK; anything else is taken as part of the name. */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sister");

    /** Lower-case words that belong to the family name that follows them (Welsh, Dutch, German, French, Italian …). */
    private static final Set<String> PARTICLES = Set.of("ap", "ab", "ferch", "van", "von", "der", "den", "de", "du", "da", "di",
            "del", "della", "le", "la", "st");

    /** The parts of a name, as XCN components 2 (family), 3 (given), 4 (further given) and 6 (prefix); empty when unknown. */
    public record NameParts(String family, String given, String furtherGiven, String prefix) {
        public NameParts {
            family = Objects.requireNonNullElse(family, "");
            given = Objects.requireNonNullElse(given, "");
            furtherGiven = Objects.requireNonNullElse(furtherGiven, "");
            prefix = Objects.requireNonNullElse(prefix, "");
        }
    }

    public Clinician {
        id = Objects.requireNonNullElse(id, "");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() && name.family().isBlank() && name.given().isBlank()) {
            throw new IllegalArgumentException("a clinician needs an identifier or a name");
        }
    }

    /** A member of staff, by user name and the display name ePMA keeps for them. */
    public static Clinician staff(String username, String displayName) {
        MessageHeader.requireText(username, "username");
        MessageHeader.requireText(displayName, "displayName");
        return new Clinician(username, nameParts(displayName));
    }

    /** The attending doctor as the patient administration system named them: its code and the parts it sent. */
    public static Clinician attending(AttendingDoctor doctor) {
        return new Clinician(doctor.id(), new NameParts(doctor.familyName(), doctor.givenName(), "", doctor.prefix()));
    }

    private static NameParts nameParts(String displayName) {
        List<String> words = Arrays.asList(displayName.strip().split("\\s+"));
        String prefix = "";
        if (words.size() > 1 && TITLES.contains(words.get(0).replace(".", "").toLowerCase(Locale.ROOT))) {
            prefix = words.get(0);
            words = words.subList(1, words.size());
        }
        int familyStarts = words.size() - 1;
        while (familyStarts > 1 && PARTICLES.contains(words.get(familyStarts - 1))) {
            familyStarts--;
        }
        String family = String.join(" ", words.subList(familyStarts, words.size()));
        String given = familyStarts > 0 ? words.get(0) : "";
        String further = familyStarts > 1 ? String.join(" ", words.subList(1, familyStarts)) : "";
        return new NameParts(family, given, further, prefix);
    }
}
