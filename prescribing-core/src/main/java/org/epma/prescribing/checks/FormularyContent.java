package org.epma.prescribing.checks;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.FormularyLoader;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderSentence;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The formulary, its check rules and its common order sentences, loaded together from config/formulary,
 * with a version that is the SHA-256 of every file's content: each prescription records the version it
 * was checked against.
 */
public record FormularyContent(Formulary formulary, CheckRules rules, OrderChecks checks,
                               Map<String, List<OrderSentence>> sentences) {

    public static final String SENTENCES = "formulary/order-sentences.csv";

    /** @param files reads a file of the config folder by its relative path, e.g. "formulary/medicines.csv" */
    public static FormularyContent load(Function<String, String> files) {
        MessageDigest sha = sha256();
        String medicines = files.apply(FormularyLoader.FILE);
        digest(sha, FormularyLoader.FILE, medicines);
        Map<CheckRulesLoader.RuleFile, String> ruleTexts = new EnumMap<>(CheckRulesLoader.RuleFile.class);
        for (CheckRulesLoader.RuleFile file : CheckRulesLoader.RuleFile.values()) {
            String text = files.apply(file.path());
            digest(sha, file.path(), text);
            ruleTexts.put(file, text);
        }
        String sentenceText = files.apply(SENTENCES);
        digest(sha, SENTENCES, sentenceText);
        String version = HexFormat.of().formatHex(sha.digest()).substring(0, 16);

        Formulary formulary = FormularyLoader.load(CsvTable.read("config/" + FormularyLoader.FILE, new StringReader(medicines),
                "code", "name", "medicine", "form", "ingredients", "per", "routes", "dose_unit", "source"), version);
        CheckRules rules = CheckRulesLoader.load(formulary, file ->
                CsvTable.read("config/" + file.path(), new StringReader(ruleTexts.get(file)), file.columns()));
        CsvTable sentenceTable = CsvTable.read("config/" + SENTENCES, new StringReader(sentenceText), "code", "dose", "dose_unit",
                "route", "frequency", "prn_max_per_24h", "prn_min_interval_hours", "prn_reason", "source");
        return new FormularyContent(formulary, rules, new OrderChecks(rules), sentences(formulary, sentenceTable));
    }

    public String version() {
        return formulary.version();
    }

    /** The common orders of a product, to pick from. */
    public List<OrderSentence> sentences(String productCode) {
        return sentences.getOrDefault(productCode, List.of());
    }

    private static Map<String, List<OrderSentence>> sentences(Formulary formulary, CsvTable table) {
        Map<String, List<OrderSentence>> sentences = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Product product = formulary.product(row.text("code"))
                    .orElseThrow(() -> row.problem("code", "'" + row.text("code") + "' is not a product in " + FormularyLoader.FILE));
            Unit unit = Unit.parse(row.text("dose_unit")).filter(product::accepts)
                    .orElseThrow(() -> row.problem("dose_unit", "'" + row.text("dose_unit") + "' is not a unit of " + product.name()));
            Route route = row.choice("route", Route.class);
            if (!product.routes().contains(route)) {
                throw row.problem("route", product.name() + " is not given by the " + route.words() + " route");
            }
            Frequency frequency = row.choice("frequency", Frequency.class);
            BigDecimal max = row.optionalDecimal("prn_max_per_24h");
            if (frequency == Frequency.PRN
                    && (max == null || row.optional("prn_min_interval_hours") == null || row.optional("prn_reason") == null)) {
                throw row.problem("prn_max_per_24h", "an as-needed order sentence needs its maximum, interval and reason");
            }
            sentences.computeIfAbsent(product.code(), c -> new ArrayList<>()).add(new OrderSentence(product.code(),
                    row.decimal("dose"), unit, route, frequency.name(), max == null ? null : max.intValueExact(),
                    row.optionalDecimal("prn_min_interval_hours"), row.optional("prn_reason"), row.text("source")));
        }
        sentences.replaceAll((code, list) -> List.copyOf(list));
        return Map.copyOf(sentences);
    }

    private static void digest(MessageDigest sha, String path, String content) {
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
