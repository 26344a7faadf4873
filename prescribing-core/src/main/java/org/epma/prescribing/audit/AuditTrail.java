package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes audit entries inside the caller's transaction, so an entry exists exactly when its change does. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final Clock clock;

    @Inject
    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    protected AuditTrail() {
        this(null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String entityType, Object entityId,
                       String before, String after, String reason) {
        AuditChainHead head = em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        em.persist(head.append(new AuditFacts(clock.instant(), actor.username(), actor.role(), action,
                entityType, String.valueOf(entityId), before, after, reason)));
    }
}
