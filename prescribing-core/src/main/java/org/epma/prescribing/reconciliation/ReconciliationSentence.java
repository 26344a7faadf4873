package org.epma.prescribing.reconciliation;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of medicines reconciliation, as message keys with their arguments. */
public enum ReconciliationSentence implements Phrase {
    NOT_ON_WARD("reconciliation.refusal.notOnWard"),
    GIVE_MEDICINE("reconciliation.refusal.giveMedicine"),
    GIVE_DOSE("reconciliation.refusal.giveDose"),
    GIVE_DOSE_UNIT("reconciliation.refusal.giveDoseUnit"),
    GIVE_ROUTE("reconciliation.refusal.giveRoute"),
    GIVE_FREQUENCY("reconciliation.refusal.giveFrequency"),
    GIVE_SOURCE("reconciliation.refusal.giveSource"),
    GIVE_DECISION("reconciliation.refusal.giveDecision"),
    GIVE_REASON("reconciliation.refusal.giveReason", "decision"),
    GIVE_REVIEW_DATE("reconciliation.refusal.giveReviewDate"),
    REVIEW_DATE_PAST("reconciliation.refusal.reviewDatePast", "date"),
    GIVE_ORDER("reconciliation.refusal.giveOrder", "decision"),
    NO_ORDER_FOR("reconciliation.refusal.noOrderFor", "decision"),
    ORDER_NOT_CURRENT("reconciliation.refusal.orderNotCurrent", "order"),
    ORDER_OTHER_MEDICINE("reconciliation.refusal.orderOtherMedicine", "medicine"),
    ALREADY_DECIDED("reconciliation.refusal.alreadyDecided", "decision", "by"),
    UNDECIDED("reconciliation.refusal.undecided", "count"),
    ALREADY_COMPLETED("reconciliation.refusal.alreadyCompleted", "by"),
    KEY_REUSED("reconciliation.refusal.keyReused");

    private final String key;
    private final List<String> argNames;

    ReconciliationSentence(String key, String... argNames) {
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
