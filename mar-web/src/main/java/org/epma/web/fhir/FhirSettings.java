package org.epma.web.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.epma.web.site.SiteConfig;

/** The site's FHIR identifier systems, read once from {@code config/fhir.properties}. */
@ApplicationScoped
public class FhirSettings {

    private final SiteConfig site;
    private volatile FhirSystems systems;

    @Inject
    public FhirSettings(SiteConfig site) {
        this.site = site;
    }

    protected FhirSettings() {
        this(null);
    }

    @Produces
    public FhirSystems systems() {
        FhirSystems read = systems;
        if (read == null) {
            read = FhirSystems.parse(site.text("fhir.properties"));
            systems = read;
        }
        return read;
    }
}
