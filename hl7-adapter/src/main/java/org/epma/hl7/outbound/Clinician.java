package org.epma.hl7.outbound;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A member of staff named in an order (prescriber, pharmacist). ePMA keeps one display name per user ("Dr Rhys
 * Evans"), but a receiver files clinicians by family and given name, so the XCN carries the parts read from it:
 * a leading title as the prefix, the last word as the family name (with the particles before it: "ap Gwyn",
 * "van der Berg"), the first remaining word as the given name and any words between as further given names. A name
 * these rules read wrongly is still whole across the parts, in order.
 */
public record Clinician(String username, String displayName) {

    /** Titles written before a name in the UK; anything else is taken as part of the name. */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sister");

    /** The parts of a display name, as XCN components 2 (family), 3 (given), 4 (further given) and 6 (prefix). */
    /** Lower-case words that belong to the family name that follows them (Welsh, Dutch, German, French, Italian …). */
    private static final Set<String> PARTICLES = Set.of("ap", "ab", "ferch", "van", "von", "der", "den", "de", "du", "da", "di",
            "del", "della", "le", "la", "st");

    public record NameParts(String family, String given, String furtherGiven, String prefix) {
    }

    public Clinician {
        MessageHeader.requireText(username, "username");
        MessageHeader.requireText(displayName, "displayName");
    }

    public NameParts nameParts() {
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
