package org.epma.prescribing.formulary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The products a site prescribes from, with the version (a hash of the files) every prescription records.
 * Immutable once loaded; a site's change to the files takes effect at the next start.
 */
public final class Formulary {

    private final Map<String, Product> byCode;
    private final Map<String, Product> byGtin;
    private final Set<String> ingredients;
    private final String version;
    private final List<SearchEntry> searchIndex;

    private record SearchEntry(Product product, String text) {
    }

    public Formulary(List<Product> products, String version) {
        this.byCode = new LinkedHashMap<>();
        products.forEach(p -> byCode.put(p.code(), p));
        this.byGtin = products.stream().filter(p -> p.demoGtin() != null)
                .collect(Collectors.toMap(Product::demoGtin, p -> p, (a, b) -> a));
        this.ingredients = products.stream().flatMap(p -> p.ingredients().stream()).map(Ingredient::name)
                .collect(Collectors.toCollection(TreeSet::new));
        this.version = version;
        this.searchIndex = products.stream()
                .sorted(Comparator.comparing(Product::name))
                .map(p -> new SearchEntry(p, (p.name() + " " + p.medicine() + " "
                        + p.ingredients().stream().map(Ingredient::name).collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT)))
                .toList();
    }

    public String version() {
        return version;
    }

    public Optional<Product> product(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<Product> byGtin(Gtin gtin) {
        return Optional.ofNullable(byGtin.get(gtin.value()));
    }

    public List<Product> products() {
        return List.copyOf(byCode.values());
    }

    public Set<String> ingredients() {
        return ingredients;
    }

    /**
     * Products whose name, medicine or ingredients contain every word of the query, those whose name starts
     * with the query first. "para" finds paracetamol and co-codamol (its paracetamol).
     */
    public List<Product> search(String query, int limit) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        String first = words[0];
        return searchIndex.stream()
                .filter(e -> java.util.Arrays.stream(words).allMatch(e.text()::contains))
                .sorted(Comparator.comparing((SearchEntry e) -> !e.product().name().toLowerCase(Locale.ROOT).startsWith(first))
                        .thenComparing(e -> !e.product().medicine().toLowerCase(Locale.ROOT).startsWith(first)))
                .limit(limit)
                .map(SearchEntry::product)
                .toList();
    }
}
