package org.epma.prescribing.pharmacyorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.order.Prescription;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Bed;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardContext;

/** {@link PharmacyOrders} from the prescription, patient, allergy, admission, bed, ward and staff_user tables. */
@ApplicationScoped
public class JpaPharmacyOrders implements PharmacyOrders {

    /**
     * EclipseLink's hint for entities only read: they are not copied into the transaction nor compared at its commit,
     * work that was a good part of the sender's time per batch.
     */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public Map<Long, PharmacyOrderView> versions(Collection<Long> prescriptionIds) {
        if (prescriptionIds.isEmpty()) {
            return Map.of();
        }
        List<Prescription> prescriptions = em.createQuery("select p from Prescription p where p.id in :ids", Prescription.class)
                .setHint(READ_ONLY, true).setParameter("ids", List.copyOf(prescriptionIds)).getResultList();
        if (prescriptions.isEmpty()) {
            return Map.of();
        }
        List<Long> patientIds = prescriptions.stream().map(Prescription::patientId).distinct().toList();
        Map<Long, Patient> patients = byId(em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setHint(READ_ONLY, true).setParameter("ids", patientIds).getResultList(), Patient::id);
        Map<Long, List<Allergy>> allergies = em.createQuery("select a from Allergy a where a.patientId in :ids"
                        + " and a.enteredInErrorAt is null order by a.id", Allergy.class).setHint(READ_ONLY, true)
                .setParameter("ids", patientIds).getResultStream().collect(Collectors.groupingBy(Allergy::patientId));
        Map<Long, Admission> stays = byId(em.createQuery("select a from Admission a where a.patientId in :ids and a.dischargedAt is null",
                Admission.class).setHint(READ_ONLY, true).setParameter("ids", patientIds).getResultList(), Admission::patientId);
        List<Long> bedIds = stays.values().stream().map(Admission::bedId).filter(id -> id != null).distinct().toList();
        Map<Long, Bed> beds = bedIds.isEmpty() ? Map.of()
                : byId(em.createQuery("select b from Bed b where b.id in :ids", Bed.class).setHint(READ_ONLY, true)
                        .setParameter("ids", bedIds).getResultList(), Bed::id);
        Map<String, WardContext> wards = new HashMap<>();
        Map<Long, String> verifiers = new HashMap<>();
        Set<String> staff = new HashSet<>();
        for (Prescription order : prescriptions) {
            staff.add(order.prescribedBy());
            String verifier = order.verifiedBy() != null ? order.verifiedBy() : lastVerifier(order.lineageId());
            if (verifier != null) {
                verifiers.put(order.id(), verifier);
                staff.add(verifier);
            }
        }
        Map<String, String> names = displayNames(staff);
        Map<Long, PharmacyOrderView> views = new HashMap<>();
        for (Prescription order : prescriptions) {
            Patient patient = patients.get(order.patientId());
            Admission stay = stays.get(patient.id());
            WardContext ward = stay == null ? WardContext.DEFAULT
                    : wards.computeIfAbsent(stay.wardCode(), code -> WardContext.of(em.find(Ward.class, code)));
            String verifier = verifiers.get(order.id());
            views.put(order.id(), new PharmacyOrderView(content(order), person(patient),
                    stay == null ? null : new PharmacyOrderView.Stay(stay.id(), stay.wardCode(),
                            stay.bedId() == null ? null : beds.get(stay.bedId()).label(), stay.attendingDoctor().orElse(null),
                            stay.admittedAt()),
                    ward, allergies.getOrDefault(patient.id(), List.of()).stream()
                            .map(a -> new PharmacyOrderView.RecordedAllergy(a.substance(), a.severity(), a.reaction())).toList(),
                    signatory(order.prescribedBy(), names), verifier == null ? null : signatory(verifier, names)));
        }
        return views;
    }

    /** For a hold or stop of a newer version not yet verified: the pharmacist who last verified the order. */
    private String lastVerifier(long lineageId) {
        return em.createQuery("select p.verifiedBy from Prescription p where p.lineageId = :l and p.verifiedBy is not null"
                        + " order by p.versionNo desc", String.class)
                .setParameter("l", lineageId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Map<String, String> displayNames(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select u.username, u.displayName from StaffUser u where u.username in :names",
                Object[].class).setParameter("names", List.copyOf(usernames)).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    private static PharmacyOrderView.Signatory signatory(String username, Map<String, String> names) {
        return new PharmacyOrderView.Signatory(username, names.getOrDefault(username, username));
    }

    private static PharmacyOrderView.Order content(Prescription p) {
        return new PharmacyOrderView.Order(p.id(), p.reference(), p.versionNo(), p.productCode(), p.dose(), p.doseUpTo(),
                p.doseUnit(), p.route(), p.frequency(), p.startAt(), p.endAt(), p.prnReason(), p.prnMinIntervalHours(),
                p.prnMaxPer24h(), p.indication(), p.instructions(), p.correctionScale() == null ? null : p.correctionScale().display());
    }

    private static PharmacyOrderView.Person person(Patient p) {
        return new PharmacyOrderView.Person(p.hospitalNumber(), p.nhsNumber(), p.familyName(), p.givenName(),
                p.dateOfBirth(), p.sex());
    }

    private static <K, V> Map<K, V> byId(Collection<V> values, Function<V, K> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
