package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The hospital's hypoglycaemia treatment (config/hypoglycaemia-treatment.csv): the steps in English and Welsh with the
 * source the site names. Read on first use; the screens pick the caller's language.
 */
@ApplicationScoped
public class HypoglycaemiaTreatment {

    public record Step(String language, int step, String text, String source) {
    }

    private final SiteConfig site;
    private volatile List<Step> steps;

    @Inject
    public HypoglycaemiaTreatment(SiteConfig site) {
        this.site = site;
    }

    protected HypoglycaemiaTreatment() {
        this(null);
    }

    public List<Step> steps() {
        List<Step> read = steps;
        if (read == null) {
            List<Step> rows = new ArrayList<>();
            for (CsvTable.Row row : site.table("hypoglycaemia-treatment.csv", "language", "step", "text", "source").rows()) {
                String language = row.text("language");
                if (!language.equals("en") && !language.equals("cy")) {
                    throw row.problem("language", "'" + language + "' must be en or cy");
                }
                int step;
                try {
                    step = Integer.parseInt(row.text("step"));
                } catch (NumberFormatException e) {
                    throw row.problem("step", "'" + row.text("step") + "' must be a whole number");
                }
                rows.add(new Step(language, step, row.text("text"), row.text("source")));
            }
            rows.sort(Comparator.comparing(Step::language).thenComparingInt(Step::step));
            read = List.copyOf(rows);
            steps = read;
        }
        return read;
    }
}
