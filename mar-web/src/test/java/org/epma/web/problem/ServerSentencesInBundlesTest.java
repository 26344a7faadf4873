package org.epma.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.epma.pharmacy.outbox.OutboxSentence;
import org.epma.pharmacy.outbox.OutboxStatus;
import org.epma.pharmacy.verification.VerificationSentence;
import org.epma.prescribing.administration.MissingDoseStatus;
import org.epma.prescribing.administration.NotGivenReason;
import org.epma.prescribing.administration.RecordSentence;
import org.epma.prescribing.administration.ScanProblem;
import org.epma.prescribing.administration.StopSentence;
import org.epma.prescribing.audit.AuditSentence;
import org.epma.prescribing.checks.AlertSentence;
import org.epma.prescribing.formulary.FormularySentence;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.order.OrderSentence;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.MeasurementKind;
import org.epma.prescribing.patient.PatientSentence;
import org.epma.prescribing.patient.PregnancyStatus;
import org.epma.prescribing.refusal.Duty;
import org.epma.prescribing.refusal.RefusalSentence;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffSentence;
import org.epma.prescribing.time.PeriodSentence;
import org.epma.prescribing.ward.WardSentence;
import org.epma.prescribing.wording.Phrase;
import org.epma.web.api.RequestSentence;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the server can send as a message key (every constant of every enum implementing {@link Phrase}, found
 * by scanning the modules' classes, not listed by hand) is in both bundles, and no bundle message asks for an argument
 * the server does not send.
 */
class ServerSentencesInBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Path BUNDLES = Path.of("src/main/webapp/i18n");

    private static final List<Phrase> PHRASES = scan();

    private static List<Phrase> scan() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolving = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false); // only our own classes matter, and resolving the rest takes minutes
        try {
            List<Phrase> phrases = new ArrayList<>();
            for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.epma")) {
                if (type.isEnum() && type.isAssignableTo(Phrase.class)) {
                    phrases.addAll(Arrays.asList((Phrase[]) type.reflect().getEnumConstants()));
                }
            }
            return phrases;
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    private static List<Phrase> phrases() {
        return PHRASES;
    }

    private static JsonObject bundle(String language) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(BUNDLES.resolve(language + ".json")))) {
            return reader.readObject();
        }
    }

    @Test
    void theScanFindsThePhrasesOfEveryModuleThatSendsThem() {
        Set<Class<?>> found = phrases().stream().map(p -> ((Enum<?>) p).getDeclaringClass()).collect(Collectors.toSet());
        assertTrue(found.containsAll(Set.of(StopSentence.class, ScanProblem.class, AlertSentence.class, Duty.class,
                RefusalSentence.class, ProblemSentence.class, OrderSentence.class, PatientSentence.class, WardSentence.class,
                PeriodSentence.class, StaffSentence.class, FormularySentence.class, AuditSentence.class,
                VerificationSentence.class, RequestSentence.class, RecordSentence.class,
                OutboxSentence.class)), "found " + found);
        // the vocabularies a sentence names a word of (a route, an order's status) are checked key by key as well
        assertTrue(found.containsAll(Set.of(Route.class, PrescriptionStatus.class, Frequency.class, NotGivenReason.class,
                MeasurementKind.class, PregnancyStatus.class, Role.class, MissingDoseStatus.class,
                OutboxStatus.class)), "found " + found);
    }

    @Test
    void everyKeyTheServerCanSendIsInTheEnglishAndTheWelshBundle() throws IOException {
        JsonObject en = bundle("en");
        JsonObject cy = bundle("cy");
        List<String> missing = phrases().stream().map(Phrase::key)
                .flatMap(key -> Arrays.stream(new String[] {en.containsKey(key) ? null : "en " + key, cy.containsKey(key) ? null : "cy " + key}))
                .filter(gap -> gap != null).sorted().toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void aBundleMessageAsksOnlyForArgumentsTheServerSends() throws IOException {
        Map<String, JsonObject> bundles = Map.of("en", bundle("en"), "cy", bundle("cy"));
        Map<String, List<String>> unknown = new TreeMap<>();
        for (Phrase phrase : phrases()) {
            bundles.forEach((language, bundle) -> {
                for (String key : List.of(phrase.key(), phrase.key() + ".one")) {
                    if (!bundle.containsKey(key)) {
                        continue;
                    }
                    Matcher m = PLACEHOLDER.matcher(bundle.getString(key));
                    while (m.find()) {
                        if (!phrase.argNames().contains(m.group(1))) {
                            unknown.computeIfAbsent(language + " " + key, k -> new ArrayList<>()).add(m.group(1));
                        }
                    }
                }
            });
        }
        assertEquals(Map.of(), unknown);
    }

    @Test
    void everyUnitHasItsWordAfterAnAmountInBothBundlesAndEnglishItsSingularToo() throws IOException {
        JsonObject en = bundle("en");
        JsonObject cy = bundle("cy");
        List<String> missing = new ArrayList<>();
        for (Unit unit : Unit.values()) {
            String key = Quantity.unitWordKey(unit);
            if (!en.containsKey(key)) missing.add("en " + key);
            if (!cy.containsKey(key)) missing.add("cy " + key);
            // a word that English makes plural has its singular for exactly one ("1 tablet"); a symbol does not change
            if (!en.getString(key, unit.symbol()).equals(unit.symbol()) && !en.containsKey(key + ".one")) missing.add("en " + key + ".one");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRouteFrequencyAndWeekdayHasItsWordsForTheMiddleOfASentenceInBothBundles() throws IOException {
        JsonObject en = bundle("en");
        JsonObject cy = bundle("cy");
        List<String> keys = new ArrayList<>();
        Arrays.stream(Route.values()).forEach(r -> keys.add("orderLine.route." + r.name()));
        Arrays.stream(Frequency.values()).forEach(f -> keys.add("orderLine.frequency." + f.name()));
        Arrays.stream(java.time.DayOfWeek.values()).forEach(d -> keys.add("orderLine.weekday." + d.name()));
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!en.containsKey(key)) missing.add("en " + key);
            if (!cy.containsKey(key)) missing.add("cy " + key);
        }
        assertEquals(List.of(), missing);
        // the English words are the domain's own, so a sentence reads as the English detail does
        for (Route route : Route.values()) {
            assertEquals(route.words(), en.getString("orderLine.route." + route.name()));
        }
        for (Frequency frequency : Frequency.values()) {
            assertEquals(frequency.words(), en.getString("orderLine.frequency." + frequency.name()));
        }
    }
}
