package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.epma.prescribing.infusion.NamedVriiiScales;

/**
 * The VRIII scales the site names in config/vriii-scales.csv to prefill the prescribing form; shipped empty, because no
 * rate is built in. Read on first use.
 */
@ApplicationScoped
public class VriiiScales {

    private final SiteConfig site;
    private volatile List<NamedVriiiScales.Named> scales;

    @Inject
    public VriiiScales(SiteConfig site) {
        this.site = site;
    }

    protected VriiiScales() {
        this(null);
    }

    public List<NamedVriiiScales.Named> scales() {
        List<NamedVriiiScales.Named> read = scales;
        if (read == null) {
            read = NamedVriiiScales.read(site.table("vriii-scales.csv", "scale", "from", "units_per_hour", "stop", "source"));
            scales = read;
        }
        return read;
    }
}
