package org.epma.prescribing.order;

import java.math.BigDecimal;

/**
 * How often a dose is given (CLINICAL.md codes). Fixed-time frequencies take the ward's standard times;
 * interval frequencies count from the first dose.
 */
public enum Frequency {
    OD("once a day", 1),
    BD("twice a day", 2),
    TDS("three times a day", 3),
    QDS("four times a day", 4),
    ON("at night", 1),
    MANE("in the morning", 1),
    Q4H("every 4 hours", 6),
    Q6H("every 6 hours", 4),
    Q8H("every 8 hours", 3),
    Q12H("every 12 hours", 2),
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

    /**
     * The most doses given within one day: a weekly or single dose counts whole on the day it is given.
     * As-needed orders count their stated maximum instead (see {@link OrderLine#dosesIn24Hours()}).
     */
    public BigDecimal dosesOnADay() {
        return BigDecimal.valueOf(dosesOnADay);
    }
}
