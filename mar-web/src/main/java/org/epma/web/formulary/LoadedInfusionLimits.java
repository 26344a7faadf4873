package org.epma.web.formulary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.epma.prescribing.infusion.InfusionLimits;
import org.epma.web.site.SiteConfig;

/** Loads config/formulary/infusion-limits.csv once at start; a bad row stops the start with the file, line and field. */
@ApplicationScoped
public class LoadedInfusionLimits {

    @Inject
    SiteConfig site;

    private InfusionLimits limits;

    @PostConstruct
    void load() {
        limits = InfusionLimits.load(site::text);
    }

    @Produces
    public InfusionLimits limits() {
        return limits;
    }
}
