package org.epma.prescribing.formulary;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.epma.prescribing.wording.Wording;

/**
 * What an order says, in parts, so that each reader can word it in its own language: the medicine's name as the
 * formulary writes it, the dose, the route, how often (and the day, for a weekly order), and for an as-needed order the
 * most doses in 24 hours.
 */
public record OrderWording(String medicine, Dose dose, Route route, Frequency frequency, Integer prnMaxDosesPer24h,
                           DayOfWeek weeklyOn) {

    public OrderWording(String medicine, Dose dose, Route route, Frequency frequency, Integer prnMaxDosesPer24h) {
        this(medicine, dose, route, frequency, prnMaxDosesPer24h, null);
    }

    /**
     * {@link #english()} as a message key with arguments, so that a screen words the route, the frequency and the rest
     * in its reader's language around the medicine's name, which stays as the formulary writes it.
     */
    public Wording toWording() {
        Object day = weeklyOn == null ? "" : new Wording("orderLine.weekday." + weeklyOn.name(), Map.of());
        Object limits = frequency == Frequency.PRN && prnMaxDosesPer24h != null ? FormularySentence.PRN_MAXIMUM.with(prnMaxDosesPer24h) : "";
        return FormularySentence.ORDER_LINE.with(medicine, dose.wording(), new Wording("orderLine.route." + route.name(), Map.of()),
                new Wording("orderLine.frequency." + frequency.name(), Map.of()), day, limits);
    }

    /** In English, as a prescriber reads it: "Co-codamol 30/500 tablets 2 tablets oral four times a day". */
    public String english() {
        String limits = frequency == Frequency.PRN && prnMaxDosesPer24h != null
                ? " (at most " + prnMaxDosesPer24h + " in 24 hours)" : "";
        String day = weeklyOn == null ? "" : " on " + weeklyOn.getDisplayName(TextStyle.FULL, Locale.UK);
        return medicine + " " + dose.display() + " " + route.words() + " " + frequency.words() + day + limits;
    }
}
