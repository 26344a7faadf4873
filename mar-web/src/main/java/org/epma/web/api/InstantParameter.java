package org.epma.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;

/** An ISO instant given as a query parameter ({@code ?from=2026-11-23T08:00:00Z}), or a 400 naming the parameter. */
public final class InstantParameter {

    private InstantParameter() {
    }

    public static Instant of(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, RequestSentence.NOT_AN_INSTANT.with(Text.echoed(text)),
                    Text.echo(text) + " is not an instant such as 2026-11-23T08:00:00Z.");
        }
    }
}
