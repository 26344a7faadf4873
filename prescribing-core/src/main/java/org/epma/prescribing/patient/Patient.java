package org.epma.prescribing.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.epma.prescribing.audit.AuditJson;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.Language;

@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_number", nullable = false, unique = true)
    private String hospitalNumber;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "allergy_status", nullable = false)
    private AllergyStatus allergyStatus = AllergyStatus.NOT_RECORDED;

    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy_status", nullable = false)
    private PregnancyStatus pregnancyStatus = PregnancyStatus.NOT_RECORDED;

    /** The language the patient reads their own papers in (the medicines list at discharge); null until asked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language")
    private Language language;

    @Version
    private long version;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    protected Patient() {
    }

    public Patient(HospitalNumber hospitalNumber, NhsNumber nhsNumber, String givenName, String familyName,
                   LocalDate dateOfBirth, Sex sex) {
        this.hospitalNumber = Objects.requireNonNull(hospitalNumber, "hospital number").value();
        this.nhsNumber = nhsNumber == null ? null : nhsNumber.value();
        this.givenName = requireText(givenName, "givenName");
        this.familyName = requireText(familyName, "familyName");
        if (dateOfBirth == null) {
            // an ADT feed may register someone whose date of birth it does not know: refused, not a crash
            throw new InvalidInputException("dateOfBirth", PatientSentence.BIRTH_DATE_NEEDED.with(), "A new patient needs a date of birth.");
        }
        this.dateOfBirth = dateOfBirth;
        this.sex = Objects.requireNonNull(sex, "sex");
    }

    private static String requireText(String text, String field) {
        return Text.required(field, text, 100, PatientSentence.TEXT_EMPTY.with(field), "The " + field + " must not be empty.");
    }

    /**
     * New demographics from the hospital's patient administration system (ADT A08 and others). An item the message
     * says nothing about is kept. The NHS number may be removed; names, date of birth and sex may not, because the
     * order checks read them: a removed sex becomes UNKNOWN, a removed name or date of birth is refused.
     */
    public void updateDemographics(FieldChange<NhsNumber> nhsNumber, FieldChange<String> givenName,
                                   FieldChange<String> familyName, FieldChange<LocalDate> dateOfBirth, FieldChange<Sex> sex) {
        NhsNumber number = nhsNumber.applyTo(nhsNumber());
        String given = requireText(givenName.applyTo(this.givenName), "givenName");
        String family = requireText(familyName.applyTo(this.familyName), "familyName");
        LocalDate born = dateOfBirth.applyTo(this.dateOfBirth);
        if (born == null) {
            throw new InvalidInputException("dateOfBirth", PatientSentence.BIRTH_DATE_KEPT.with(),
                    "The date of birth cannot be removed: dose and age checks need it. Send the correct date instead.");
        }
        Sex newSex = sex instanceof FieldChange.Remove<Sex> ? Sex.UNKNOWN : sex.applyTo(this.sex);
        this.nhsNumber = number == null ? null : number.value();
        this.givenName = given;
        this.familyName = family;
        this.dateOfBirth = born;
        this.sex = newSex;
    }

    /** This record was a duplicate of {@code survivor}'s: it stays, pointing at the record that carries on. */
    public void mergeInto(Patient survivor) {
        if (survivor.id().equals(id)) {
            throw new InvalidInputException("priorHospitalNumber", PatientSentence.MERGE_INTO_SELF.with(), "A patient cannot be merged into themselves.");
        }
        this.mergedIntoId = survivor.id();
    }

    public void recordNoKnownAllergies() {
        allergyStatus = AllergyStatus.NO_KNOWN_ALLERGIES;
    }

    /** Called when an allergy is recorded: the patient now has known allergies. */
    void recordKnownAllergy() {
        allergyStatus = AllergyStatus.KNOWN_ALLERGIES;
    }

    public void recordLanguage(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /** The language as the patient administration system says it (PID-15): kept, replaced, or removed (not known). */
    public void updateLanguage(FieldChange<Language> change) {
        this.language = change.applyTo(language);
    }

    public void recordPregnancyStatus(PregnancyStatus status) {
        pregnancyStatus = Objects.requireNonNull(status, "pregnancy status");
    }

    /** Completed years of age on the given day. */
    public int ageInYearsOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The audit trail's picture of this patient. */
    public String auditState() {
        var json = AuditJson.object()
                .add("hospitalNumber", hospitalNumber)
                .add("nhsNumber", nhsNumber == null ? "" : nhsNumber)
                .add("givenName", givenName)
                .add("familyName", familyName)
                .add("dateOfBirth", dateOfBirth.toString())
                .add("sex", sex.name())
                .add("allergyStatus", allergyStatus.name())
                .add("pregnancyStatus", pregnancyStatus.name())
                .add("mergedInto", mergedIntoId == null ? "" : mergedIntoId.toString());
        if (language != null) {
            json.add("language", language.name());
        }
        return json.build().toString();
    }

    public Long id() { return id; }
    public Long mergedIntoId() { return mergedIntoId; }
    public HospitalNumber hospitalNumber() { return new HospitalNumber(hospitalNumber); }
    public NhsNumber nhsNumber() { return nhsNumber == null ? null : new NhsNumber(nhsNumber); }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Sex sex() { return sex; }
    public AllergyStatus allergyStatus() { return allergyStatus; }
    public PregnancyStatus pregnancyStatus() { return pregnancyStatus; }
    /** Null when nobody has asked the patient yet. */
    public Language language() { return language; }
}
