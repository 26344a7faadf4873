package org.epma.prescribing.pgd;

import java.util.LinkedHashMap;
import java.util.Map;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The site's homely remedies protocol and the nurses it names as trained and assessed competent to give each remedy
 * (config/homely-remedies.csv and config/homely-remedy-authorisations.csv), read once at start and checked as the
 * patient group directions are: a medicine, route or unit the formulary does not have, a Schedule 1 to 3 controlled
 * drug, or a number that is not a positive whole number stops the start.
 */
public final class HomelyRemedyCatalogue {

    private HomelyRemedyCatalogue() {
    }

    public static Catalogue<HomelyRemedy> read(CsvTable remedyTable, CsvTable authorisationTable, Formulary formulary) {
        Map<String, HomelyRemedy> remedies = new LinkedHashMap<>();
        for (CsvTable.Row row : remedyTable.rows()) {
            String id = ProtocolRows.id(row, remedies);
            Product product = ProtocolRows.medicine(row, formulary, "a homely remedies protocol");
            int interval = ProtocolRows.whole(row, "minimum_interval_hours");
            int perDay = ProtocolRows.whole(row, "maximum_doses_in_24_hours");
            if (perDay > 1 && (long) interval * (perDay - 1) >= 24) {
                // with this interval the count can never be reached: one of the two numbers is mistyped
                throw row.problem("maximum_doses_in_24_hours", perDay + " doses cannot be given in 24 hours at least "
                        + interval + " hours apart");
            }
            remedies.put(id, new HomelyRemedy(id, row.text("version"), row.text("title"), product.code(),
                    ProtocolRows.positive(row, "dose"), row.text("dose_unit"), row.choice("route", Route.class),
                    row.text("indication"), row.text("exclusions_cautions"), ProtocolRows.optionalWhole(row, "minimum_age_years"),
                    interval, perDay, ProtocolRows.whole(row, "maximum_duration_hours"), ProtocolRows.whole(row, "review_within_hours"),
                    row.text("source")));
        }
        return new Catalogue<>(remedies, ProtocolRows.authorisations(authorisationTable, "remedy_id", remedies.keySet(),
                remedyTable.source()));
    }
}
