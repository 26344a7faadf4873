package org.epma.prescribing.pgd;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The site's patient group directions ({@link DirectionCatalogue}) and homely remedies protocol
 * ({@link HomelyRemedyCatalogue}) as read at start; none until then.
 */
@ApplicationScoped
public class DirectionRegister {

    private volatile Catalogue<PatientGroupDirection> directions = Catalogue.none();
    private volatile Catalogue<HomelyRemedy> remedies = Catalogue.none();

    public void apply(Catalogue<PatientGroupDirection> directions, Catalogue<HomelyRemedy> remedies) {
        this.directions = directions;
        this.remedies = remedies;
    }

    public Catalogue<PatientGroupDirection> catalogue() {
        return directions;
    }

    public Catalogue<HomelyRemedy> remedies() {
        return remedies;
    }

    /** The direction or remedy of this kind the site lists under the id. */
    public Optional<Direction> find(DirectionKind kind, String id) {
        return of(kind).find(id).map(Direction.class::cast);
    }

    /** Whether the site names this person for the direction or remedy. */
    public boolean authorises(Direction direction, String username) {
        return of(direction.kind()).authorises(direction.id(), username);
    }

    private Catalogue<? extends Direction> of(DirectionKind kind) {
        return kind == DirectionKind.HOMELY_REMEDY ? remedies : directions;
    }
}
