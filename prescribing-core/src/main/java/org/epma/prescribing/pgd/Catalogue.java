package org.epma.prescribing.pgd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A site's list of directions or homely remedies, in the order the site wrote them, and the staff it names for each
 * (authorised for a direction; trained and assessed competent for a remedy). Read by {@link DirectionCatalogue} and
 * {@link HomelyRemedyCatalogue}.
 */
public record Catalogue<T extends Direction>(Map<String, T> entries, Map<String, Set<String>> authorised) {

    public Catalogue {
        // copyOf would lose the site's order, which the screens keep
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        authorised = Map.copyOf(authorised);
    }

    public static <T extends Direction> Catalogue<T> none() {
        return new Catalogue<>(Map.of(), Map.of());
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    public List<T> all() {
        return new ArrayList<>(entries.values());
    }

    /** Whether the site names this person for the direction or remedy. */
    public boolean authorises(String id, String username) {
        return authorised.getOrDefault(id, Set.of()).contains(username);
    }
}
