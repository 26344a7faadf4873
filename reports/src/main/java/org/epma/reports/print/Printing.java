package org.epma.reports.print;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Who prints, where and when, in which language, and whether this is the training system: the heading and footer
 * of every report.
 */
public record Printing(String hospital, String printedBy, Instant printedAt, Locale locale, boolean training) {

    public static final Locale WELSH = Locale.forLanguageTag("cy");

    public Printing {
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedAt, "printedAt");
        locale = WELSH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? WELSH : Locale.ENGLISH;
    }
}
