package org.epma.prescribing.checks;

/** The data row that fired ("interactions.csv line 14") and the public source it came from. */
public record RuleSource(String id, String source) {

    /** For checks that are general rules of the engine rather than rows of data. */
    public static RuleSource builtIn(String id, String source) {
        return new RuleSource(id, source);
    }
}
