package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.prescribing.administration.EffectPrompt;

/** Site settings of bedside administration (MicroProfile Config; see README, Settings). */
@ApplicationScoped
public class AdministrationSettings {

    @Inject
    @ConfigProperty(name = "epma.prn.effect-prompt-minutes", defaultValue = "60")
    int effectPromptMinutes;

    @Produces
    @Dependent
    EffectPrompt effectPrompt() {
        return new EffectPrompt(Duration.ofMinutes(effectPromptMinutes));
    }
}
