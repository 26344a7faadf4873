package org.epma.prescribing.administration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The medicines the site requires a second registered person to check at the bedside besides the Schedule 1 to 3
 * controlled drugs the law requires (config/second-checks.csv): by ATC code prefix, optionally only by some routes, each
 * with the site's reason and its source. The second person confirms with their own user name and password, as a
 * controlled drug's witness does.
 */
public record SecondChecks(List<Rule> rules) {

    public static final SecondChecks NONE = new SecondChecks(List.of());

    /** One of the site's rules: medicines whose ATC code starts with {@code atcPrefix}, by these routes (all when empty). */
    public record Rule(String atcPrefix, Set<Route> routes, String reason, String source) {
        public Rule {
            routes = routes.isEmpty() ? Set.of() : EnumSet.copyOf(routes);
        }

        boolean covers(Product product, Route route) {
            return product.atc() != null && product.atc().startsWith(atcPrefix) && (routes.isEmpty() || routes.contains(route));
        }
    }

    public SecondChecks {
        rules = List.copyOf(rules);
    }

    public static SecondChecks read(CsvTable table) {
        List<Rule> rules = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String prefix = row.text("atc_prefix");
            if (!prefix.matches("[A-Z][0-9A-Z]{0,6}")) {
                throw row.problem("atc_prefix", "'" + prefix + "' is not the start of an ATC code such as A10A");
            }
            rules.add(new Rule(prefix, row.choices("routes", Route.class), row.text("reason"), row.text("source")));
        }
        return new SecondChecks(rules);
    }

    /** The site's rule asking for a second check of this product by this route, if any. */
    public Optional<Rule> ruleFor(Product product, Route route) {
        return rules.stream().filter(rule -> rule.covers(product, route)).findFirst();
    }

    /** Whether a dose of the product by the route needs a second person: a Schedule 1 to 3 controlled drug, or the site's rule. */
    public boolean needed(Product product, Route route) {
        return product.strictlyControlled() || ruleFor(product, route).isPresent();
    }
}
