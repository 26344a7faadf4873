package org.epma.prescribing.pgd;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a dose under a patient group direction or as a homely remedy, and of its review, as message keys with their arguments. */
public enum DirectionSentence implements Phrase {
    NOT_IN_FORCE("refusal.pgd.notInForce", "title", "from", "to"),
    CRITERIA_NOT_CONFIRMED("refusal.pgd.criteriaNotConfirmed"),
    TOO_YOUNG("refusal.pgd.tooYoung", "title", "years"),
    NOT_UNDER_DIRECTION("refusal.pgd.notUnderDirection", "order"),
    ALREADY_REVIEWED("refusal.pgd.alreadyReviewed", "by"),
    REMEDY_TOO_SOON("refusal.remedy.tooSoon", "title", "hours", "next"),
    REMEDY_DAILY_MAXIMUM("refusal.remedy.dailyMaximum", "title", "doses", "next"),
    REMEDY_DURATION_REACHED("refusal.remedy.durationReached", "title", "hours", "first"),
    REMEDY_CAUTIONS_NOT_CONFIRMED("refusal.remedy.cautionsNotConfirmed");

    private final String key;
    private final List<String> argNames;

    DirectionSentence(String key, String... argNames) {
        this.key = key;
        this.argNames = List.of(argNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> argNames() {
        return argNames;
    }
}
