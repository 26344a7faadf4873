package org.epma.prescribing.checks;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.FormularyLoader;
import org.epma.prescribing.sitedata.CsvTable;

/**
 * The formulary and its check rules, loaded together from config/formulary, with a version that is the
 * SHA-256 of every file's content: each prescription records the version it was checked against.
 */
public record FormularyContent(Formulary formulary, CheckRules rules, OrderChecks checks) {

    /** @param files reads a file of the config folder by its relative path, e.g. "formulary/medicines.csv" */
    public static FormularyContent load(Function<String, String> files) {
        MessageDigest sha = sha256();
        String medicines = files.apply(FormularyLoader.FILE);
        digest(sha, FormularyLoader.FILE, medicines);
        java.util.Map<CheckRulesLoader.RuleFile, String> ruleTexts = new java.util.EnumMap<>(CheckRulesLoader.RuleFile.class);
        for (CheckRulesLoader.RuleFile file : CheckRulesLoader.RuleFile.values()) {
            String text = files.apply(file.path());
            digest(sha, file.path(), text);
            ruleTexts.put(file, text);
        }
        String version = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Formulary formulary = FormularyLoader.load(CsvTable.read("config/" + FormularyLoader.FILE, new StringReader(medicines),
                "code", "name", "medicine", "form", "ingredients", "per", "routes", "dose_unit", "source"), version);
        CheckRules rules = CheckRulesLoader.load(formulary, file ->
                CsvTable.read("config/" + file.path(), new StringReader(ruleTexts.get(file)), file.columns()));
        return new FormularyContent(formulary, rules, new OrderChecks(rules));
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

    public String version() {
        return formulary.version();
    }
}
