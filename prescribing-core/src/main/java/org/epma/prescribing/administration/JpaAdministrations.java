package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Administrations} in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaAdministrations implements Administrations {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<Administration> find(long id) {
        return Optional.ofNullable(em.find(Administration.class, id));
    }

    @Override
    public Optional<Administration> byKey(String idempotencyKey) {
        return em.createQuery("select x from Administration x where x.idempotencyKey = :k", Administration.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public void add(Administration record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public Optional<Administration> correctionOf(long administrationId) {
        return em.createQuery("select a from Administration a where a.correctsId = :id", Administration.class)
                .setParameter("id", administrationId).getResultStream().findFirst();
    }

    @Override
    public Set<Long> struckThrough(Collection<Long> administrationIds) {
        if (administrationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.correctsId from Administration a where a.outcome = :error"
                        + " and a.correctsId in :ids", Long.class)
                .setParameter("error", Outcome.IN_ERROR).setParameter("ids", administrationIds).getResultList());
    }

    @Override
    public List<Administration> recordsOfDose(long lineageId, Instant scheduledAt) {
        return em.createQuery("select a from Administration a where a.lineageId = :l and a.scheduledAt = :t", Administration.class)
                .setParameter("l", lineageId).setParameter("t", scheduledAt).getResultList();
    }

    @Override
    public List<Administration> recordsAdministeredAfter(long lineageId, Instant since) {
        return em.createQuery("select a from Administration a where a.lineageId = :l and a.administeredAt > :since",
                        Administration.class)
                .setParameter("l", lineageId).setParameter("since", since).getResultList();
    }

    @Override
    public Map<Long, Set<Instant>> recordedDoseTimes(Collection<Long> lineageIds, Instant from, Instant until) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select a.id, a.lineageId, a.scheduledAt, a.outcome, a.correctsId from Administration a"
                        + " where a.lineageId in :l and a.scheduledAt >= :from and a.scheduledAt < :until", Object[].class)
                .setParameter("l", lineageIds).setParameter("from", from).setParameter("until", until).getResultList();
        Set<Long> struck = rows.stream().filter(r -> r[3] == Outcome.IN_ERROR).map(r -> (Long) r[4]).collect(Collectors.toSet());
        Map<Long, Set<Instant>> recorded = new HashMap<>();
        for (Object[] r : rows) {
            if (r[3] != Outcome.IN_ERROR && !struck.contains((Long) r[0])) {
                recorded.computeIfAbsent((Long) r[1], l -> new HashSet<>()).add((Instant) r[2]);
            }
        }
        return recorded;
    }

    @Override
    public Map<Long, List<Administration>> recordsSince(Collection<Long> lineageIds, Instant since) {
        if (lineageIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Administration a where a.lineageId in :l"
                        + " and (a.administeredAt >= :since or a.scheduledAt >= :since)", Administration.class)
                .setParameter("l", lineageIds).setParameter("since", since).getResultStream()
                .collect(Collectors.groupingBy(Administration::lineageId));
    }

    @Override
    public List<Administration> givenOnWard(String wardCode, Instant from, Instant to) {
        return em.createQuery("select a from Administration a, Admission s"
                        + " where s.patientId = a.patientId and s.wardCode = :ward and s.admittedAt <= a.administeredAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > a.administeredAt)"
                        + " and a.outcome = :given and a.administeredAt >= :from and a.administeredAt < :to", Administration.class)
                .setParameter("ward", wardCode).setParameter("given", Outcome.GIVEN)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<PrnEffect> effectByKey(String idempotencyKey) {
        return em.createQuery("select x from PrnEffect x where x.idempotencyKey = :k", PrnEffect.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public void addEffect(PrnEffect effect) {
        em.persist(effect);
        em.flush();
    }

    @Override
    public Map<Long, List<PrnEffect>> effectsOf(Collection<Long> administrationIds) {
        if (administrationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from PrnEffect e where e.administrationId in :ids order by e.recordedAt", PrnEffect.class)
                .setParameter("ids", administrationIds).getResultStream().collect(Collectors.groupingBy(PrnEffect::administrationId));
    }
}
