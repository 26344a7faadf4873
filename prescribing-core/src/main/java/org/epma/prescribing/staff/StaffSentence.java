package org.epma.prescribing.staff;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a password, a user account or a language as sent, as message keys with their arguments. */
public enum StaffSentence implements Phrase {
    PASSWORD_TOO_SHORT("refusal.staff.passwordTooShort", "least"),
    PASSWORD_TOO_LONG("refusal.staff.passwordTooLong", "most"),
    PASSWORD_COMMON("refusal.staff.passwordCommon"),
    PASSWORD_REPETITIVE("refusal.staff.passwordRepetitive"),
    PASSWORD_HOLDS_USERNAME("refusal.staff.passwordHoldsUsername"),
    PASSWORD_HOLDS_CONTEXT("refusal.staff.passwordHoldsContext", "word"),
    PASSWORD_UNCHANGED("refusal.staff.passwordUnchanged"),
    USERNAME_FORM("refusal.staff.usernameForm"),
    DISPLAY_NAME_NEEDED("refusal.staff.displayNameNeeded"),
    ROLE_NEEDED("refusal.staff.roleNeeded"),
    NURSE_IN_CHARGE_IS_NURSE("refusal.staff.nurseInChargeIsNurse"),
    LANGUAGE("refusal.staff.language"),
    USERNAME_TAKEN("refusal.staff.usernameTaken", "username");

    private final String key;
    private final List<String> argNames;

    StaffSentence(String key, String... argNames) {
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
