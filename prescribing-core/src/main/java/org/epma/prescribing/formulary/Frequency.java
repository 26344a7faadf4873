package org.epma.prescribing.formulary;

import java.math.BigDecimal;
import org.epma.prescribing.wording.Term;

/**
 * How often a dose is given (CLINICAL.md codes, and five times a day, every 48 and every 72 hours for the
 * medicines that need them: aciclovir, alternate-day doses, patches). Fixed-time frequencies take the ward's
 * standard times; interval frequencies count from the first dose.
 */
public enum Frequency implements Term {
    OD("once a day", 1),
    BD("twice a day", 2),
    TDS("three times a day", 3),
    QDS("four times a day", 4),
    FIVE("five times a day", 5),
    ON("at night", 1),
    MANE("in the morning", 1),
    Q4H("every 4 hours", 6),
    Q6H("every 6 hours", 4),
    Q8H("every 8 hours", 3),
    Q12H("every 12 hours", 2),
    Q48H("every 48 hours", 1),
    Q72H("every 72 hours", 1),
    WEEKLY("once a week", 1),
    STAT("once, now", 1),
    PRN("when required", 0);

    private final String words;
    private final int dosesOnADay;

    Frequency(String words, int dosesOnADay) {
        this.words = words;
        this.dosesOnADay = dosesOnADay;
    }

    public String words() {
        return words;
    }

    /** How many hours apart the doses of an interval frequency are (Q4H: 4); empty for the others. */
    public java.util.OptionalInt intervalHours() {
        return switch (this) {
            case Q4H -> java.util.OptionalInt.of(4);
            case Q6H -> java.util.OptionalInt.of(6);
            case Q8H -> java.util.OptionalInt.of(8);
            case Q12H -> java.util.OptionalInt.of(12);
            case Q48H -> java.util.OptionalInt.of(48);
            case Q72H -> java.util.OptionalInt.of(72);
            default -> java.util.OptionalInt.empty();
        };
    }

    /**
     * The most doses given within seven days: a weekly dose once, a dose every 72 hours three times, a single
     * dose once. As-needed orders count seven times their stated 24-hour maximum instead.
     */
    public BigDecimal dosesInAWeek() {
        return switch (this) {
            case WEEKLY, STAT -> BigDecimal.ONE;
            case Q48H -> BigDecimal.valueOf(4);
            case Q72H -> BigDecimal.valueOf(3);
            case PRN -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(7L * dosesOnADay);
        };
    }

    /**
     * The most doses given within one day: a weekly or single dose counts whole on the day it is given.
     * As-needed orders count their stated maximum instead (see {@link OrderLine#dosesIn24Hours()}).
     */
    public BigDecimal dosesOnADay() {
        return BigDecimal.valueOf(dosesOnADay);
    }

    @Override
    public String vocabulary() {
        return "frequency";
    }
}
