package org.epma.prescribing.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.epma.prescribing.checks.Alert;
import org.epma.prescribing.checks.AlertCategory;
import org.epma.prescribing.checks.Severity;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Ingredient;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.ReauthenticationException;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.LoginResult;
import org.junit.jupiter.api.Test;

/** What signing needs: the rules of CLINICAL.md's "Order checks" applied to the alerts of an order, without a server. */
class SigningPolicyTest {

    private static final Product OMEPRAZOLE = product("OMEPRAZOLE-GRCAP-20", "Omeprazole 20 mg capsules", "omeprazole", null);
    /** Schedule 2 (Misuse of Drugs Regulations 2001), as in the shipped formulary. */
    private static final Product OXYCODONE = product("OXYCODONE-CAP-5", "Oxycodone hydrochloride 5 mg capsules",
            "oxycodone hydrochloride", 2);
    /** Codeine is Schedule 5: no password again. */
    private static final Product CODEINE = product("CODEINE-TAB-30", "Codeine phosphate 30 mg tablets", "codeine phosphate", 5);

    private static final Alert INFO = alert(AlertCategory.DOSE_SINGLE, Severity.INFO, "No dose-range check exists.", "info-1");
    private static final Alert WARNING = alert(AlertCategory.INTERACTION, Severity.WARNING, "Omeprazole with clopidogrel.", "warn-1");
    private static final Alert SEVERE = alert(AlertCategory.DOSE_DAILY, Severity.SEVERE, "Paracetamol 5 g in 24 hours.", "severe-1");
    private static final Alert HARD_STOP = alert(AlertCategory.ALLERGY, Severity.HARD_STOP, "Allergic to penicillins.", "hard-1");
    private static final Alert SECOND_HARD_STOP = alert(AlertCategory.ROUTE, Severity.HARD_STOP, "Vincristine is IV only.", "hard-2");

    private static Product product(String code, String name, String medicine, Integer cdSchedule) {
        return new Product(code, name, medicine, Form.CAPSULE, List.of(new Ingredient(medicine, Quantity.of("20", Unit.MG))),
                Quantity.of("1", Unit.CAPSULE), Set.of(Route.PO), Unit.MG, "A02BC01", Set.of(), Set.of(), Set.of(), cdSchedule,
                false, false, null, "test");
    }

    private static Alert alert(AlertCategory category, Severity severity, String message, String key) {
        return new Alert(category, severity, message, "rule-" + key, "test", key);
    }

    @Test
    void anOrderWithoutAlertsIsSignedWithNothingToRecord() {
        SigningPolicy.Approval approval = SigningPolicy.approve(List.of(), null, null, OMEPRAZOLE, false);
        assertTrue(approval.alerts().isEmpty());
        assertFalse(approval.needsPassword());
        assertEquals("", approval.overrides());
    }

    @Test
    void aHardStopCannotBeSignedWhateverThePrescriberSays() {
        SigningRefusedException refused = assertThrows(SigningRefusedException.class, () -> SigningPolicy.approve(
                List.of(HARD_STOP, WARNING, SECOND_HARD_STOP), Set.of("hard-1", "hard-2", "warn-1"),
                Map.of("hard-1", "patient insists", "hard-2", "consultant says so"), OMEPRAZOLE, false));
        assertTrue(refused.hardStop());
        assertEquals(List.of("hard-1", "hard-2"), refused.alertKeys());
        assertEquals("This order cannot be signed: Allergic to penicillins. Vincristine is IV only.", refused.getMessage());
    }

    @Test
    void aWarningNotAcknowledgedBlocksSigning() {
        SigningRefusedException refused = assertThrows(SigningRefusedException.class,
                () -> SigningPolicy.approve(List.of(INFO, WARNING), Set.of(), Map.of(), OMEPRAZOLE, false));
        assertFalse(refused.hardStop());
        assertEquals(List.of("warn-1"), refused.alertKeys());
        assertEquals("1 alert(s) need attention before signing: acknowledge each warning and give a reason for overriding each"
                + " serious alert.", refused.getMessage());
    }

