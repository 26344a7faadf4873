package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.prescribing.staff.PasswordRules;
import org.epma.prescribing.staff.SessionPolicy;
import org.epma.web.security.ClientAddresses;
import org.epma.web.security.LoginThrottle;

/** Site settings of sessions, logins and passwords (MicroProfile Config; see README, Accounts, passwords and sessions). */
@ApplicationScoped
public class SessionSettings {

    @Inject
    SiteConfig site;

    @Inject
    Clock clock;

    /** 12 hours: one long shift; see README for why not longer. */
    @Inject
    @ConfigProperty(name = "epma.session.lifetime-minutes", defaultValue = "720")
    int lifetimeMinutes;

    @Inject
    @ConfigProperty(name = "epma.login.throttle.max-failures", defaultValue = "30")
    int throttleMaxFailures;

    @Inject
    @ConfigProperty(name = "epma.login.throttle.window-seconds", defaultValue = "60")
    int throttleWindowSeconds;

    /** Comma-separated addresses (Payara's config cannot inject an optional list). */
    @Inject
    @ConfigProperty(name = "epma.http.trusted-proxies")
    Optional<String> trustedProxies;

    @Produces
    @Singleton
    SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(lifetimeMinutes), Duration.ofSeconds(site.idleTimeoutSeconds()));
    }

    @Produces
    @Singleton
    PasswordRules passwordRules() {
        return PasswordRules.fromLists(site.text("passwords/common-passwords.txt"), site.text("passwords/context-words.txt"));
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle() {
        return new LoginThrottle(throttleMaxFailures, Duration.ofSeconds(throttleWindowSeconds), clock);
    }

    @Produces
    @Singleton
    ClientAddresses clientAddresses() {
        return new ClientAddresses(List.of(trustedProxies.orElse("").split(",")));
    }
}
