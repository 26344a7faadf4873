package org.epma.prescribing.formulary;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Unit} as its symbol ("mg", "microgram", "mL"), the text the dose-unit columns have always held, so
 * an entity carries the unit itself and nobody parses the column again.
 */
@Converter
public class UnitColumn implements AttributeConverter<Unit, String> {

    @Override
    public String convertToDatabaseColumn(Unit unit) {
        return unit == null ? null : unit.symbol();
    }

    @Override
    public Unit convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return Unit.parse(column).orElseThrow(() -> new IllegalStateException("'" + column + "' in a dose-unit column is not a unit"));
    }
}
