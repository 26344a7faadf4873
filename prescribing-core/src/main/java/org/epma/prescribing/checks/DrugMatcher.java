package org.epma.prescribing.checks;

import java.util.Locale;
import org.epma.prescribing.formulary.Product;

/** Names one ingredient, or every product of an interaction class or therapeutic group ("class:…", "group:…"). */
public record DrugMatcher(Kind kind, String name) {

    public enum Kind { INGREDIENT, CLASS, GROUP }

    public static DrugMatcher parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "class:", 0, 6)) {
            return new DrugMatcher(Kind.CLASS, t.substring(6).strip().toUpperCase(Locale.ROOT));
        }
        if (t.regionMatches(true, 0, "group:", 0, 6)) {
            return new DrugMatcher(Kind.GROUP, t.substring(6).strip().toUpperCase(Locale.ROOT));
        }
        return new DrugMatcher(Kind.INGREDIENT, t.toLowerCase(Locale.ROOT));
    }

    public boolean matches(Product product) {
        return switch (kind) {
            case INGREDIENT -> product.contains(name);
            case CLASS -> product.interactionClasses().contains(name) || product.allergyClasses().contains(name);
            case GROUP -> product.groups().contains(name);
        };
    }

    /** How a prescriber reads it. */
    public String words() {
        return switch (kind) {
            case INGREDIENT -> name;
            case CLASS, GROUP -> name.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
