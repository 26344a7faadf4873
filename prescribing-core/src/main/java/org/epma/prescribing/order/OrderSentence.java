package org.epma.prescribing.order;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of an order as written (and of its changes), as message keys with the names of their arguments. */
public enum OrderSentence implements Phrase {
    SEND_THE_ORDER("refusal.order.sendTheOrder"),
    CHOOSE_A_MEDICINE("refusal.order.chooseAMedicine"),
    NOT_IN_FORMULARY("refusal.order.notInFormulary", "value"),
    NOT_A_UNIT("refusal.order.notAUnit", "value"),
    UNIT_NOT_FOR_PRODUCT("refusal.order.unitNotForProduct", "product", "unit", "units"),
    GIVE_THE_DOSE("refusal.order.giveTheDose"),
    IMPLAUSIBLE_DOSE("refusal.order.implausibleDose"),
    NOT_BY_ROUTE("refusal.order.notByRoute", "product", "route"),
    PRN_REASON_NEEDED("refusal.order.prnReasonNeeded"),
    PRN_INTERVAL_NEEDED("refusal.order.prnIntervalNeeded"),
    PRN_INTERVAL_TOO_LONG("refusal.order.prnIntervalTooLong", "hours"),
    PRN_MAXIMUM_NEEDED("refusal.order.prnMaximumNeeded"),
    PRN_MAXIMUM_TOO_HIGH("refusal.order.prnMaximumTooHigh", "most"),
    COURSE_AT_LEAST_A_DAY("refusal.order.courseAtLeastADay"),
    COURSE_TOO_LONG("refusal.order.courseTooLong", "days"),
    END_OR_DURATION("refusal.order.endOrDuration"),
    END_AFTER_START("refusal.order.endAfterStart"),
    INDICATION_NEEDED("refusal.order.indicationNeeded"),
    REVIEW_BEFORE_START("refusal.order.reviewBeforeStart"),
    NOT_THIS_PATIENTS("refusal.order.notThisPatients", "order"),
    OVERRIDE_REASON_NEEDED("refusal.order.overrideReasonNeeded"),
    SUSPEND_REASON_NEEDED("refusal.order.suspendReasonNeeded"),
    STOP_REASON_NEEDED("refusal.order.stopReasonNeeded"),
    REJECT_REASON_NEEDED("refusal.order.rejectReasonNeeded"),
    // an order whose status does not allow what was asked
    ONLY_CURRENT_CHANGED("refusal.order.onlyCurrentChanged", "status"),
    CANNOT_SIGN("refusal.order.cannotSign", "status"),
    CANNOT_SUSPEND("refusal.order.cannotSuspend", "status"),
    CANNOT_RESUME("refusal.order.cannotResume", "status"),
    CANNOT_STOP("refusal.order.cannotStop", "status"),
    CANNOT_COMPLETE("refusal.order.cannotComplete", "status"),
    CANNOT_VERIFY("refusal.order.cannotVerify", "status"),
    CANNOT_REJECT("refusal.order.cannotReject", "status"),
    CANNOT_DISCARD("refusal.order.cannotDiscard", "status");

    private final String key;
    private final List<String> argNames;

    OrderSentence(String key, String... argNames) {
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
