package org.epma.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.epma.prescribing.staff.LoginOutcome;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;

/** The Jakarta Security identity store over the staff accounts in the database. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffAccounts accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome;
        try {
            outcome = accounts.logIn(login.getCaller(), login.getPassword().getValue());
        } catch (RuntimeException undecided) {
            attempt.failed(undecided);
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempt.record(outcome);
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
