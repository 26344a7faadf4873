package org.epma.prescribing.infusion;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals and alerts of an infusion order, as message keys with the names of their arguments. */
public enum InfusionSentence implements Phrase {
    NOT_A_KIND("infusion.refusal.notAKind", "value"),
    NOT_A_BAG("infusion.refusal.notABag", "product"),
    NOT_A_DILUENT("infusion.refusal.notADiluent", "value"),
    GIVE_DRUG_AMOUNT("infusion.refusal.giveDrugAmount"),
    GIVE_FINAL_VOLUME("infusion.refusal.giveFinalVolume"),
    IMPLAUSIBLE_NUMBER("infusion.refusal.implausibleNumber"),
    NOT_A_DOSE_RATE_UNIT("infusion.refusal.notADoseRateUnit", "value"),
    ONE_RATE("infusion.refusal.oneRate"),
    GIVE_RATE("infusion.refusal.giveRate"),
    RATE_NOT_COMPUTABLE("infusion.refusal.rateNotComputable", "reason"),
    TITRATION_INCOMPLETE("infusion.refusal.titrationIncomplete"),
    TITRATION_NEEDS_DOSE_RATE("infusion.refusal.titrationNeedsDoseRate"),
    TITRATION_ORDER("infusion.refusal.titrationOrder"),
    RATE_OUTSIDE_TITRATION("infusion.refusal.rateOutsideTitration"),
    GIVE_FREQUENCY("infusion.refusal.giveFrequency"),
    VRIII_NOT_INSULIN("infusion.vriii.refusal.notInsulin", "product"),
    VRIII_CONTINUOUS("infusion.vriii.refusal.continuous"),
    VRIII_NOT_TITRATED("infusion.vriii.refusal.notTitrated"),
    VRIII_UNITS_PER_HOUR("infusion.vriii.refusal.unitsPerHour"),
    SCALE_RATE_OR_STOP("infusion.vriii.refusal.rateOrStop", "band"),
    SCALE_RATE("infusion.vriii.refusal.rate", "band"),
    // alerts
    NO_DOSE_RATE_CHECK("infusion.alert.noDoseRateCheck", "ingredient"),
    DOSE_RATE_ABOVE("infusion.alert.doseRateAbove", "ingredient", "rate", "limit"),
    DOSE_RATE_ABOVE_HARD("infusion.alert.doseRateAboveHard", "ingredient", "rate", "limit"),
    CONCENTRATION_ABOVE("infusion.alert.concentrationAbove", "ingredient", "concentration", "limit"),
    DAILY_DRUG("infusion.alert.dailyDrug", "ingredient", "amount"),
    DAILY_FLUID("infusion.alert.dailyFluid", "volume"),
    DAILY_FLUID_ABOVE("infusion.alert.dailyFluidAbove", "volume", "perKg", "limit"),
    DAILY_FLUID_NO_WEIGHT("infusion.alert.dailyFluidNoWeight", "volume"),
    VRIII_NO_FLUID("infusion.alert.vriiiNoFluid");

    private final String key;
    private final List<String> argNames;

    InfusionSentence(String key, String... argNames) {
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
