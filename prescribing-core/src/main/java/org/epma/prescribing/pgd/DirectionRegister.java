package org.epma.prescribing.pgd;

import jakarta.enterprise.context.ApplicationScoped;

/** The site's patient group directions as read at start ({@link DirectionCatalogue}); none until then. */
@ApplicationScoped
public class DirectionRegister {

    private volatile DirectionCatalogue catalogue = DirectionCatalogue.NONE;

    public void apply(DirectionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public DirectionCatalogue catalogue() {
        return catalogue;
    }
}
