package org.epma.prescribing.oxygen;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of an oxygen order and of an oxygen check, as message keys with their arguments. */
public enum OxygenSentence implements Phrase {
    TARGET_NEEDED("oxygen.refusal.targetNeeded"),
    TARGET_RANGE("oxygen.refusal.targetRange"),
    REASON_NEEDED("oxygen.refusal.reasonNeeded"),
    DEVICE_NEEDED("oxygen.refusal.deviceNeeded"),
    VENTURI_PERCENT("oxygen.refusal.venturiPercent"),
    PERCENT_ONLY_VENTURI("oxygen.refusal.percentOnlyVenturi"),
    FLOW_RANGE("oxygen.refusal.flowRange"),
    SATURATION_RANGE("oxygen.refusal.saturationRange"),
    STOPPED("oxygen.refusal.stopped"),
    CHECKED_IN_FUTURE("oxygen.refusal.checkedInFuture");

    private final String key;
    private final List<String> argNames;

    OxygenSentence(String key, String... argNames) {
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
