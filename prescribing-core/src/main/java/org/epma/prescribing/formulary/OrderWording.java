package org.epma.prescribing.formulary;

/**
 * What an order says, in parts, so that each reader can word it in its own language: the medicine's name as the
 * formulary writes it, the dose, the route, how often, and for an as-needed order the most doses in 24 hours.
 */
public record OrderWording(String medicine, Dose dose, Route route, Frequency frequency, Integer prnMaxDosesPer24h) {

    /** In English, as a prescriber reads it: "Co-codamol 30/500 tablets 2 tablets oral four times a day". */
    public String english() {
        String limits = frequency == Frequency.PRN && prnMaxDosesPer24h != null
                ? " (at most " + prnMaxDosesPer24h + " in 24 hours)" : "";
        return medicine + " " + dose.display() + " " + route.words() + " " + frequency.words() + limits;
    }
}
