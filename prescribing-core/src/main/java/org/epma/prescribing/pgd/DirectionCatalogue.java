package org.epma.prescribing.pgd;

import java.util.LinkedHashMap;
import java.util.Map;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The site's patient group directions and the staff authorised by name for each (config/pgds.csv and
 * config/pgd-authorisations.csv). Read once at start: a row that names a medicine, route or unit the formulary does not
 * have, or a Schedule 1 to 3 controlled drug, stops the start rather than offering a direction that cannot be given.
 */
public final class DirectionCatalogue {

    private DirectionCatalogue() {
    }

    public static Catalogue<PatientGroupDirection> read(CsvTable directionTable, CsvTable authorisationTable, Formulary formulary) {
        Map<String, PatientGroupDirection> directions = new LinkedHashMap<>();
        for (CsvTable.Row row : directionTable.rows()) {
            String id = ProtocolRows.id(row, directions);
            Product product = ProtocolRows.medicine(row, formulary, "a patient group direction");
            if (ProtocolRows.date(row, "expires").isBefore(ProtocolRows.date(row, "valid_from"))) {
                throw row.problem("expires", "a direction expires after it comes into force");
            }
            directions.put(id, new PatientGroupDirection(id, row.text("version"), row.text("title"), product.code(),
                    ProtocolRows.positive(row, "dose"), row.text("dose_unit"), row.choice("route", Route.class),
                    row.text("indication"), row.text("inclusion"), row.text("exclusion"),
                    ProtocolRows.optionalWhole(row, "minimum_age_years"), ProtocolRows.whole(row, "review_within_hours"),
                    ProtocolRows.date(row, "valid_from"), ProtocolRows.date(row, "expires"), row.text("source")));
        }
        return new Catalogue<>(directions, ProtocolRows.authorisations(authorisationTable, "pgd_id", directions.keySet(),
                directionTable.source()));
    }
}
