package org.epma.prescribing.infusion.running;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of an event on a running infusion, as message keys with the names of their arguments. */
public enum RunningSentence implements Phrase {
    SAY_EVENT("infusion.run.refusal.sayEvent"),
    INTERMITTENT_AS_DOSES("infusion.run.refusal.intermittentAsDoses"),
    NOT_STARTED("infusion.run.refusal.notStarted"),
    ALREADY_STARTED("infusion.run.refusal.alreadyStarted"),
    STOPPED("infusion.run.refusal.stopped"),
    NOT_RUNNING("infusion.run.refusal.notRunning"),
    NOT_PAUSED("infusion.run.refusal.notPaused"),
    ONE_RATE("infusion.run.refusal.oneRate"),
    NO_DOSE_RATE("infusion.run.refusal.noDoseRate"),
    SAME_RATE("infusion.run.refusal.sameRate", "rate"),
    REASON_NEEDED("infusion.run.refusal.reasonNeeded"),
    OUTSIDE_RANGE("infusion.run.refusal.outsideRange", "rate", "lowest", "highest"),
    FIXED_RATE("infusion.run.refusal.fixedRate", "rate"),
    RATE_NOT_COMPUTABLE("infusion.run.refusal.rateNotComputable", "reason"),
    VOLUME_NEEDED("infusion.run.refusal.volumeNeeded"),
    VOLUME_ABOVE_BAG("infusion.run.refusal.volumeAboveBag", "volume", "bag"),
    VOLUME_BELOW_EARLIER("infusion.run.refusal.volumeBelowEarlier", "volume", "earlier"),
    TIME_TO_COME("infusion.run.refusal.timeToCome"),
    LATE_ENTRY("infusion.run.refusal.lateEntry", "time"),
    BEFORE_LAST_EVENT("infusion.run.refusal.beforeLastEvent", "time"),
    IMPLAUSIBLE_NUMBER("infusion.run.refusal.implausibleNumber"),
    LATER_EVENTS_ON_BAG("infusion.run.refusal.laterEventsOnBag"),
    NOT_ON_SCALE("infusion.vriii.refusal.notOnScale", "rate"),
    SCALE_GIVES_OTHER("infusion.vriii.refusal.scaleGivesOther", "rate", "glucose", "given"),
    SCALE_NO_READING("infusion.vriii.refusal.noReading"),
    WITNESS_ONLY_FOR_BAG("infusion.run.refusal.witnessOnlyForBag");

    private final String key;
    private final List<String> argNames;

    RunningSentence(String key, String... argNames) {
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
