package org.epma.web.formulary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.web.site.SiteConfig;

/**
 * Loads config/formulary once at start; a bad row stops the start with the file, line and field. A site's
 * change to the files takes effect at the next start (the version every prescription records changes too).
 */
@ApplicationScoped
public class LoadedFormulary {

    private static final Logger LOG = Logger.getLogger(LoadedFormulary.class.getName());

    @Inject
    SiteConfig site;

    private FormularyContent content;

    @PostConstruct
    void load() {
        content = FormularyContent.load(site::text);
        LOG.info(() -> "Formulary " + content.version() + ": " + content.formulary().products().size() + " products, "
                + content.rules().size() + " rule rows (" + content.rules().interactionCount() + " interactions)");
    }

    @Produces
    public FormularyContent content() {
        return content;
    }
}
