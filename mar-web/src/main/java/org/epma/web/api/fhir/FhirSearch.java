package org.epma.web.api.fhir;

import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.refusal.InvalidInputException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * What the FHIR searches share: only the parameters a search supports (an unknown one is a 400, not silently ignored,
 * as a mistyped {@code patinet=} would otherwise answer with nothing or too much), references to a patient, date
 * ranges, and the searchset Bundle.
 */
final class FhirSearch {

    private static final Pattern PATIENT = Pattern.compile("^(?:.*/)?(?:Patient/)?(\\d{1,18})$");
    private static final Pattern DATE = Pattern.compile("^(eq|ge|gt|le|lt)?(\\d{4}-\\d{2}-\\d{2}(?:T.*)?)$");

    private FhirSearch() {
    }

    /** Refuses any parameter but these (and {@code _format}, which {@link FhirFormat} checks). */
    static void only(UriInfo uri, String... names) {
        Set<String> known = new TreeSet<>(List.of(names));
        for (String given : uri.getQueryParameters().keySet()) {
            if (!known.contains(given) && !given.equals("_format")) {
                throw new InvalidInputException(given, FhirSentence.UNKNOWN_PARAMETER.with(given, String.join(", ", known)),
                        "This search does not support the parameter " + given + "; it supports " + String.join(", ", known) + ".");
            }
        }
    }

    /** A numeric id from a read's path; anything else is an id this server never gave, so not found. */
    static long id(String type, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new org.epma.prescribing.refusal.NotFoundException(type, id);
        }
        return Long.parseLong(id);
    }

    /**
     * The codes a token parameter asks for: each parameter a comma-separated list (any of them), several parameters all
     * of them (so nothing, where they share none). Null when the parameter is not given: no narrowing. A code may
     * carry {@code system} as {@code system|code}; an unknown code, or another system, is refused with {@code unknown}.
     */
    static <T> Set<T> codes(String name, List<String> parameters, String system, Map<String, T> known, FhirSentence unknown) {
        Set<T> wanted = null;
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            Set<T> any = new HashSet<>();
            for (String given : parameter.split(",")) {
                String code = given.strip();
                if (system != null && code.startsWith(system + "|")) {
                    code = code.substring(system.length() + 1);
                }
                T value = known.get(code.toLowerCase(Locale.ROOT));
                if (value == null) {
                    String codes = String.join(", ", known.keySet());
                    throw new InvalidInputException(name, unknown.with(given.strip(), codes),
                            name + " must be one of " + codes + ", not " + given.strip() + ".");
                }
                any.add(value);
            }
            if (wanted == null) {
                wanted = any;
            } else {
                wanted.retainAll(any);
            }
        }
        return wanted;
    }

    /** The one value of a parameter the search needs. */
    static String required(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new InvalidInputException(name, FhirSentence.PARAMETER_NEEDED.with(name), "Give " + name + " to search by.");
        }
        if (values.size() > 1) {
            throw new InvalidInputException(name, FhirSentence.PARAMETER_NEEDED.with(name), "Give " + name + " once.");
        }
        return values.get(0).strip();
    }

    /** A patient's id from {@code 123}, {@code Patient/123} or a full address ending in it. */
    static long patient(String value) {
        Matcher matcher = PATIENT.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidInputException("patient", FhirSentence.NOT_A_PATIENT.with(value),
                    "patient must be a Patient's id or reference (Patient/123), not " + value + ".");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A period from date parameters ({@code ge2026-11-23}, {@code lt2026-11-30T12:00:00Z}): [from, to), either open. */
    record Period(Instant from, Instant to) {
    }

    /**
     * Dates without a time are whole days in UTC; a date-time without a zone is refused, since FHIR requires one when
     * there is a time. {@code eq} (or no prefix) is the whole of the day or second given.
     */
    static Period period(String name, List<String> values) {
        Instant from = null;
        Instant to = null;
        for (String value : values == null ? List.<String>of() : values) {
            Matcher matcher = DATE.matcher(value.strip());
            if (!matcher.matches()) {
                throw notADate(name, value);
            }
            String prefix = matcher.group(1) == null ? "eq" : matcher.group(1);
            Instant start;
            Instant end;
            try {
                if (matcher.group(2).length() == 10) {
                    start = LocalDate.parse(matcher.group(2)).atStartOfDay(ZoneOffset.UTC).toInstant();
                    end = start.plusSeconds(86_400);
                } else {
                    start = OffsetDateTime.parse(matcher.group(2)).toInstant();
                    end = start.plusSeconds(1);
                }
            } catch (DateTimeParseException e) {
                throw notADate(name, value);
            }
            switch (prefix) {
                case "ge" -> from = later(from, start);
                case "gt" -> from = later(from, end);
                case "le" -> to = earlier(to, end);
                case "lt" -> to = earlier(to, start);
                default -> {
                    from = later(from, start);
                    to = earlier(to, end);
                }
            }
        }
        return new Period(from, to);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static InvalidInputException notADate(String name, String value) {
        return new InvalidInputException(name, FhirSentence.NOT_A_DATE.with(value), name + " must be a date (2026-11-23) or a date-time"
                + " with its zone (2026-11-23T08:00:00Z), with an optional prefix ge, gt, le, lt or eq; not " + value + ".");
    }

    /** The searchset of what matched, each entry under its full address. */
    static Bundle bundle(UriInfo uri, List<? extends Resource> matches) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(matches.size());
        String base = FhirMedia.base(uri).toString();
        String path = uri.getPath().replaceFirst("^/?" + FhirMedia.PATH + "/", "");
        String query = uri.getRequestUri().getRawQuery();
        bundle.addLink().setRelation("self").setUrl(base + path + (query == null ? "" : "?" + query));
        for (Resource match : matches) {
            bundle.addEntry().setFullUrl(base + match.fhirType() + "/" + match.getIdElement().getIdPart()).setResource(match)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
