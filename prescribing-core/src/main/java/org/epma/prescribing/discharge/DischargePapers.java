package org.epma.prescribing.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.patient.Allergy;
import org.epma.prescribing.patient.Patient;
import org.epma.prescribing.patient.PatientRecords;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.prescribing.ward.Admission;
import org.epma.prescribing.ward.Admissions;
import org.epma.prescribing.ward.Ward;
import org.epma.prescribing.ward.WardDefinition;
import org.epma.prescribing.ward.Wards;

/**
 * The papers a discharge prescription prints once a pharmacist has screened it: the GP's summary and the patient's own
 * list. Neither prints before: until screened, the prescription may still go back to the prescriber and change, and a
 * GP or a patient must not act on a list pharmacy has not checked. The patient's list is in the language they read
 * their papers in, so it waits until they have been asked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DischargePapers {

    private final Discharges discharges;
    private final DischargePrescribing prescribing;
    private final PatientRecords patients;
    private final Admissions admissions;
    private final Wards wards;
    private final FormularyContent content;
    private final StaffAccounts staff;

    @Inject
    public DischargePapers(Discharges discharges, DischargePrescribing prescribing, PatientRecords patients, Admissions admissions,
                           Wards wards, FormularyContent content, StaffAccounts staff) {
        this.discharges = discharges;
        this.prescribing = prescribing;
        this.patients = patients;
        this.admissions = admissions;
        this.wards = wards;
        this.content = content;
        this.staff = staff;
    }

    protected DischargePapers() {
        this(null, null, null, null, null, null, null);
    }

    /** The GP's summary: refused until the prescription is screened. */
    public DischargeLetter forGp(long dischargeId) {
        return letter(screened(dischargeId));
    }

    /** The patient's list: refused until screened, and until the patient's language has been recorded. */
    public DischargeLetter forPatient(long dischargeId) {
        DischargeLetter letter = letter(screened(dischargeId));
        if (letter.language() == null) {
            throw new ConflictException(DischargeSentence.LANGUAGE_NOT_RECORDED.with(), "Ask the patient whether they read"
                    + " their papers in Welsh or English and record it on their page: their medicines list is printed in it.");
        }
        return letter;
    }

    private DischargePrescribing.Written screened(long dischargeId) {
        DischargePrescribing.Written written = prescribing.get(dischargeId);
        DischargeStatus status = written.discharge().status();
        if (status != DischargeStatus.SCREENED) {
            throw new ConflictException(DischargeSentence.NOT_SCREENED.with(status.term()), "This discharge prescription is "
                    + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ": its papers print once a pharmacist has screened it.");
        }
        return written;
    }

    private DischargeLetter letter(DischargePrescribing.Written written) {
        DischargePrescription d = written.discharge();
        Patient patient = patients.get(d.patientId());
        List<String> allergies = patients.allergies(d.patientId()).stream().filter(Allergy::isCurrent)
                .map(a -> a.reaction() == null || a.reaction().isBlank() ? a.substance() : a.substance() + " (" + a.reaction() + ")")
                .sorted().toList();
        Admission stay = stay(d);
        Ward ward = stay == null ? null : wards.find(stay.wardCode()).orElse(null);
        Formulary formulary = content.formulary();
        Map<String, DischargeItem> byReference = written.items().stream()
                .collect(Collectors.toMap(DischargeItem::reference, Function.identity()));
        List<DischargeLetter.Medicine> medicines = new ArrayList<>();
        for (MedicineChange change : written.changes()) {
            DischargeItem after = change.after() == null ? null : byReference.get(change.after().reference());
            DischargeItem explained = after != null ? after : byReference.get(change.before().reference());
            // an unchanged medicine needs no reason: what its item holds is the order's indication, not a change's reason
            String reason = change.needsReason() ? explained.reason() : null;
            medicines.add(medicine(change.kind(), change.parts(), change.before(), change.after(), reason, after));
        }
        List<DischargeLetter.Medicine> notContinued = written.items().stream()
                .filter(i -> i.source() == DischargeItem.Source.ORDER && !i.goingHome())
                .map(i -> medicine(MedicineChange.Kind.STOPPED, java.util.Set.of(), i.line(formulary), null, i.reason(), null))
                .toList();
        return new DischargeLetter(d.id(), d.patientId(), patient.hospitalNumber().value(),
                patient.nhsNumber() == null ? null : patient.nhsNumber().formatted(), patient.givenName(), patient.familyName(),
                patient.dateOfBirth(), patient.language(), patient.allergyStatus(), allergies,
                ward == null ? null : ward.code(), ward == null ? null : ward.name(), ward == null ? null : ward.nameCy(),
                ward == null ? WardDefinition.DEFAULT_TIME_ZONE : ward.timeZone(), stay == null ? null : stay.admittedAt(),
                stay == null ? null : stay.dischargedAt(), d.beforeListRecorded(), name(d.signedBy()), d.signedAt(),
                name(d.screenedBy()), d.screenedAt(), medicines, notContinued);
    }

    /** The stay the prescription was written in: the current one, or the one that has since ended in discharge. */
    private Admission stay(DischargePrescription d) {
        Optional<Admission> stay = admissions.current(d.patientId());
        if (stay.isEmpty()) {
            stay = admissions.lastDischarged(d.patientId()).filter(s -> !s.admittedAt().isAfter(d.startedAt()));
        }
        return stay.orElse(null);
    }

    private static DischargeLetter.Medicine medicine(MedicineChange.Kind kind, java.util.Set<MedicineChange.Part> parts,
                                                     MedicineLine before, MedicineLine after, String reason, DischargeItem supply) {
        MedicineLine now = after != null ? after : before;
        Quantity perDose = now.product() == null || now.dose().isRange() ? null
                : now.product().amountFor(new Quantity(now.dose().amount(), now.dose().unit())).orElse(null);
        return new DischargeLetter.Medicine(kind, parts, wording(before), wording(after), perDose, reason,
                supply == null ? null : supply.supplyQuantity(),
                supply == null || now.product() == null ? null : now.product().per().unit(),
                supply == null ? null : supply.supplyDays(), supply != null && supply.ownSupply());
    }

    private static OrderWording wording(MedicineLine line) {
        return line == null ? null : new OrderWording(line.product() == null ? line.medicine() : line.product().name(), line.dose(),
                line.route(), line.frequency(), null);
    }

    private String name(String username) {
        return username == null ? null : staff.find(username).map(StaffUser::displayName).orElse(username);
    }

}
