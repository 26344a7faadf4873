package org.epma.prescribing.sitedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of the site's config folder with a header row: RFC 4180 quoting, '#' comment lines and blank
 * lines ignored. Every problem is reported as a {@link SiteDataException} naming the file, line and field.
 */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(String source, Reader reader, String... requiredColumns) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = split(source, number, line);
                if (header == null) {
                    header = cells;
                    for (String column : requiredColumns) {
                        if (!header.contains(column)) {
                            throw new SiteDataException(source, number, column, "the header has no column '" + column + "'");
                        }
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new SiteDataException(source, number, null,
                            "expected " + header.size() + " fields but found " + cells.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i).strip());
                }
                rows.add(new Row(source, number, values));
            }
        } catch (IOException e) {
            throw new SiteDataException(source, 0, null, "cannot be read: " + e.getMessage());
        }
        if (header == null) {
            throw new SiteDataException(source, 0, null, "is empty: it needs a header row");
        }
        return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> split(String source, int lineNumber, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new SiteDataException(source, lineNumber, null, "a quoted field is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }

    public String source() { return source; }
    public List<String> header() { return header; }
    public List<Row> rows() { return rows; }

    /** One data row; the accessors turn a bad value into an error naming this row's line and the field. */
    public record Row(String source, int line, Map<String, String> values) {

        public String text(String column) {
            String value = values.get(column);
            if (value == null || value.isEmpty()) {
                throw problem(column, "is required");
            }
            return value;
        }

        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw problem(column, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        /** A ';'-separated list of values from a closed vocabulary; empty when the cell is empty. */
        public <E extends Enum<E>> java.util.Set<E> choices(String column, Class<E> type) {
            java.util.Set<E> chosen = java.util.EnumSet.noneOf(type);
            for (String part : list(column)) {
                try {
                    chosen.add(Enum.valueOf(type, part.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw problem(column, "'" + part + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
                }
            }
            return chosen;
        }

        /** The ';'-separated parts of a cell, trimmed; empty when the cell is empty. */
        public List<String> list(String column) {
            String value = optional(column);
            if (value == null) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        public java.math.BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return new java.math.BigDecimal(value);
            } catch (NumberFormatException e) {
                throw problem(column, "'" + value + "' is not a number");
            }
        }

        public java.math.BigDecimal optionalDecimal(String column) {
            return optional(column) == null ? null : decimal(column);
        }

        /** Y or N. */
        public boolean flag(String column) {
            String value = text(column);
            if (!value.equals("Y") && !value.equals("N")) {
                throw problem(column, "'" + value + "' must be Y or N");
            }
            return value.equals("Y");
        }

        public SiteDataException problem(String column, String message) {
            return new SiteDataException(source, line, column, message);
        }
    }
}
