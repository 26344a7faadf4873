package org.epma.prescribing.pgd;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The site's patient group directions ({@link DirectionCatalogue}) and homely remedies protocol
 * ({@link HomelyRemedyCatalogue}) as read at start; none until then.
 */
@ApplicationScoped
public class DirectionRegister {

    private volatile DirectionCatalogue catalogue = DirectionCatalogue.NONE;
    private volatile HomelyRemedyCatalogue remedies = HomelyRemedyCatalogue.NONE;

    public void apply(DirectionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void apply(HomelyRemedyCatalogue remedies) {
        this.remedies = remedies;
    }

    public DirectionCatalogue catalogue() {
        return catalogue;
    }

    public HomelyRemedyCatalogue remedies() {
        return remedies;
    }

    /** The direction or remedy of this kind the site lists under the id. */
    public Optional<Direction> find(DirectionKind kind, String id) {
        return switch (kind) {
            case PATIENT_GROUP_DIRECTION -> catalogue.find(id).map(Direction.class::cast);
            case HOMELY_REMEDY -> remedies.find(id).map(Direction.class::cast);
        };
    }

    /** Whether the site lists this person by name for the direction or remedy. */
    public boolean authorises(Direction direction, String username) {
        return switch (direction.kind()) {
            case PATIENT_GROUP_DIRECTION -> catalogue.authorises(direction.id(), username);
            case HOMELY_REMEDY -> remedies.authorises(direction.id(), username);
        };
    }
}
