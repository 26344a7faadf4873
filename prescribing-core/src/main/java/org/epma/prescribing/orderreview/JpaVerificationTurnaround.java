package org.epma.prescribing.orderreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.orderreview.TurnaroundFigures;
import org.epma.prescribing.orderreview.VerificationTurnaround;
import org.epma.prescribing.time.ReportPeriod;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardDefinition;
import org.epma.prescribing.ward.WardService;

/** {@link VerificationTurnaround} read with JPA. */
@ApplicationScoped
// one transaction, so that the report's queries share one connection
@Transactional
public class JpaVerificationTurnaround implements VerificationTurnaround {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    private final WardService wards;

    private final Clock clock;

    @Inject
    public JpaVerificationTurnaround(WardService wards, Clock clock) {
        this.wards = wards;
        this.clock = clock;
    }

    protected JpaVerificationTurnaround() {
        this(null, null);
    }

    @Override
    public Report report(String wardCode, ReportPeriod period) {
        Ward ward = wardCode == null ? null : wards.ward(wardCode);
        ZoneId zone = ward == null ? WardDefinition.DEFAULT_TIME_ZONE : ward.timeZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Instant now = clock.instant();
        var query = em.createQuery("select p.signedAt, p.verifiedAt, p.status, s.wardCode from Prescription p"
                        + " left join Admission s on s.patientId = p.patientId and s.admittedAt <= p.signedAt"
                        + " and (s.dischargedAt is null or s.dischargedAt > p.signedAt)"
                        + " where p.signedAt >= :from and p.signedAt < :to"
                        + (ward == null ? "" : " and s.wardCode = :w"), Object[].class)
                .setParameter("from", from).setParameter("to", to);
        List<Object[]> rows = (ward == null ? query : query.setParameter("w", ward.code())).getResultList();
        Map<String, List<TurnaroundFigures.Wait>> byWard = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<LocalDate, List<TurnaroundFigures.Wait>> byDay = new LinkedHashMap<>();
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        List<TurnaroundFigures.Wait> all = new ArrayList<>();
        for (Object[] row : rows) {
            Instant signedAt = (Instant) row[0];
            TurnaroundFigures.Wait wait = wait(signedAt, (Instant) row[1], (PrescriptionStatus) row[2], now);
            all.add(wait);
            byWard.computeIfAbsent((String) row[3], w -> new ArrayList<>()).add(wait);
            byDay.get(LocalDate.ofInstant(signedAt, zone)).add(wait);
        }
        Map<String, Ward> named = new LinkedHashMap<>();
        if (ward != null) {
            named.put(ward.code(), ward);
        } else {
            em.createQuery("select w from Ward w", Ward.class).getResultStream().forEach(w -> named.put(w.code(), w));
            // every ward has a line, those with no order signed too, so that a quiet ward is seen to be quiet
            named.keySet().forEach(code -> byWard.computeIfAbsent(code, c -> new ArrayList<>()));
        }
        List<WardFigures> wardFigures = byWard.entrySet().stream().map(e -> {
            Ward w = e.getKey() == null ? null : named.get(e.getKey());
            return new WardFigures(e.getKey(), w == null ? null : w.name(), w == null ? null : w.nameCy(), TurnaroundFigures.of(e.getValue()));
        }).toList();
        List<DayFigures> days = byDay.entrySet().stream().map(e -> new DayFigures(e.getKey(), TurnaroundFigures.of(e.getValue()))).toList();
        return new Report(ward == null ? null : ward.code(), ward == null ? null : ward.name(), ward == null ? null : ward.nameCy(),
                zone, period, wardFigures, TurnaroundFigures.of(all), days);
    }

    static TurnaroundFigures.Wait wait(Instant signedAt, Instant verifiedAt, PrescriptionStatus status, Instant now) {
        if (verifiedAt != null) {
            return TurnaroundFigures.Wait.verifiedAfter(Duration.between(signedAt, verifiedAt));
        }
        if (status == PrescriptionStatus.PENDING_VERIFICATION) {
            return TurnaroundFigures.Wait.stillWaiting(Duration.between(signedAt, now));
        }
        return TurnaroundFigures.Wait.closedUnverified();
    }
}
