package org.epma.prescribing.refusal;

import java.util.List;
import java.util.Locale;
import org.epma.prescribing.wording.Phrase;

/**
 * The separation-of-duties rules: who may not do what to a record, whatever else their roles allow. Each is a stable
 * code (its name in kebab case) that a refusal names, so a screen can say which rule stopped the action.
 */
public enum Duty implements Phrase {
    /** No one verifies an order they drafted or signed: verification is a second person's check. */
    OWN_ORDER_VERIFICATION,
    /** A draft is its drafter's unfinished work: only the drafter changes or discards it (anyone who prescribes may sign it). */
    OTHERS_DRAFT,
    /** An administration record is struck through by the person who made it, or by the nurse in charge. */
    OTHERS_RECORD,
    /** A dose is recorded as given by a nurse or a prescriber; a pharmacist without either role does not give doses. */
    GIVEN_BY_PHARMACIST,
    /** A dose is given under a patient group direction only by someone the site has authorised by name for it. */
    UNAUTHORISED_DIRECTION,
    /** A homely remedy is given only by a nurse the site's protocol names as trained and competent to give it. */
    UNAUTHORISED_REMEDY,
    /** Whoever gave a dose under a patient group direction does not review it: the review is a second person's look. */
    OWN_DIRECTION_REVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule in one sentence, in the screens' bundles. */
    @Override
    public String key() {
        return "duty." + code();
    }

    @Override
    public List<String> argNames() {
        return List.of();
    }
}
