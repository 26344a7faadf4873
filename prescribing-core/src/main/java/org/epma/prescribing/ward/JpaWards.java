package org.epma.prescribing.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Wards} in the ward and bed tables. */
@ApplicationScoped
public class JpaWards implements Wards {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Optional<Ward> find(String code) {
        return Optional.ofNullable(em.find(Ward.class, code));
    }

    @Override
    public List<Ward> all() {
        return em.createQuery("select w from Ward w order by w.code", Ward.class).getResultList();
    }

    @Override
    public void add(Ward ward) {
        em.persist(ward);
    }

    @Override
    public Optional<Bed> bed(String wardCode, String label) {
        return em.createQuery("select b from Bed b where b.wardCode = :ward and b.label = :label", Bed.class)
                .setParameter("ward", wardCode).setParameter("label", label)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Bed> bed(long id) {
        return Optional.ofNullable(em.find(Bed.class, id));
    }

    @Override
    public Set<String> bedLabels(String wardCode) {
        return new HashSet<>(em.createQuery("select b.label from Bed b where b.wardCode = :ward", String.class)
                .setParameter("ward", wardCode).getResultList());
    }

    @Override
    public void add(Bed bed) {
        em.persist(bed);
        em.flush();
    }

    @Override
    public Map<String, Long> bedCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select b.wardCode, count(b) from Bed b group by b.wardCode", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
