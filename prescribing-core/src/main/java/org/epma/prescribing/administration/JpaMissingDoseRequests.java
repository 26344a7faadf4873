package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link MissingDoseRequests} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaMissingDoseRequests implements MissingDoseRequests {

    private static final List<MissingDoseStatus> OPEN = List.of(MissingDoseStatus.REQUESTED, MissingDoseStatus.ACKNOWLEDGED);

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<MissingDoseRequest> find(long id) {
        return Optional.ofNullable(em.find(MissingDoseRequest.class, id));
    }

    @Override
    public Optional<MissingDoseRequest> byKey(String idempotencyKey) {
        return em.createQuery("select r from MissingDoseRequest r where r.idempotencyKey = :k", MissingDoseRequest.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public void add(MissingDoseRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<MissingDoseRequest> openFor(long lineageId) {
        return em.createQuery("select r from MissingDoseRequest r where r.lineageId = :l and r.status in :open",
                        MissingDoseRequest.class)
                .setParameter("l", lineageId).setParameter("open", OPEN).getResultStream().findFirst();
    }

    @Override
    public List<MissingDoseRequest> open(String wardCode) {
        var query = em.createQuery("select r from MissingDoseRequest r where r.status in :open"
                        + (wardCode == null ? "" : " and r.wardCode = :w") + " order by r.requestedAt", MissingDoseRequest.class)
                .setParameter("open", OPEN);
        return (wardCode == null ? query : query.setParameter("w", wardCode)).getResultList();
    }

    @Override
    public Map<Long, List<MissingDoseRequest>> openOf(Collection<Long> lineageIds) {
        return ofLineages(lineageIds, true);
    }

    @Override
    public Map<Long, List<MissingDoseRequest>> allOf(Collection<Long> lineageIds) {
        return ofLineages(lineageIds, false);
    }

    private Map<Long, List<MissingDoseRequest>> ofLineages(Collection<Long> lineageIds, boolean openOnly) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("select r from MissingDoseRequest r where r.lineageId in :l "
                        + (openOnly ? "and r.status in :open " : "") + "order by r.requestedAt", MissingDoseRequest.class)
                .setParameter("l", lineageIds);
        if (openOnly) {
            query.setParameter("open", OPEN);
        }
        return query.getResultStream().collect(Collectors.groupingBy(MissingDoseRequest::lineageId));
    }
}