    @Test
    void aSevereAlertNeedsAReasonToOverrideItAndAnAcknowledgementIsNotEnough() {
        SigningRefusedException blank = assertThrows(SigningRefusedException.class, () -> SigningPolicy.approve(
                List.of(SEVERE, WARNING), Set.of("severe-1"), Map.of("severe-1", "  "), OMEPRAZOLE, false));
        assertEquals(List.of("severe-1", "warn-1"), blank.alertKeys(), "every unresolved alert is named, in the alerts' order");
    }

    @Test
    void anOverrideReasonTooLongIsRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SigningPolicy.approve(List.of(SEVERE),
                Set.of(), Map.of("severe-1", "x".repeat(501)), OMEPRAZOLE, false));
        assertEquals("overrides", refused.field());
    }

    @Test
    void resolvedAlertsAreRecordedWithTheReasonsAndWhoAcknowledgedThem() {
        SigningPolicy.Approval approval = SigningPolicy.approve(List.of(INFO, WARNING, SEVERE), Set.of("warn-1"),
                Map.of("severe-1", " opioid-tolerant patient "), OMEPRAZOLE, false);
        assertEquals(List.of(INFO, WARNING, SEVERE), approval.alerts());
        assertEquals(Map.of("severe-1", "opioid-tolerant patient"), approval.overrideReasons());
        assertEquals("DOSE_DAILY: opioid-tolerant patient", approval.overrides());
        assertNull(approval.acknowledgedBy(INFO, "dr.jones"), "an INFO alert is only shown");
        assertEquals("dr.jones", approval.acknowledgedBy(WARNING, "dr.jones"));
        assertEquals("dr.jones", approval.acknowledgedBy(SEVERE, "dr.jones"));
    }

    @Test
    void aSchedule2ControlledDrugAsksForTheSignersPasswordAgain() {
        ReauthenticationException missing = assertThrows(ReauthenticationException.class,
                () -> SigningPolicy.approve(List.of(), Set.of(), Map.of(), OXYCODONE, false));
        assertTrue(missing.missing());
        assertEquals("Oxycodone hydrochloride 5 mg capsules is a Schedule 2 controlled drug: enter your password again to sign it.",
                missing.getMessage());
        assertTrue(SigningPolicy.approve(List.of(), Set.of(), Map.of(), OXYCODONE, true).needsPassword());
    }

    @Test
    void theAlertsAreResolvedBeforeThePasswordIsAskedFor() {
        assertThrows(SigningRefusedException.class, () -> SigningPolicy.approve(List.of(WARNING), Set.of(), Map.of(), OXYCODONE, false));
    }

    @Test
    void aSchedule5ControlledDrugIsSignedWithoutThePassword() {
        assertFalse(SigningPolicy.approve(List.of(), Set.of(), Map.of(), CODEINE, false).needsPassword());
    }

    @Test
    void aRefusedPasswordSaysWhyTheOrderWasNotSigned() {
        assertEquals("That password is not right: the order was not signed.",
                SigningPolicy.passwordRefused(refusal(LoginResult.WRONG_CREDENTIALS)).getMessage());
        assertEquals("Your account is locked after too many wrong passwords: the order was not signed.",
                SigningPolicy.passwordRefused(refusal(LoginResult.LOCKED)).getMessage());
        assertEquals("Your account has been disabled: the order was not signed.",
                SigningPolicy.passwordRefused(refusal(LoginResult.DISABLED)).getMessage());
        assertFalse(SigningPolicy.passwordRefused(refusal(LoginResult.LOCKED)).missing());
    }

    private static LoginOutcome refusal(LoginResult result) {
        return new LoginOutcome(result, null, null, Set.of(), null, null);
    }
}
