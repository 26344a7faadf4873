package org.epma.prescribing.checks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.PregnancyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.epma.prescribing.checks.AlertCategory.AGE;
import static org.epma.prescribing.checks.AlertCategory.ALLERGY;
import static org.epma.prescribing.checks.AlertCategory.CROSS_SENSITIVITY;
import static org.epma.prescribing.checks.AlertCategory.DOSE_DAILY;
import static org.epma.prescribing.checks.AlertCategory.DOSE_FREQUENCY;
import static org.epma.prescribing.checks.AlertCategory.DOSE_SINGLE;
import static org.epma.prescribing.checks.AlertCategory.DUPLICATE_THERAPY;
import static org.epma.prescribing.checks.AlertCategory.INTERACTION;
import static org.epma.prescribing.checks.AlertCategory.MISSING_DATA;
import static org.epma.prescribing.checks.AlertCategory.PREGNANCY;
import static org.epma.prescribing.checks.AlertCategory.RENAL;
import static org.epma.prescribing.checks.AlertCategory.ROUTE;
import static org.epma.prescribing.checks.AlertCategory.WEIGHT;
import static org.epma.prescribing.checks.CheckFixtures.patient;
import static org.epma.prescribing.checks.Severity.HARD_STOP;
import static org.epma.prescribing.checks.Severity.INFO;
import static org.epma.prescribing.checks.Severity.SEVERE;
import static org.epma.prescribing.checks.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Order cases written by a clinical pharmacist from public sources (BNF, SmPCs, MHRA Drug Safety Update, NPSA / NHS England
 * alerts, ISMP, Resuscitation Council UK, NICE), independently of the project's rule rows, run against the shipped
 * formulary and rules. Part one covers every high-alert product in {@code medicines.csv}: a tenfold slip of a usual adult
 * dose, a mg-for-microgram slip where the medicine is dosed in micrograms, a usual adult dose that must not interrupt, and,
 * for the medicines with a national hard ceiling, the order just inside it. Part two covers every alert category with
 * orders that must raise it and orders that must not. Each case's fact names its source.
 *
 * <p>Kinds of case: {@code alerts} (the category, or one of a set of categories, at least the given severity),
 * {@code quiet} (nothing above INFO), {@code alertsAtMost} (the category is raised, but only as WARNING or INFO, and nothing
 * is a HARD_STOP: accepted practice such as an oral liquid by feeding tube) and {@code notAbove} (nothing above the
 * given severity).
 */
class HighAlertOrderCasesTest {

    private static final FormularyContent SHIPPED = ShippedFormularyTest.SHIPPED;

    private static final Set<AlertCategory> DOSE = EnumSet.of(DOSE_SINGLE, DOSE_DAILY);
    private static final Set<AlertCategory> DOSE_OR_WEIGHT = EnumSet.of(DOSE_SINGLE, DOSE_DAILY, WEIGHT);

    enum Kind { ALERTS, QUIET, AT_MOST_WARNING, NOT_ABOVE }

    /** One test order: the patient, their current orders, the proposed order, and what the checks must say. */
    record Case(String fact, PatientState patient, List<String[]> current, String[] proposed, Kind kind,
                Set<AlertCategory> categories, Severity severity) {
        @Override
        public String toString() {
            return fact;
        }
    }

    private static String[] o(String code, String dose, String unit, String route, String frequency) {
        return new String[] {code, dose, unit, route, frequency};
    }

    private static String[] prn(String code, String dose, String unit, String route, int max) {
        return new String[] {code, dose, unit, route, "PRN", Integer.toString(max)};
    }

    private static Case alerts(String fact, AlertCategory category, Severity atLeast, PatientState patient, String[] proposed,
                               String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, Kind.ALERTS, EnumSet.of(category), atLeast);
    }

    /** Any one of the categories at the severity: where the sources fix the fact but not how the engine files it. */
    private static Case alertsAny(String fact, Set<AlertCategory> categories, Severity atLeast, PatientState patient,
                                  String[] proposed, String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, Kind.ALERTS, categories, atLeast);
    }

    /** A dose alert, single or 24-hour (or weekly, filed as either), at least the given severity. */
    private static Case dose(String fact, Severity atLeast, PatientState patient, String[] proposed, String[]... current) {
        return alertsAny(fact, DOSE, atLeast, patient, proposed, current);
    }

    private static Case quiet(String fact, PatientState patient, String[] proposed, String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, Kind.QUIET, Set.of(), null);
    }

    /** The category is raised, as WARNING or INFO only, and nothing at all is a HARD_STOP. */
    private static Case alertsAtMost(String fact, AlertCategory category, PatientState patient, String[] proposed,
                                     String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, Kind.AT_MOST_WARNING, EnumSet.of(category), WARNING);
    }

    /** Nothing above the given severity. */
    private static Case notAbove(String fact, Severity atMost, PatientState patient, String[] proposed, String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, Kind.NOT_ABOVE, Set.of(), atMost);
    }

    /** 45-year-old man, 70 kg, 175 cm, eGFR 90, serum creatinine 80 micromol/L (Cockcroft-Gault about 100 mL/min), NKDA. */
    private static PatientState adult() {
        return adultBuilder().build();
    }

    private static CheckFixtures.PatientBuilder adultBuilder() {
        return patient().age(45).weight(70).height(175).egfr(90).creatinine(80);
    }

    /** A 30-year-old pregnant woman, 70 kg, 165 cm, normal renal function. */
    private static PatientState pregnant() {
        return patient().age(30).female().weight(70).height(165).egfr(110).creatinine(55).pregnancy(PregnancyStatus.PREGNANT).build();
    }

    /** 175 cm and 74 kg: Mosteller body surface area 1.90 m². */
    private static PatientState adultOf1Point9SquareMetres() {
        return patient().age(45).weight(74).height(175).egfr(90).creatinine(80).build();
    }

    static Stream<Case> cases() {
        return Stream.of(highAlertMedicines(), byCategory()).flatMap(s -> s);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Part one: every high-alert medicine
    // ------------------------------------------------------------------------------------------------------------------

    static Stream<Case> highAlertMedicines() {
        return Stream.of(
            // Paracetamol: the national ceiling of 1 g a dose and 4 g a day in an adult
            quiet("Paracetamol 1 g QDS for a 70 kg adult is 4 g a day, the adult maximum, just inside the ceiling (BNF Paracetamol: "
                    + "Indications and dose, adult 0.5-1 g every 4-6 hours, max 4 g per day)", adult(),
                    o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Paracetamol 1 g every 6 hours is 4 g a day, at the adult daily maximum (BNF Paracetamol: Indications and dose)",
                    adult(), o("PARACETAMOL-TAB-500", "1000", "mg", "PO", "Q6H")),
            quiet("Paracetamol suspension 250 mg/5 mL, 20 mL QDS is 1 g a dose and 4 g a day for an adult (BNF Paracetamol: "
                    + "Indications and dose; medicinal forms)", adult(), o("PARACETAMOL-SUSP-250-5ML", "20", "mL", "PO", "QDS")),
            alerts("Paracetamol 4 g QDS is 16 g a day, four times the 4 g adult maximum: a fatal hepatotoxic dose "
                    + "(BNF Paracetamol: Indications and dose; BNF Poisoning, paracetamol)", DOSE_DAILY, HARD_STOP, adult(),
                    o("PARACETAMOL-TAB-500", "4", "g", "PO", "QDS")),
            alerts("Paracetamol 4 g in one dose is four times the 1 g adult maximum per dose (BNF Paracetamol: Indications and dose)",
                    DOSE_SINGLE, HARD_STOP, adult(), o("PARACETAMOL-TAB-500", "4", "g", "PO", "QDS")),
            alerts("Paracetamol 1 g QDS with co-codamol 30/500 two tablets QDS is 8 g of paracetamol a day, twice the 4 g maximum "
                    + "(BNF Paracetamol: Indications and dose; BNF Co-codamol: max 8 tablets a day)", DOSE_DAILY, HARD_STOP, adult(),
                    o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"), o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            alerts("Co-codamol 30/500 two tablets QDS with paracetamol 1 g QDS already charted: the 24-hour paracetamol total is 8 g "
                    + "(BNF Co-codamol; BNF Paracetamol)", DOSE_DAILY, HARD_STOP, adult(),
                    o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS"), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            alerts("Co-codamol 8/500 two tablets QDS with paracetamol suspension 20 mL (1 g) QDS is 8 g of paracetamol a day "
                    + "(BNF Co-codamol; BNF Paracetamol)", DOSE_DAILY, HARD_STOP, adult(),
                    o("COCODAMOL-TAB-8-500", "2", "tablet", "PO", "QDS"), o("PARACETAMOL-SUSP-250-5ML", "20", "mL", "PO", "QDS")),
            alerts("Paracetamol 1 g every 4 hours is 6 g a day, above the 4 g adult maximum (BNF Paracetamol: Indications and dose)",
                    DOSE_DAILY, HARD_STOP, adult(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "Q4H")),
            alerts("Paracetamol 1 g five times a day is 5 g a day, above the 4 g adult maximum (BNF Paracetamol: Indications and dose)",
                    DOSE_DAILY, HARD_STOP, adult(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "FIVE")),
            alerts("Co-codamol 30/500 two tablets every 4 hours is 12 tablets, 6 g of paracetamol a day (BNF Co-codamol: max 8 "
                    + "tablets in 24 hours)", DOSE_DAILY, HARD_STOP, adult(), o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "Q4H")),
            alerts("Paracetamol 5,000 mg typed for 500 mg is a tenfold slip, five times the 1 g adult maximum per dose (BNF "
                    + "Paracetamol: Indications and dose)", DOSE_SINGLE, HARD_STOP, adult(), o("PARACETAMOL-TAB-500", "5000", "mg", "PO", "STAT")),
            dose("Paracetamol 1.5 g in one dose is above the 1 g adult maximum per dose (BNF Paracetamol: Indications and dose)",
                    SEVERE, adult(), o("PARACETAMOL-TAB-500", "1.5", "g", "PO", "STAT")),

            // Codeine phosphate
            dose("Codeine 300 mg QDS typed for 30 mg is a tenfold slip; the adult dose is 30-60 mg, max 240 mg a day (BNF Codeine "
                    + "phosphate: Indications and dose)", SEVERE, adult(), o("CODEINE-TAB-30", "300", "mg", "PO", "QDS")),
            dose("Codeine 600 mg is ten times the 60 mg adult maximum per dose (BNF Codeine phosphate: Indications and dose)",
                    HARD_STOP, adult(), o("CODEINE-TAB-30", "600", "mg", "PO", "STAT")),
            dose("Codeine phosphate oral solution 25 mg/5 mL, 60 mL written for 60 mg, is 300 mg of codeine (ISMP: confusion "
                    + "of mg and mL with oral liquids; BNF Codeine phosphate: max 60 mg a dose)", SEVERE, adult(),
                    o("CODEINE-SOL-25-5ML", "60", "mL", "PO", "STAT")),
            quiet("Codeine 30 mg every 6 hours as oral solution for an adult (BNF Codeine phosphate: 30-60 mg every 4 hours, max 240 mg a day)",
                    adult(), o("CODEINE-SOL-25-5ML", "30", "mg", "PO", "Q6H")),
            quiet("Codeine 60 mg QDS is 240 mg a day, exactly the adult maximum (BNF Codeine phosphate: Indications and dose)",
                    adult(), o("CODEINE-TAB-30", "60", "mg", "PO", "QDS")),

            // Co-codamol
            dose("Co-codamol 30/500 twenty tablets typed for two is 10 g of paracetamol and 600 mg of codeine in one dose (BNF "
                    + "Co-codamol: 1-2 tablets every 4-6 hours, max 8 a day)", HARD_STOP, adult(),
                    o("COCODAMOL-TAB-30-500", "20", "tablet", "PO", "STAT")),
            dose("Co-codamol 8/500 twenty tablets in one dose is 10 g of paracetamol (BNF Co-codamol; BNF Paracetamol: max 1 g a dose)",
                    HARD_STOP, adult(), o("COCODAMOL-TAB-8-500", "20", "tablet", "PO", "STAT")),
            quiet("Co-codamol 30/500 two tablets QDS for a 70 kg adult is 240 mg codeine and 4 g paracetamol a day (BNF Co-codamol)",
                    adult(), o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            quiet("Co-codamol 30/500 capsules, two QDS for an adult (BNF Co-codamol: Indications and dose)", adult(),
                    o("COCODAMOL-CAP-30-500", "2", "capsule", "PO", "QDS")),

            // Tramadol
            dose("Tramadol 500 mg typed for 50 mg is a tenfold slip; the adult dose is 50-100 mg, max 400 mg a day (BNF Tramadol "
                    + "hydrochloride: Indications and dose)", SEVERE, adult(), o("TRAMADOL-CAP-50", "500", "mg", "PO", "STAT")),
            dose("Tramadol 1,000 mg is ten times the 100 mg adult maximum per dose (BNF Tramadol hydrochloride: Indications and dose)",
                    HARD_STOP, adult(), o("TRAMADOL-CAP-50", "1000", "mg", "PO", "STAT")),
            quiet("Tramadol 50 mg every 6 hours for an adult (BNF Tramadol hydrochloride: 50-100 mg every 4-6 hours)", adult(),
                    o("TRAMADOL-CAP-50", "50", "mg", "PO", "Q6H")),
            dose("Tramadol MR 1,000 mg BD typed for 100 mg BD (BNF Tramadol hydrochloride: modified-release 50-100 mg twice daily, "
                    + "max 400 mg a day)", SEVERE, adult(), o("TRAMADOL-MRTAB-100", "1000", "mg", "PO", "BD")),
            quiet("Tramadol MR 100 mg BD for an adult (BNF Tramadol hydrochloride: modified-release)", adult(),
                    o("TRAMADOL-MRTAB-100", "100", "mg", "PO", "BD")),
            dose("Tramadol injection 1,000 mg IV typed for 100 mg (BNF Tramadol hydrochloride: IM/IV 50-100 mg every 4-6 hours, max 600 mg a day)",
                    SEVERE, adult(), o("TRAMADOL-INJ-100-2ML", "1000", "mg", "IV", "STAT")),
            quiet("Tramadol injection 100 mg IV every 6 hours is 400 mg a day, within the 600 mg parenteral maximum (BNF Tramadol hydrochloride)",
                    adult(), o("TRAMADOL-INJ-100-2ML", "100", "mg", "IV", "Q6H")),

            // Morphine
            dose("Morphine 100 mg oral for an opioid-naive adult is ten times the usual 5-10 mg starting dose (BNF Morphine: "
                    + "Indications and dose; NPSA/2008/RRR005 Reducing dosing errors with opioid medicines)", SEVERE, adult(),
                    o("MORPHINE-SOL-10-5ML", "100", "mg", "PO", "STAT")),
            dose("Morphine concentrate 100 mg/5 mL, 5 mL given for 5 mL of the 10 mg/5 mL solution, is 100 mg for an opioid-naive "
                    + "adult (NPSA/2008/RRR005: confusion between opioid strengths; BNF Morphine)", SEVERE, adult(),
                    o("MORPHINE-SOL-100-5ML", "5", "mL", "PO", "STAT")),
            dose("Morphine tablets 100 mg for an opioid-naive adult (BNF Morphine: oral 5-10 mg every 4 hours initially)", SEVERE,
                    adult(), o("MORPHINE-TAB-10", "100", "mg", "PO", "STAT")),
            quiet("Morphine oral solution 10 mg every 4 hours when required, max 6 doses in 24 hours, for an opioid-naive adult "
                    + "(BNF Morphine: acute pain, 10 mg every 4 hours)", adult(), prn("MORPHINE-SOL-10-5ML", "10", "mg", "PO", 6)),
            quiet("Morphine 10 mg/5 mL oral solution, 5 mL (10 mg) when required, max 6 in 24 hours (BNF Morphine)", adult(),
                    prn("MORPHINE-SOL-10-5ML", "5", "mL", "PO", 6)),
            dose("Morphine MR 100 mg BD typed for 10 mg BD for an opioid-naive adult (BNF Morphine: modified-release, initially "
                    + "10 mg every 12 hours)", SEVERE, adult(), o("MORPHINE-MRTAB-10", "100", "mg", "PO", "BD")),
            quiet("Morphine MR 10 mg BD for an opioid-naive adult (BNF Morphine: modified-release initial dose)", adult(),
                    o("MORPHINE-MRTAB-10", "10", "mg", "PO", "BD")),
            dose("Morphine injection 100 mg IV typed for 10 mg (BNF Morphine: IV 5 mg every 4 hours, adjusted to response; "
                    + "NPSA/2008/RRR005)", SEVERE, adult(), o("MORPHINE-INJ-10-1ML", "100", "mg", "IV", "STAT")),
            dose("Morphine injection 50 mg SC typed for 5 mg for an opioid-naive adult (BNF Morphine: SC 5-10 mg every 4 hours)",
                    SEVERE, adult(), o("MORPHINE-INJ-10-1ML", "50", "mg", "SC", "STAT")),
            quiet("Morphine injection 5 mg SC every 4 hours when required, max 6 in 24 hours (BNF Morphine: Indications and dose)",
                    adult(), prn("MORPHINE-INJ-10-1ML", "5", "mg", "SC", 6)),
            quiet("Morphine injection 10 mg IM once for acute pain in an adult (BNF Morphine: IM 10 mg every 4 hours)", adult(),
                    o("MORPHINE-INJ-10-1ML", "10", "mg", "IM", "STAT")),

            // Oxycodone
            dose("Oxycodone 50 mg typed for 5 mg for an opioid-naive adult (BNF Oxycodone hydrochloride: oral initially 5 mg every "
                    + "4-6 hours)", SEVERE, adult(), o("OXYCODONE-CAP-5", "50", "mg", "PO", "STAT")),
            dose("Oxycodone 5 mg/5 mL solution, 50 mL written for 5 mg, is 50 mg of oxycodone (BNF Oxycodone hydrochloride; ISMP: "
                    + "mg/mL confusion with oral liquids)", SEVERE, adult(), o("OXYCODONE-SOL-5-5ML", "50", "mL", "PO", "STAT")),
            quiet("Oxycodone 5 mg every 4-6 hours when required, max 4 in 24 hours, for an opioid-naive adult (BNF Oxycodone hydrochloride)",
                    adult(), prn("OXYCODONE-CAP-5", "5", "mg", "PO", 4)),
            dose("Oxycodone MR 100 mg BD typed for 10 mg BD (BNF Oxycodone hydrochloride: modified-release initially 10 mg every 12 hours)",
                    SEVERE, adult(), o("OXYCODONE-MRTAB-10", "100", "mg", "PO", "BD")),
            quiet("Oxycodone MR 10 mg BD for an opioid-naive adult (BNF Oxycodone hydrochloride: modified-release initial dose)",
                    adult(), o("OXYCODONE-MRTAB-10", "10", "mg", "PO", "BD")),
            dose("Oxycodone injection 50 mg SC typed for 5 mg (BNF Oxycodone hydrochloride: SC initially 5 mg every 4 hours)",
                    SEVERE, adult(), o("OXYCODONE-INJ-10-1ML", "50", "mg", "SC", "STAT")),
            dose("Oxycodone injection 100 mg IV is ten times the largest 10 mg IV bolus (BNF Oxycodone hydrochloride: IV 1-10 mg "
                    + "every 4 hours)", SEVERE, adult(), o("OXYCODONE-INJ-10-1ML", "100", "mg", "IV", "STAT")),
            quiet("Oxycodone injection 5 mg SC once for an opioid-naive adult (BNF Oxycodone hydrochloride: SC initially 5 mg)",
                    adult(), o("OXYCODONE-INJ-10-1ML", "5", "mg", "SC", "STAT")),

            // Fentanyl
            dose("Ten fentanyl 25 microgram/hour patches at once is 250 micrograms/hour for an opioid-naive adult (Durogesic DTrans "
                    + "SmPC 4.2; MHRA Drug Safety Update September 2008, fentanyl patches: fatal overdose)", SEVERE, adult(),
                    o("FENTANYL-PATCH-25", "10", "patch", "TD", "Q72H")),
            dose("A fentanyl 100 microgram/hour patch for an opioid-naive adult is eight times the 12 microgram/hour starting "
                    + "strength (Durogesic DTrans SmPC 4.2: opioid-naive patients)", SEVERE, adult(),
                    o("FENTANYL-PATCH-100", "1", "patch", "TD", "Q72H")),
            quiet("One fentanyl 12 microgram/hour patch every 72 hours, the lowest strength (Durogesic DTrans SmPC 4.2)", adult(),
                    o("FENTANYL-PATCH-12", "1", "patch", "TD", "Q72H")),
            dose("Fentanyl injection 1,000 micrograms IV typed for 100 micrograms (BNF Fentanyl: with spontaneous respiration "
                    + "initially 50-200 micrograms)", SEVERE, adult(), o("FENTANYL-INJ-100MICROG-2ML", "1000", "microgram", "IV", "STAT")),
            alerts("Fentanyl injection 100 mg written for 100 micrograms is a thousandfold slip (BNF Fentanyl; ISMP list of "
                    + "error-prone abbreviations: mg/microgram)", DOSE_SINGLE, HARD_STOP, adult(),
                    o("FENTANYL-INJ-100MICROG-2ML", "100", "mg", "IV", "STAT")),
            quiet("Fentanyl injection 50 micrograms IV once (BNF Fentanyl: initially 50-200 micrograms)", adult(),
                    o("FENTANYL-INJ-100MICROG-2ML", "50", "microgram", "IV", "STAT")),

            // Buprenorphine
            dose("Ten buprenorphine 20 microgram/hour 7-day patches is 200 micrograms/hour, five times the maximum (BuTrans SmPC "
                    + "4.2: start 5 micrograms/hour, max 40 micrograms/hour)", SEVERE, adult(),
                    o("BUPRENORPHINE-PATCH7D-20", "10", "patch", "TD", "WEEKLY")),
            quiet("One buprenorphine 5 microgram/hour patch changed every 7 days, the starting dose (BuTrans SmPC 4.2)", adult(),
                    o("BUPRENORPHINE-PATCH7D-5", "1", "patch", "TD", "WEEKLY")),
            dose("Buprenorphine sublingual 2,000 micrograms typed for 200 micrograms (BNF Buprenorphine: pain, 200-400 micrograms "
                    + "every 6-8 hours)", SEVERE, adult(), o("BUPRENORPHINE-SLTAB-200MICROG", "2000", "microgram", "SL", "Q8H")),
            alerts("Buprenorphine sublingual 200 mg written for 200 micrograms is a thousandfold slip (BNF Buprenorphine)",
                    DOSE_SINGLE, HARD_STOP, adult(), o("BUPRENORPHINE-SLTAB-200MICROG", "200", "mg", "SL", "Q8H")),
            quiet("Buprenorphine sublingual 200 micrograms every 8 hours for an adult (BNF Buprenorphine: 200-400 micrograms every 6-8 hours)",
                    adult(), o("BUPRENORPHINE-SLTAB-200MICROG", "200", "microgram", "SL", "Q8H")),

            // Insulins
            dose("Insulin aspart 100 units typed for 10 units, the classic 'U' misread as a zero (NPSA/2010/RRR013 Safer "
                    + "administration of insulin; a FlexPen delivers at most 60 units per injection, NovoRapid SmPC 6.6)", SEVERE,
                    adult(), o("INSULINASPART-PEN-100U-3ML", "100", "unit", "SC", "STAT")),
            quiet("Insulin aspart 6 units SC with each meal (NovoRapid SmPC 4.2; NICE NG17 basal-bolus)", adult(),
                    o("INSULINASPART-PEN-100U-3ML", "6", "unit", "SC", "TDS")),
            dose("Soluble insulin 100 units IV typed for the 10 units given with glucose for hyperkalaemia (UK Kidney Association "
                    + "Treatment of Acute Hyperkalaemia in Adults 2020; NPSA/2010/RRR013)", SEVERE, adult(),
                    o("INSULINSOLUBLE-VIAL-100U-10ML", "100", "unit", "IV", "STAT")),
            quiet("Soluble insulin 10 units IV once with 25 g glucose for hyperkalaemia (UK Kidney Association Treatment of Acute "
                    + "Hyperkalaemia in Adults 2020)", adult(), o("INSULINSOLUBLE-VIAL-100U-10ML", "10", "unit", "IV", "STAT")),
            quiet("Soluble insulin 8 units SC before meals (Humulin S SmPC 4.2)", adult(),
                    o("INSULINSOLUBLE-CART-100U-3ML", "8", "unit", "SC", "TDS")),
            dose("Insulin glargine 100 units typed for the usual 10 unit starting dose (Lantus SmPC 4.2; NICE NG28; NPSA/2010/RRR013; "
                    + "one SoloStar injection delivers at most 80 units)", SEVERE, adult(),
                    o("INSULINGLARGINE-PEN-100U-3ML", "100", "unit", "SC", "OD")),
            quiet("Insulin glargine 10 units once daily, the usual starting dose (Lantus SmPC 4.2; NICE NG28)", adult(),
                    o("INSULINGLARGINE-PEN-100U-3ML", "10", "unit", "SC", "OD")),
            quiet("Insulin glargine 300 units/mL, 10 units once daily (Toujeo SmPC 4.2)", adult(),
                    o("INSULINGLARGINE-PEN-300U-1P5ML", "10", "unit", "SC", "OD")),
            dose("Insulin glargine 300 units/mL ordered as 1 mL is 300 units: insulin must be prescribed in units, never mL (MHRA "
                    + "Drug Safety Update April 2015, high-strength insulins; NPSA/2010/RRR013)", SEVERE, adult(),
                    o("INSULINGLARGINE-PEN-300U-1P5ML", "1", "mL", "SC", "OD")),

            // Low molecular weight heparins and heparin
            dose("Enoxaparin 400 mg SC typed for the 40 mg prophylactic dose (Clexane SmPC 4.2; max treatment dose 1.5 mg/kg)", SEVERE,
                    adult(), o("ENOXAPARIN-PFS-40", "400", "mg", "SC", "OD")),
            quiet("Enoxaparin 40 mg SC once daily, VTE prophylaxis for a 70 kg adult with normal renal function (Clexane SmPC 4.2)",
                    adult(), o("ENOXAPARIN-PFS-40", "40", "mg", "SC", "OD")),
            quiet("Enoxaparin 70 mg SC BD is 1 mg/kg twice daily for a 70 kg adult, the DVT/PE treatment dose (Clexane SmPC 4.2)",
                    adult(), o("ENOXAPARIN-PFS-80", "70", "mg", "SC", "BD")),
            dose("Dalteparin 50,000 units typed for 5,000 units (Fragmin SmPC 4.2: prophylaxis 5,000 units daily; treatment "
                    + "200 units/kg, max 18,000 units a day)", SEVERE, adult(), o("DALTEPARIN-PFS-5000", "50000", "unit", "SC", "OD")),
            quiet("Dalteparin 5,000 units SC once daily, VTE prophylaxis (Fragmin SmPC 4.2)", adult(),
                    o("DALTEPARIN-PFS-5000", "5000", "unit", "SC", "OD")),
            dose("Heparin 50,000 units SC typed for 5,000 units (BNF Heparin: prophylaxis 5,000 units every 8-12 hours; ISMP "
                    + "high-alert: heparin strength confusion)", SEVERE, adult(), o("HEPARIN-INJ-25000U-5ML", "50000", "unit", "SC", "STAT")),
            dose("Heparin 50,000 units IV bolus typed for the 5,000 unit loading dose (BNF Heparin: treatment of VTE, loading "
                    + "5,000 units IV)", SEVERE, adult(), o("HEPARIN-INJ-25000U-5ML", "50000", "unit", "IV", "STAT")),
            quiet("Heparin 5,000 units SC every 12 hours, VTE prophylaxis (BNF Heparin: Indications and dose)", adult(),
                    o("HEPARIN-INJ-5000U-1ML", "5000", "unit", "SC", "BD")),
            quiet("Heparin 5,000 units IV once, the loading dose for VTE treatment (BNF Heparin: Indications and dose)", adult(),
                    o("HEPARIN-INJ-5000U-5ML", "5000", "unit", "IV", "STAT")),

            // Oral anticoagulants
            dose("Warfarin 50 mg typed for 5 mg (BNF Warfarin sodium: maintenance usually 3-9 mg daily; NPSA/2007/18 Actions "
                    + "that can make anticoagulant therapy safer)", SEVERE, adult(), o("WARFARIN-TAB-5", "50", "mg", "PO", "OD")),
            dose("Warfarin suspension 1 mg/mL, 50 mL written for 5 mg, is 50 mg of warfarin (BNF Warfarin sodium; ISMP: mg/mL "
                    + "confusion)", SEVERE, adult(), o("WARFARIN-SUSP-1MG-1ML", "50", "mL", "PO", "OD")),
            quiet("Warfarin 5 mg once daily (BNF Warfarin sodium: usual maintenance 3-9 mg)", adult(),
                    o("WARFARIN-TAB-5", "5", "mg", "PO", "OD")),
            dose("Apixaban 50 mg BD typed for 5 mg BD (Eliquis SmPC 4.2: AF 5 mg BD; VTE treatment at most 10 mg BD for 7 days)",
                    SEVERE, adult(), o("APIXABAN-TAB-5", "50", "mg", "PO", "BD")),
            quiet("Apixaban 5 mg BD for AF, 45-year-old 70 kg with normal renal function (Eliquis SmPC 4.2)", adult(),
                    o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            dose("Rivaroxaban 200 mg typed for 20 mg (Xarelto SmPC 4.2: AF 20 mg once daily)", SEVERE, adult(),
                    o("RIVAROXABAN-TAB-20", "200", "mg", "PO", "OD")),
            quiet("Rivaroxaban 20 mg once daily with food for AF, normal renal function (Xarelto SmPC 4.2)", adult(),
                    o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD")),
            dose("Edoxaban 600 mg typed for 60 mg (Lixiana SmPC 4.2: 60 mg once daily)", SEVERE, adult(),
                    o("EDOXABAN-TAB-60", "600", "mg", "PO", "OD")),
            quiet("Edoxaban 60 mg once daily, 70 kg adult, creatinine clearance above 50 mL/min (Lixiana SmPC 4.2)", adult(),
                    o("EDOXABAN-TAB-60", "60", "mg", "PO", "OD")),
            dose("Dabigatran 1,500 mg BD typed for 150 mg BD (Pradaxa SmPC 4.2: AF 150 mg twice daily)", SEVERE, adult(),
                    o("DABIGATRAN-CAP-150", "1500", "mg", "PO", "BD")),
            quiet("Dabigatran 150 mg BD for a 40-year-old man, 80 kg, creatinine 80 micromol/L: Cockcroft-Gault about 120 mL/min "
                    + "(Pradaxa SmPC 4.2; Cockcroft and Gault, Nephron 1976)",
                    patient().age(40).weight(80).height(180).egfr(90).creatinine(80).build(),
                    o("DABIGATRAN-CAP-150", "150", "mg", "PO", "BD")),

            // Gliclazide
            dose("Gliclazide 800 mg typed for 80 mg (BNF Gliclazide: 40-80 mg daily, up to 160 mg as a single dose, max 320 mg a day)",
                    SEVERE, adult(), o("GLICLAZIDE-TAB-80", "800", "mg", "PO", "OD")),
            dose("Gliclazide 1,600 mg is ten times the 160 mg maximum single dose (BNF Gliclazide: Indications and dose)", HARD_STOP,
                    adult(), o("GLICLAZIDE-TAB-80", "1600", "mg", "PO", "STAT")),
            quiet("Gliclazide 80 mg BD (BNF Gliclazide: Indications and dose)", adult(), o("GLICLAZIDE-TAB-80", "80", "mg", "PO", "BD")),
            dose("Gliclazide MR 300 mg typed for 30 mg (Diamicron 30 mg MR SmPC 4.2: 30-120 mg once daily)", SEVERE, adult(),
                    o("GLICLAZIDE-MRTAB-30", "300", "mg", "PO", "OD")),
            dose("Gliclazide MR 150 mg once daily is above the 120 mg daily maximum of the modified-release form (Diamicron 30 mg "
                    + "MR SmPC 4.2; BNF Gliclazide: modified-release max 120 mg daily)", SEVERE, adult(),
                    o("GLICLAZIDE-MRTAB-30", "150", "mg", "PO", "OD")),
            quiet("Gliclazide MR 30 mg once daily with breakfast (Diamicron 30 mg MR SmPC 4.2)", adult(),
                    o("GLICLAZIDE-MRTAB-30", "30", "mg", "PO", "OD")),

            // Amiodarone
            dose("Amiodarone 2,000 mg typed for 200 mg (BNF Amiodarone hydrochloride: 200 mg TDS for a week, then BD, then 200 mg daily)",
                    SEVERE, adult(), o("AMIODARONE-TAB-200", "2000", "mg", "PO", "OD")),
            quiet("Amiodarone 200 mg TDS, the first week's loading dose (BNF Amiodarone hydrochloride: Indications and dose)", adult(),
                    o("AMIODARONE-TAB-200", "200", "mg", "PO", "TDS")),
            quiet("Amiodarone 200 mg once daily maintenance (BNF Amiodarone hydrochloride: Indications and dose)", adult(),
                    o("AMIODARONE-TAB-100", "200", "mg", "PO", "OD")),
            dose("Amiodarone 3,000 mg IV typed for 300 mg (BNF Amiodarone hydrochloride: IV 5 mg/kg, max 1.2 g in 24 hours; "
                    + "Resuscitation Council UK ALS 2021: 300 mg)", SEVERE, adult(), o("AMIODARONE-PFS-300-10ML", "3000", "mg", "IV", "STAT")),
            quiet("Amiodarone 300 mg IV once, for a 70 kg adult in shock-refractory VF (Resuscitation Council UK ALS guideline 2021)",
                    adult(), o("AMIODARONE-PFS-300-10ML", "300", "mg", "IV", "STAT")),

            // Digoxin
            dose("Digoxin 2.5 mg (2,500 micrograms) typed for 250 micrograms (BNF Digoxin: AF maintenance 125-250 micrograms daily)",
                    SEVERE, adult(), o("DIGOXIN-TAB-250MICROG", "2.5", "mg", "PO", "OD")),
            dose("Digoxin 2,500 micrograms once daily is ten times the 250 microgram maintenance dose (BNF Digoxin)", SEVERE, adult(),
                    o("DIGOXIN-TAB-250MICROG", "2500", "microgram", "PO", "OD")),
            dose("Digoxin 50 micrograms/mL elixir, 50 mL written for 50 micrograms, is 2,500 micrograms (BNF Digoxin; ISMP: mL "
                    + "confusion with oral liquids)", SEVERE, adult(), o("DIGOXIN-ELIX-50MICROG-1ML", "50", "mL", "PO", "OD")),
            alerts("Digoxin 125 mg written for 125 micrograms is a thousandfold slip (BNF Digoxin; ISMP error-prone abbreviations)",
                    DOSE_SINGLE, HARD_STOP, adult(), o("DIGOXIN-TAB-125MICROG", "125", "mg", "PO", "OD")),
            alerts("Digoxin 62.5 mg written for 62.5 micrograms is a thousandfold slip (BNF Digoxin)", DOSE_SINGLE, HARD_STOP, adult(),
                    o("DIGOXIN-TAB-62P5MICROG", "62.5", "mg", "PO", "OD")),
            quiet("Digoxin 125 micrograms once daily for rate control (BNF Digoxin: 125-250 micrograms daily)", adult(),
                    o("DIGOXIN-TAB-125MICROG", "125", "microgram", "PO", "OD")),
            quiet("Digoxin elixir 62.5 micrograms once daily (BNF Digoxin)", adult(),
                    o("DIGOXIN-ELIX-50MICROG-1ML", "62.5", "microgram", "PO", "OD")),
            dose("Digoxin 5,000 micrograms IV typed for 500 micrograms (BNF Digoxin: IV loading 0.75-1 mg in total)", SEVERE, adult(),
                    o("DIGOXIN-INJ-500MICROG-2ML", "5000", "microgram", "IV", "STAT")),
            alerts("Digoxin injection 500 mg written for 500 micrograms is a thousandfold slip (BNF Digoxin)", DOSE_SINGLE, HARD_STOP,
                    adult(), o("DIGOXIN-INJ-500MICROG-2ML", "500", "mg", "IV", "STAT")),
            quiet("Digoxin 500 micrograms IV once, part of a 0.75-1 mg loading dose (BNF Digoxin: Indications and dose)", adult(),
                    o("DIGOXIN-INJ-500MICROG-2ML", "500", "microgram", "IV", "STAT")),

            // Levothyroxine
            dose("Levothyroxine 1,000 micrograms typed for 100 micrograms (BNF Levothyroxine sodium: maintenance 100-200 micrograms daily)",
                    SEVERE, adult(), o("LEVOTHYROXINE-TAB-100MICROG", "1000", "microgram", "PO", "OD")),
            alerts("Levothyroxine 100 mg written for 100 micrograms is a thousandfold slip (BNF Levothyroxine sodium)", DOSE_SINGLE,
                    HARD_STOP, adult(), o("LEVOTHYROXINE-TAB-100MICROG", "100", "mg", "PO", "OD")),
            alerts("Levothyroxine 25 mg written for 25 micrograms is a thousandfold slip (BNF Levothyroxine sodium)", DOSE_SINGLE,
                    HARD_STOP, adult(), o("LEVOTHYROXINE-TAB-25MICROG", "25", "mg", "PO", "OD")),
            quiet("Levothyroxine 100 micrograms once daily (BNF Levothyroxine sodium: Indications and dose)", adult(),
                    o("LEVOTHYROXINE-TAB-100MICROG", "100", "microgram", "PO", "OD")),
            quiet("Levothyroxine oral solution 25 micrograms/5 mL, 50 micrograms once daily (BNF Levothyroxine sodium)", adult(),
                    o("LEVOTHYROXINE-SOL-25MICROG-5ML", "50", "microgram", "PO", "OD")),

            // Midazolam injection
            dose("Midazolam 25 mg IV typed for 2.5 mg for sedation (BNF Midazolam: IV 2-2.5 mg initially, max total 7.5 mg; "
                    + "NPSA/2008/RRR011 Reducing risk of overdose with midazolam injection in adults)", SEVERE, adult(),
                    o("MIDAZOLAM-INJ-10-2ML", "25", "mg", "IV", "STAT")),
            dose("Midazolam 50 mg IM typed for 5 mg premedication (BNF Midazolam: IM 70-100 micrograms/kg)", SEVERE, adult(),
                    o("MIDAZOLAM-INJ-10-5ML", "50", "mg", "IM", "STAT")),
            quiet("Midazolam 2 mg IV once for conscious sedation of a 45-year-old (BNF Midazolam: IV 2-2.5 mg initially; "
                    + "NPSA/2008/RRR011: 1 mg/mL strength)", adult(), o("MIDAZOLAM-INJ-5-5ML", "2", "mg", "IV", "STAT")),

            // Methotrexate (oral, weekly): national ceiling of 25 mg a week
            quiet("Methotrexate 25 mg once weekly is the maximum weekly dose, just inside the ceiling (BNF Methotrexate: 7.5 mg "
                    + "once weekly, max 25 mg per week)", adult(), o("METHOTREXATE-TAB-2P5", "25", "mg", "PO", "WEEKLY")),
            quiet("Methotrexate 7.5 mg once weekly, the usual starting dose (BNF Methotrexate)", adult(),
                    o("METHOTREXATE-TAB-2P5", "7.5", "mg", "PO", "WEEKLY")),
            dose("Methotrexate 30 mg once weekly is above the 25 mg weekly maximum (BNF Methotrexate; NPSA/2006/13 oral methotrexate)",
                    HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "30", "mg", "PO", "WEEKLY")),
            dose("Methotrexate 150 mg weekly typed for 15 mg (BNF Methotrexate: max 25 mg per week)", HARD_STOP, adult(),
                    o("METHOTREXATE-TAB-2P5", "150", "mg", "PO", "WEEKLY")),
            dose("Methotrexate 25 mg daily is 175 mg a week, seven times the weekly maximum (MHRA Drug Safety Update September 2020: "
                    + "fatal daily instead of weekly dosing)", HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "25", "mg", "PO", "OD")),
            alerts("Methotrexate 25 mg daily: oral methotrexate is once weekly (MHRA Drug Safety Update September 2020; NPSA/2006/13)",
                    DOSE_FREQUENCY, HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "25", "mg", "PO", "OD")),

            // Potassium chloride IV
            dose("Potassium chloride 200 mmol IV typed for 20 mmol (BNF Potassium chloride: IV infusion usually up to 10 mmol/hour; "
                    + "NPSA 2002 alert, potassium chloride concentrate solutions)", SEVERE, adult(),
                    o("KCL-CONC-20MMOL-10ML", "200", "mmol", "IV", "STAT")),
            dose("Potassium chloride 0.15% in sodium chloride 0.9%, 10,000 mL typed for 1,000 mL, is 200 mmol of potassium in one "
                    + "infusion (BNF Potassium chloride; NICE CG174 maintenance about 1 mmol/kg/day)", SEVERE, adult(),
                    o("KCL-NACL-20MMOL-1000ML", "10000", "mL", "IV", "STAT")),
            quiet("Potassium chloride 20 mmol in 1 L sodium chloride 0.9% every 12 hours is 40 mmol a day (NICE CG174 IV fluid "
                    + "therapy in adults)", adult(), o("KCL-NACL-20MMOL-1000ML", "1000", "mL", "IV", "Q12H")),
            quiet("Potassium chloride 40 mmol in 1 L sodium chloride 0.9% once (NICE CG174; BNF Potassium chloride)", adult(),
                    o("KCL-NACL-40MMOL-1000ML", "1000", "mL", "IV", "STAT")),

            // Magnesium sulfate
            dose("Magnesium sulfate 20 g IV typed for 2 g (BTS/SIGN British guideline on the management of asthma: 1.2-2 g IV over "
                    + "20 minutes; BNF Magnesium sulfate)", SEVERE, adult(), o("MGSO4-INJ-5G-10ML", "20", "g", "IV", "STAT")),
            quiet("Magnesium sulfate 2 g IV once for acute severe asthma (BTS/SIGN British guideline on the management of asthma)",
                    adult(), o("MGSO4-INJ-1G-2ML", "2", "g", "IV", "STAT")),

            // Adrenaline IV (1 in 10,000)
            dose("Adrenaline 10 mg IV typed for 1 mg in cardiac arrest (Resuscitation Council UK ALS guideline 2021: 1 mg IV every "
                    + "3-5 minutes)", SEVERE, adult(), o("ADRENALINE-PFS-1MG-10ML", "10", "mg", "IV", "STAT")),
            alerts("Adrenaline 1,000 mg IV, 1,000 micrograms written with mg, is a thousandfold slip (Resuscitation Council UK ALS "
                    + "2021; ISMP error-prone abbreviations)", DOSE_SINGLE, HARD_STOP, adult(),
                    o("ADRENALINE-PFS-1MG-10ML", "1000", "mg", "IV", "STAT")),
            quiet("Adrenaline 1 mg IV (10 mL of 1 in 10,000) in cardiac arrest (Resuscitation Council UK ALS guideline 2021)", adult(),
                    o("ADRENALINE-PFS-1MG-10ML", "1", "mg", "IV", "STAT")),

            // Vincristine: national ceiling of 2 mg a dose
            quiet("Vincristine 2 mg IV for a 1.9 m² adult (175 cm, 74 kg): 1.4 mg/m² would be 2.66 mg, capped at 2 mg, so 2 mg is "
                    + "the right dose and not a hard stop (Vincristine sulfate SmPC 4.2: 1.4 mg/m² weekly, max 2 mg)",
                    adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-2MG-2ML", "2", "mg", "IV", "STAT")),
            quiet("Vincristine 2 mg IV once weekly for a 1.9 m² adult (Vincristine sulfate SmPC 4.2)", adultOf1Point9SquareMetres(),
                    o("VINCRISTINE-INJ-2MG-2ML", "2", "mg", "IV", "WEEKLY")),
            alerts("Vincristine 2.5 mg IV is above the 2 mg maximum single dose whatever the body surface area (Vincristine sulfate "
                    + "SmPC 4.2)", DOSE_SINGLE, HARD_STOP, adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-2MG-2ML", "2.5", "mg", "IV", "STAT")),
            alerts("Vincristine 20 mg typed for 2 mg is a fatal tenfold slip (Vincristine sulfate SmPC 4.2: max 2 mg; ISMP high-alert "
                    + "chemotherapy)", DOSE_SINGLE, HARD_STOP, adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-1MG-1ML", "20", "mg", "IV", "STAT")),

            // Gentamicin
            dose("Gentamicin 3,500 mg IV typed for 350 mg (BNF Gentamicin: once daily 5-7 mg/kg)", SEVERE, adult(),
                    o("GENTAMICIN-INJ-80-2ML", "3500", "mg", "IV", "OD")),
            quiet("Gentamicin 350 mg IV once daily is 5 mg/kg for a 70 kg, 175 cm adult with CrCl about 100 mL/min (BNF Gentamicin: "
                    + "once-daily regimen 5-7 mg/kg)", adult(), o("GENTAMICIN-INJ-80-2ML", "350", "mg", "IV", "OD")),

            // Vancomycin IV
            dose("Vancomycin 10 g IV typed for 1 g (BNF Vancomycin: IV 15-20 mg/kg every 8-12 hours, max 2 g per dose)", SEVERE,
                    adult(), o("VANCOMYCIN-INJ-1G", "10", "g", "IV", "Q12H")),
            quiet("Vancomycin 1 g IV every 12 hours for a 70 kg adult with normal renal function, about 15 mg/kg (BNF Vancomycin)",
                    adult(), o("VANCOMYCIN-INJ-1G", "1", "g", "IV", "Q12H")));
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Part two: every alert category
    // ------------------------------------------------------------------------------------------------------------------

    static Stream<Case> byCategory() {
        return Stream.of(doseSingle(), doseDaily(), doseFrequency(), allergy(), crossSensitivity(), interaction(), duplicate(),
                route(), renal(), age(), weight(), pregnancy(), missingData()).flatMap(s -> s);
    }

    static Stream<Case> doseSingle() {
        return Stream.of(
            alerts("Amoxicillin 50 mg TDS for an adult is a tenth of the usual 500 mg dose (BNF Amoxicillin: adult 500 mg every 8 hours)",
                    DOSE_SINGLE, WARNING, adult(), o("AMOXICILLIN-CAP-500", "50", "mg", "PO", "TDS")),
            alerts("Enoxaparin 4 mg SC for an adult is a tenth of the 40 mg prophylactic dose (Clexane SmPC 4.2)", DOSE_SINGLE, WARNING,
                    adult(), o("ENOXAPARIN-PFS-40", "4", "mg", "SC", "OD")),
            alerts("Warfarin 5 micrograms, mg written as micrograms, is a thousandth of the dose (BNF Warfarin sodium; ISMP "
                    + "error-prone abbreviations)", DOSE_SINGLE, WARNING, adult(), o("WARFARIN-TAB-5", "5", "microgram", "PO", "OD")),
            alerts("Morphine 10 micrograms oral, mg written as micrograms, is a thousandth of the dose (BNF Morphine)", DOSE_SINGLE,
                    WARNING, adult(), o("MORPHINE-SOL-10-5ML", "10", "microgram", "PO", "STAT")),
            alerts("Ibuprofen 4,000 mg typed for 400 mg (BNF Ibuprofen: 300-400 mg 3-4 times daily, up to 600 mg a dose)",
                    DOSE_SINGLE, SEVERE, adult(), o("IBUPROFEN-TAB-400", "4000", "mg", "PO", "TDS")),
            alerts("Diazepam 100 mg typed for 10 mg (BNF Diazepam: anxiety 2 mg TDS up to 30 mg daily in divided doses)", DOSE_SINGLE,
                    SEVERE, adult(), o("DIAZEPAM-TAB-10", "100", "mg", "PO", "STAT")),
            quiet("Ibuprofen 400 mg QDS is within 2.4 g a day (BNF Ibuprofen: Indications and dose)", adult(),
                    o("IBUPROFEN-TAB-400", "400", "mg", "PO", "QDS")),
            quiet("Amoxicillin 500 mg TDS for an adult (BNF Amoxicillin: Indications and dose)", adult(),
                    o("AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS")),
            quiet("Diazepam 5 mg once at night for an adult (BNF Diazepam: Indications and dose)", adult(),
                    o("DIAZEPAM-TAB-5", "5", "mg", "PO", "ON")));
    }

    static Stream<Case> doseDaily() {
        return Stream.of(
            alerts("Tramadol 100 mg every 4 hours is 600 mg a day, above the 400 mg oral maximum (BNF Tramadol hydrochloride)",
                    DOSE_DAILY, SEVERE, adult(), o("TRAMADOL-CAP-50", "100", "mg", "PO", "Q4H")),
            alerts("Tramadol capsules 100 mg QDS with tramadol MR 200 mg BD is 800 mg of tramadol a day, twice the 400 mg maximum "
                    + "(BNF Tramadol hydrochloride)", DOSE_DAILY, SEVERE, adult(), o("TRAMADOL-CAP-50", "100", "mg", "PO", "QDS"),
                    o("TRAMADOL-MRTAB-100", "200", "mg", "PO", "BD")),
            alerts("Codeine 60 mg every 4 hours is 360 mg a day, above the 240 mg maximum (BNF Codeine phosphate)", DOSE_DAILY, SEVERE,
                    adult(), o("CODEINE-TAB-30", "60", "mg", "PO", "Q4H")),
            alerts("Codeine 60 mg QDS with co-codamol 30/500 two tablets QDS is 480 mg of codeine a day (BNF Codeine phosphate: max "
                    + "240 mg a day)", DOSE_DAILY, SEVERE, adult(), o("CODEINE-TAB-30", "60", "mg", "PO", "QDS"),
                    o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            alerts("Ibuprofen 600 mg every 4 hours is 3.6 g a day, above the 2.4 g maximum (BNF Ibuprofen: Indications and dose)",
                    DOSE_DAILY, SEVERE, adult(), o("IBUPROFEN-TAB-200", "600", "mg", "PO", "Q4H")),
            alerts("Gliclazide 160 mg TDS is 480 mg a day, above the 320 mg maximum (BNF Gliclazide: Indications and dose)", DOSE_DAILY,
                    SEVERE, adult(), o("GLICLAZIDE-TAB-80", "160", "mg", "PO", "TDS")),
            alerts("Paracetamol 1 g when required up to 4 times with co-codamol 30/500 two tablets QDS: counted at the PRN maximum, "
                    + "8 g of paracetamol a day (BNF Paracetamol; CLINICAL.md PRN counted at its maximum)", DOSE_DAILY, SEVERE, adult(),
                    prn("PARACETAMOL-TAB-500", "1", "g", "PO", 4), o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            quiet("Tramadol 100 mg QDS is 400 mg a day, exactly the oral maximum (BNF Tramadol hydrochloride)", adult(),
                    o("TRAMADOL-CAP-50", "100", "mg", "PO", "QDS")),
            quiet("Paracetamol 500 mg when required up to 4 times with co-codamol 30/500 two tablets BD is at most 4 g of "
                    + "paracetamol a day (BNF Paracetamol)", adult(), prn("PARACETAMOL-TAB-500", "500", "mg", "PO", 4),
                    o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "BD")),
            quiet("Gliclazide 160 mg BD is 320 mg a day, the maximum (BNF Gliclazide: Indications and dose)", adult(),
                    o("GLICLAZIDE-TAB-80", "160", "mg", "PO", "BD")),
            quiet("Ibuprofen 600 mg QDS is 2.4 g a day, the maximum (BNF Ibuprofen: Indications and dose)", adult(),
                    o("IBUPROFEN-TAB-200", "600", "mg", "PO", "QDS")));
    }

    static Stream<Case> doseFrequency() {
        return Stream.of(
            alerts("Oral methotrexate three times a day: it is taken once a week (MHRA Drug Safety Update September 2020; NPSA/2006/13)",
                    DOSE_FREQUENCY, HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "2.5", "mg", "PO", "TDS")),
            alerts("Oral methotrexate every night (MHRA Drug Safety Update September 2020: once weekly only)", DOSE_FREQUENCY, HARD_STOP,
                    adult(), o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "ON")),
            alerts("Oral methotrexate every morning (MHRA Drug Safety Update September 2020: once weekly only)", DOSE_FREQUENCY, HARD_STOP,
                    adult(), o("METHOTREXATE-TAB-2P5", "7.5", "mg", "PO", "MANE")),
            alerts("Oral methotrexate four times a day (MHRA Drug Safety Update September 2020; BNF Methotrexate)", DOSE_FREQUENCY,
                    HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "2.5", "mg", "PO", "QDS")),
            alerts("Oral methotrexate 'when required' is not a once-weekly order (MHRA Drug Safety Update September 2020)",
                    DOSE_FREQUENCY, SEVERE, adult(), prn("METHOTREXATE-TAB-2P5", "2.5", "mg", "PO", 1)),
            alerts("Oral methotrexate every 48 hours is three or four doses a week (BNF Methotrexate: once weekly)", DOSE_FREQUENCY,
                    HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "Q48H")),
            alertsAny("A 72-hour fentanyl patch applied every day accumulates three patches (Durogesic DTrans SmPC 4.2: replace every "
                    + "72 hours)", EnumSet.of(DOSE_FREQUENCY, DOSE_DAILY, DOSE_SINGLE), WARNING, adult(),
                    o("FENTANYL-PATCH-12", "1", "patch", "TD", "OD")),
            alertsAny("A 7-day buprenorphine patch applied every day accumulates seven patches (BuTrans SmPC 4.2: replace every "
                    + "7 days)", EnumSet.of(DOSE_FREQUENCY, DOSE_DAILY, DOSE_SINGLE), WARNING, adult(),
                    o("BUPRENORPHINE-PATCH7D-5", "1", "patch", "TD", "OD")),
            quiet("Alendronic acid 70 mg once weekly (BNF Alendronic acid: 70 mg once weekly)", adult(),
                    o("ALENDRONIC-TAB-70", "70", "mg", "PO", "WEEKLY")),
            quiet("Methotrexate 10 mg once weekly for rheumatoid arthritis (BNF Methotrexate)", adult(),
                    o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "WEEKLY")),
            quiet("Fentanyl 12 microgram/hour patch changed every 72 hours (Durogesic DTrans SmPC 4.2)", adult(),
                    o("FENTANYL-PATCH-12", "1", "patch", "TD", "Q72H")));
    }

    static Stream<Case> allergy() {
        return Stream.of(
            alerts("Co-codamol contains codeine, for a patient with a recorded codeine allergy (BNF Co-codamol: contra-indications of "
                    + "codeine; NICE CG183 drug allergy)", ALLERGY, WARNING,
                    adultBuilder().allergy("Codeine", AllergySeverity.MODERATE).build(), o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            alerts("Co-codamol contains paracetamol, for a patient with a severe paracetamol allergy (NICE CG183; BNF Co-codamol)",
                    ALLERGY, SEVERE, adultBuilder().allergy("Paracetamol", AllergySeverity.SEVERE).build(),
                    o("COCODAMOL-TAB-8-500", "2", "tablet", "PO", "QDS")),
            alerts("Flucloxacillin is a penicillin, for a patient with a penicillin rash (BNF Penicillins: hypersensitivity)", ALLERGY,
                    WARNING, adultBuilder().allergy("Penicillin", AllergySeverity.MILD).build(),
                    o("FLUCLOXACILLIN-CAP-500", "500", "mg", "PO", "QDS")),
            alerts("Piperacillin-tazobactam is a penicillin, for a patient with penicillin anaphylaxis (BNF Piperacillin with "
                    + "tazobactam: contra-indications; NICE CG183)", ALLERGY, SEVERE,
                    adultBuilder().allergy("Penicillin", AllergySeverity.SEVERE).build(), o("PIPTAZ-INJ-4G-500MG", "1", "vial", "IV", "Q8H")),
            alerts("Co-trimoxazole contains sulfamethoxazole, for a patient allergic to sulfamethoxazole (BNF Co-trimoxazole: "
                    + "contra-indications)", ALLERGY, WARNING,
                    adultBuilder().allergy("Sulfamethoxazole", AllergySeverity.MODERATE).build(),
                    o("COTRIMOXAZOLE-TAB-960", "1", "tablet", "PO", "BD")),
            alerts("Morphine injection for a patient with a recorded severe morphine allergy (NICE CG183)", ALLERGY, SEVERE,
                    adultBuilder().allergy("Morphine", AllergySeverity.SEVERE).build(), o("MORPHINE-INJ-10-1ML", "5", "mg", "SC", "STAT")),
            alerts("Co-amoxiclav contains amoxicillin, for a patient allergic to amoxicillin (BNF Co-amoxiclav: contra-indications)",
                    ALLERGY, WARNING, adultBuilder().allergy("Amoxicillin", AllergySeverity.MODERATE).build(),
                    o("COAMOXICLAV-TAB-500-125", "1", "tablet", "PO", "TDS")),
            quiet("Paracetamol for a patient allergic to codeine (BNF Paracetamol: no opioid content)",
                    adultBuilder().allergy("Codeine", AllergySeverity.MODERATE).build(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Nitrofurantoin for a penicillin-allergic woman with cystitis (NICE NG109: first choice; not a beta-lactam)",
                    patient().age(40).female().weight(65).egfr(90).allergy("Penicillin", AllergySeverity.SEVERE).build(),
                    o("NITROFURANTOIN-MRCAP-100", "100", "mg", "PO", "BD")),
            quiet("Furosemide for a patient allergic to sulfamethoxazole: no cross-reactivity between sulfonamide antibiotics and "
                    + "non-antibiotic sulfonamides (Strom BL et al. N Engl J Med 2003;349:1628-35)",
                    adultBuilder().allergy("Sulfamethoxazole", AllergySeverity.MODERATE).build(),
                    o("FUROSEMIDE-TAB-40", "40", "mg", "PO", "OD")),
            quiet("Doxycycline for a patient allergic to clarithromycin (BNF: tetracyclines are unrelated to macrolides)",
                    adultBuilder().allergy("Clarithromycin", AllergySeverity.MODERATE).build(),
                    o("DOXYCYCLINE-CAP-100", "100", "mg", "PO", "OD")));
    }

    static Stream<Case> crossSensitivity() {
        return Stream.of(
            alerts("Ibuprofen for a patient with aspirin allergy: NSAID cross-sensitivity (BNF NSAIDs: contra-indicated with a history "
                    + "of hypersensitivity to aspirin or any other NSAID)", CROSS_SENSITIVITY, WARNING,
                    adultBuilder().allergy("Aspirin", AllergySeverity.MODERATE).build(), o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS")),
            alertsAny("Diclofenac for a patient with aspirin-induced bronchospasm (BNF NSAIDs: hypersensitivity to aspirin)",
                    EnumSet.of(CROSS_SENSITIVITY, ALLERGY), WARNING, adultBuilder().allergy("Aspirin", AllergySeverity.SEVERE).build(),
                    o("DICLOFENAC-GRTAB-50", "50", "mg", "PO", "TDS")),
            alerts("Cefuroxime IV after penicillin anaphylaxis (BNF Cephalosporins: avoid after immediate hypersensitivity to "
                    + "penicillins)", CROSS_SENSITIVITY, SEVERE, adultBuilder().allergy("Penicillin", AllergySeverity.SEVERE).build(),
                    o("CEFUROXIME-INJ-750", "1.5", "g", "IV", "Q8H")),
            alerts("Oral cefuroxime after a penicillin rash (BNF Cephalosporins: cross-sensitivity with penicillins)", CROSS_SENSITIVITY,
                    WARNING, adultBuilder().allergy("Penicillin", AllergySeverity.MILD).build(), o("CEFUROXIME-TAB-250", "250", "mg", "PO", "BD")),
            alerts("Meropenem after penicillin anaphylaxis (BNF Meropenem: cautions, sensitivity to beta-lactams)", CROSS_SENSITIVITY,
                    WARNING, adultBuilder().allergy("Penicillin", AllergySeverity.SEVERE).build(), o("MEROPENEM-INJ-500", "500", "mg", "IV", "Q8H")),
            alerts("Cefalexin for a patient allergic to amoxicillin: they share the same side chain (BNF Cephalosporins; BSACI "
                    + "guideline on beta-lactam allergy 2022)", CROSS_SENSITIVITY, WARNING,
                    adultBuilder().allergy("Amoxicillin", AllergySeverity.MODERATE).build(), o("CEFALEXIN-CAP-500", "500", "mg", "PO", "TDS")),
            alerts("Ceftriaxone for a patient allergic to flucloxacillin (BNF Cephalosporins: penicillin cross-sensitivity)",
                    CROSS_SENSITIVITY, WARNING, adultBuilder().allergy("Flucloxacillin", AllergySeverity.MODERATE).build(),
                    o("CEFTRIAXONE-INJ-1G", "1", "g", "IV", "OD")),
            alerts("Amoxicillin for a patient allergic to cefalexin: identical R1 side chain (BSACI guideline on beta-lactam allergy "
                    + "2022)", CROSS_SENSITIVITY, WARNING, adultBuilder().allergy("Cefalexin", AllergySeverity.MODERATE).build(),
                    o("AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS")),
            quiet("Clopidogrel for a patient with aspirin hypersensitivity is the recommended alternative (NICE TA210; BNF Clopidogrel)",
                    adultBuilder().allergy("Aspirin", AllergySeverity.SEVERE).build(), o("CLOPIDOGREL-TAB-75", "75", "mg", "PO", "OD")),
            quiet("Paracetamol for a patient allergic to ibuprofen (BNF Paracetamol)",
                    adultBuilder().allergy("Ibuprofen", AllergySeverity.MODERATE).build(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Clarithromycin for a patient allergic to ceftriaxone (BNF Clarithromycin: not a beta-lactam)",
                    adultBuilder().allergy("Ceftriaxone", AllergySeverity.SEVERE).build(),
                    o("CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD")));
    }

    static Stream<Case> interaction() {
        return Stream.of(
            alerts("Trimethoprim with ramipril: hyperkalaemia (BNF Interactions: trimethoprim and ACE inhibitors)", INTERACTION, WARNING,
                    adult(), o("TRIMETHOPRIM-TAB-200", "200", "mg", "PO", "BD"), o("RAMIPRIL-CAP-5", "5", "mg", "PO", "OD")),
            alerts("Trimethoprim with lisinopril: hyperkalaemia (BNF Interactions: trimethoprim and ACE inhibitors)", INTERACTION, WARNING,
                    adult(), o("TRIMETHOPRIM-TAB-100", "100", "mg", "PO", "ON"), o("LISINOPRIL-TAB-10", "10", "mg", "PO", "OD")),
            alerts("Sertraline with venlafaxine: serotonin syndrome (BNF Interactions: SSRIs and venlafaxine)", INTERACTION, WARNING,
                    adult(), o("SERTRALINE-TAB-50", "50", "mg", "PO", "OD"), o("VENLAFAXINE-MRCAP-75", "75", "mg", "PO", "OD")),
            alerts("Citalopram with mirtazapine: serotonin syndrome (BNF Interactions: mirtazapine and SSRIs)", INTERACTION, WARNING,
                    adult(), o("CITALOPRAM-TAB-20", "20", "mg", "PO", "OD"), o("MIRTAZAPINE-TAB-15", "15", "mg", "PO", "ON")),
            alerts("Simvastatin 40 mg with amlodipine: do not exceed 20 mg simvastatin (MHRA Drug Safety Update August 2012, "
                    + "simvastatin interactions)", INTERACTION, WARNING, adult(), o("SIMVASTATIN-TAB-40", "40", "mg", "PO", "ON"),
                    o("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD")),
            alerts("Simvastatin 40 mg with amiodarone: do not exceed 20 mg simvastatin, myopathy (MHRA Drug Safety Update August 2012)",
                    INTERACTION, WARNING, adult(), o("SIMVASTATIN-TAB-40", "40", "mg", "PO", "ON"),
                    o("AMIODARONE-TAB-200", "200", "mg", "PO", "OD")),
            alerts("Sildenafil with isosorbide mononitrate: profound hypotension, contraindicated (Viagra SmPC 4.3; Phansalkar et al. "
                    + "JAMIA 2012 high-priority interactions)", INTERACTION, SEVERE, adult(), o("SILDENAFIL-TAB-50", "50", "mg", "PO", "STAT"),
                    o("ISMN-MRTAB-60", "60", "mg", "PO", "OD")),
            alerts("Clopidogrel with omeprazole: reduced antiplatelet effect, avoid (MHRA Drug Safety Update April 2010)", INTERACTION,
                    WARNING, adult(), o("CLOPIDOGREL-TAB-75", "75", "mg", "PO", "OD"), o("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD")),
            alerts("Morphine MR with diazepam: fatal respiratory depression (MHRA Drug Safety Update March 2020, benzodiazepines and "
                    + "opioids)", INTERACTION, WARNING, adult(), o("DIAZEPAM-TAB-5", "5", "mg", "PO", "TDS"),
                    o("MORPHINE-MRTAB-10", "10", "mg", "PO", "BD")),
            alerts("Citalopram with amiodarone: QT prolongation, contraindicated (MHRA Drug Safety Update December 2011, citalopram)",
                    INTERACTION, WARNING, adult(), o("CITALOPRAM-TAB-20", "20", "mg", "PO", "OD"),
                    o("AMIODARONE-TAB-200", "200", "mg", "PO", "OD")),
            alerts("Warfarin with fluconazole: raised INR and bleeding (BNF Interactions: warfarin and fluconazole)", INTERACTION, WARNING,
                    adult(), o("FLUCONAZOLE-CAP-150", "150", "mg", "PO", "STAT"), o("WARFARIN-TAB-3", "3", "mg", "PO", "OD")),
            alerts("Warfarin with metronidazole: raised INR (BNF Interactions: warfarin and metronidazole)", INTERACTION, WARNING,
                    adult(), o("METRONIDAZOLE-TAB-400", "400", "mg", "PO", "TDS"), o("WARFARIN-TAB-5", "5", "mg", "PO", "OD")),
            alerts("Ibuprofen with warfarin: bleeding (BNF Interactions: NSAIDs and coumarins)", INTERACTION, WARNING, adult(),
                    o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS"), o("WARFARIN-TAB-5", "5", "mg", "PO", "OD")),
            alerts("Amiodarone with digoxin: digoxin levels roughly double, halve the dose (BNF Interactions: amiodarone and digoxin)",
                    INTERACTION, WARNING, adult(), o("AMIODARONE-TAB-200", "200", "mg", "PO", "TDS"),
                    o("DIGOXIN-TAB-125MICROG", "125", "microgram", "PO", "OD")),
            alerts("Lithium with ibuprofen: lithium toxicity (BNF Interactions: lithium and NSAIDs; NICE CG185)", INTERACTION, WARNING,
                    adult(), o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS"), o("LITHIUM-MRTAB-PRIADEL-400", "800", "mg", "PO", "ON")),
            alerts("Lithium with bendroflumethiazide: lithium toxicity (BNF Interactions: lithium and thiazides)", INTERACTION, WARNING,
                    adult(), o("BENDROFLUMETHIAZIDE-TAB-2P5", "2.5", "mg", "PO", "OD"), o("LITHIUM-MRTAB-PRIADEL-400", "800", "mg", "PO", "ON")),
            alerts("Methotrexate with co-trimoxazole: fatal bone-marrow suppression (BNF Interactions: methotrexate and co-trimoxazole)",
                    INTERACTION, SEVERE, adult(), o("COTRIMOXAZOLE-TAB-960", "1", "tablet", "PO", "BD"),
                    o("METHOTREXATE-TAB-2P5", "15", "mg", "PO", "WEEKLY")),
            alerts("Tramadol with sertraline: serotonin syndrome and seizures (BNF Interactions: tramadol and SSRIs)", INTERACTION, WARNING,
                    adult(), o("TRAMADOL-CAP-50", "50", "mg", "PO", "QDS"), o("SERTRALINE-TAB-50", "50", "mg", "PO", "OD")),
            alerts("Linezolid with citalopram: linezolid is an MAO inhibitor, serotonin syndrome (Zyvox SmPC 4.3 and 4.5)", INTERACTION,
                    WARNING, adult(), o("LINEZOLID-TAB-600", "600", "mg", "PO", "BD"), o("CITALOPRAM-TAB-20", "20", "mg", "PO", "OD")),
            alerts("Rifampicin with rivaroxaban: strong CYP3A4 and P-gp induction, avoid (Xarelto SmPC 4.5)", INTERACTION, WARNING,
                    adult(), o("RIFAMPICIN-CAP-300", "600", "mg", "PO", "OD"), o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD")),
            alerts("Clarithromycin with tacrolimus: tacrolimus toxicity (BNF Interactions: tacrolimus and macrolides; Prograf SmPC 4.5)",
                    INTERACTION, WARNING, adult(), o("CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD"),
                    o("TACROLIMUS-CAP-PROGRAF-1", "3", "mg", "PO", "BD")),
            quiet("Simvastatin 20 mg with amlodipine is within the 20 mg limit (MHRA Drug Safety Update August 2012)", adult(),
                    o("SIMVASTATIN-TAB-20", "20", "mg", "PO", "ON"), o("AMLODIPINE-TAB-10", "10", "mg", "PO", "OD")),
            quiet("Simvastatin 20 mg with amiodarone is within the 20 mg limit (MHRA Drug Safety Update August 2012)", adult(),
                    o("SIMVASTATIN-TAB-20", "20", "mg", "PO", "ON"), o("AMIODARONE-TAB-200", "200", "mg", "PO", "OD")),
            quiet("Amlodipine with ramipril is a usual antihypertensive combination (NICE NG136 step 2)", adult(),
                    o("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD"), o("RAMIPRIL-CAP-5", "5", "mg", "PO", "OD")),
            quiet("Gliclazide with metformin is a usual diabetes combination (NICE NG28)", adult(),
                    o("GLICLAZIDE-TAB-80", "80", "mg", "PO", "BD"), o("METFORMIN-TAB-500", "500", "mg", "PO", "BD")),
            quiet("Lansoprazole with clopidogrel: the MHRA advice to avoid is for omeprazole and esomeprazole (MHRA Drug Safety Update "
                    + "April 2010)", adult(), o("LANSOPRAZOLE-GRCAP-30", "30", "mg", "PO", "OD"), o("CLOPIDOGREL-TAB-75", "75", "mg", "PO", "OD")));
    }

    static Stream<Case> duplicate() {
        return Stream.of(
            alerts("Soluble insulin and insulin aspart both regular with meals are two short-acting insulins (BNF Insulin; NPSA/2010/RRR013)",
                    DUPLICATE_THERAPY, WARNING, adult(), o("INSULINSOLUBLE-CART-100U-3ML", "6", "unit", "SC", "TDS"),
                    o("INSULINASPART-PEN-100U-3ML", "6", "unit", "SC", "TDS")),
            alerts("Enoxaparin 40 mg OD with heparin 5,000 units BD is two anticoagulants for prophylaxis (NICE NG89; BNF Heparin)",
                    DUPLICATE_THERAPY, WARNING, adult(), o("ENOXAPARIN-PFS-40", "40", "mg", "SC", "OD"),
                    o("HEPARIN-INJ-5000U-1ML", "5000", "unit", "SC", "BD")),
            alerts("Rivaroxaban with dabigatran: two direct oral anticoagulants (Xarelto SmPC 4.5: other anticoagulants)", DUPLICATE_THERAPY,
                    WARNING, adult(), o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD"), o("DABIGATRAN-CAP-150", "150", "mg", "PO", "BD")),
            alerts("Apixaban with warfarin: two oral anticoagulants (Eliquis SmPC 4.2: stop warfarin, start apixaban when INR < 2)",
                    DUPLICATE_THERAPY, WARNING, adult(), o("APIXABAN-TAB-5", "5", "mg", "PO", "BD"), o("WARFARIN-TAB-5", "5", "mg", "PO", "OD")),
            alerts("Oxycodone MR with morphine MR: two regular opioids (BNF Prescribing in palliative care; NPSA/2008/RRR005)",
                    DUPLICATE_THERAPY, WARNING, adult(), o("OXYCODONE-MRTAB-10", "10", "mg", "PO", "BD"),
                    o("MORPHINE-MRTAB-10", "10", "mg", "PO", "BD")),
            alerts("Tramadol QDS with codeine QDS: two regular opioids (BNF Analgesics)", DUPLICATE_THERAPY, WARNING, adult(),
                    o("TRAMADOL-CAP-50", "50", "mg", "PO", "QDS"), o("CODEINE-TAB-30", "30", "mg", "PO", "QDS")),
            alerts("Codeine with co-codamol: codeine twice (BNF Co-codamol)", DUPLICATE_THERAPY, WARNING, adult(),
                    o("CODEINE-TAB-30", "30", "mg", "PO", "QDS"), o("COCODAMOL-TAB-8-500", "2", "tablet", "PO", "QDS")),
            alerts("Diclofenac with naproxen: two NSAIDs (BNF NSAIDs: avoid concomitant use of two or more NSAIDs)", DUPLICATE_THERAPY,
                    WARNING, adult(), o("DICLOFENAC-GRTAB-50", "50", "mg", "PO", "TDS"), o("NAPROXEN-TAB-500", "500", "mg", "PO", "BD")),
            alerts("Citalopram with sertraline: two SSRIs (BNF Antidepressant drugs)", DUPLICATE_THERAPY, WARNING, adult(),
                    o("CITALOPRAM-TAB-20", "20", "mg", "PO", "OD"), o("SERTRALINE-TAB-50", "50", "mg", "PO", "OD")),
            alerts("Gliclazide with gliclazide MR: the same sulfonylurea twice (BNF Gliclazide)", DUPLICATE_THERAPY, WARNING, adult(),
                    o("GLICLAZIDE-MRTAB-30", "30", "mg", "PO", "OD"), o("GLICLAZIDE-TAB-80", "80", "mg", "PO", "BD")),
            quiet("Insulin glargine once daily with insulin aspart at meals is the basal-bolus regimen (NICE NG17)", adult(),
                    o("INSULINGLARGINE-PEN-100U-3ML", "10", "unit", "SC", "OD"), o("INSULINASPART-PEN-100U-3ML", "6", "unit", "SC", "TDS")),
            quiet("Oxycodone MR 10 mg BD with oxycodone 2.5 mg PRN (max 4) for breakthrough pain, a sixth to a tenth of the daily dose (BNF Prescribing in palliative care)",
                    adult(), prn("OXYCODONE-SOL-5-5ML", "2.5", "mg", "PO", 4), o("OXYCODONE-MRTAB-10", "10", "mg", "PO", "BD")),
            quiet("Paracetamol with ibuprofen is not a duplicate (BNF Analgesics; NICE CKS)", adult(),
                    o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS"), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Amlodipine with bisoprolol are different antihypertensive classes (NICE NG136)", adult(),
                    o("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD"), o("BISOPROLOL-TAB-5", "5", "mg", "PO", "OD")));
    }

    static Stream<Case> route() {
        return Stream.of(
            alerts("Vincristine by intramuscular injection: vincristine is for intravenous use only, fatal by other routes (Vincristine "
                    + "sulfate SmPC 4.2; NPSA/2008/PSA004; WHO Information Exchange System Alert 115)", ROUTE, HARD_STOP,
                    adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-2MG-2ML", "2", "mg", "IM", "STAT")),
            alerts("Vincristine by subcutaneous injection: intravenous use only (Vincristine sulfate SmPC 4.2)", ROUTE, HARD_STOP,
                    adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-2MG-2ML", "2", "mg", "SC", "STAT")),
            alerts("Vincristine intrathecally: fatal (NHS England Never Events list 2018; NPSA/2008/PSA004)", ROUTE, HARD_STOP,
                    adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-2MG-2ML", "2", "mg", "IT", "STAT")),
            alerts("Vincristine injection by mouth: intravenous use only (Vincristine sulfate SmPC 4.2)", ROUTE, HARD_STOP,
                    adultOf1Point9SquareMetres(), o("VINCRISTINE-INJ-1MG-1ML", "1", "mg", "PO", "STAT")),
            alerts("Codeine oral solution given intravenously (NHS England Never Events list 2018: oral/enteral medication by the "
                    + "wrong route)", ROUTE, HARD_STOP, adult(), o("CODEINE-SOL-25-5ML", "30", "mg", "IV", "STAT")),
            alerts("Paracetamol oral suspension given intravenously (NHS England Never Events list 2018)", ROUTE, HARD_STOP, adult(),
                    o("PARACETAMOL-SUSP-250-5ML", "1", "g", "IV", "STAT")),
            alerts("Oxycodone oral solution given subcutaneously (NHS England Never Events list 2018)", ROUTE, HARD_STOP, adult(),
                    o("OXYCODONE-SOL-5-5ML", "5", "mg", "SC", "STAT")),
            alerts("Digoxin elixir given intravenously (NHS England Never Events list 2018)", ROUTE, HARD_STOP, adult(),
                    o("DIGOXIN-ELIX-50MICROG-1ML", "62.5", "microgram", "IV", "STAT")),
            alerts("Insulin glargine intravenously: for subcutaneous use only (Lantus SmPC 4.2)", ROUTE, SEVERE, adult(),
                    o("INSULINGLARGINE-PEN-100U-3ML", "10", "unit", "IV", "STAT")),
            alerts("Enoxaparin intramuscularly: must not be given IM (Clexane SmPC 4.2)", ROUTE, SEVERE, adult(),
                    o("ENOXAPARIN-PFS-40", "40", "mg", "IM", "OD")),
            alerts("Adrenaline 1 in 1,000 (1 mg/mL) intravenously: for IM use, IV only as 1 in 10,000 (Resuscitation Council UK "
                    + "anaphylaxis guideline 2021; MHRA)", ROUTE, SEVERE, adult(), o("ADRENALINE-INJ-1MG-1ML", "1", "mg", "IV", "STAT")),
            alerts("Morphine MR tablets by nasogastric tube: modified-release tablets must not be crushed (BNF Guidance on "
                    + "prescribing: modified-release preparations; NEWT guidelines)", ROUTE, SEVERE, adult(),
                    o("MORPHINE-MRTAB-10", "10", "mg", "NG", "BD")),
            alertsAtMost("Oral morphine solution by nasogastric tube is accepted practice (BNF Guidance on prescribing: drug "
                    + "administration by enteral tube; NEWT guidelines): a warning, not a hard stop", ROUTE, adult(),
                    prn("MORPHINE-SOL-10-5ML", "10", "mg", "NG", 6)),
            alertsAtMost("Paracetamol suspension by nasogastric tube is accepted practice (BNF: enteral tube administration)", ROUTE,
                    adult(), o("PARACETAMOL-SUSP-250-5ML", "1", "g", "NG", "QDS")),
            alertsAtMost("Levetiracetam oral solution by gastrostomy (PEG) is accepted practice (NEWT guidelines; BNF enteral tubes)",
                    ROUTE, adult(), o("LEVETIRACETAM-SOL-100-1ML", "500", "mg", "PEG", "BD")),
            alertsAtMost("Digoxin elixir by nasogastric tube is accepted practice (NEWT guidelines)", ROUTE, adult(),
                    o("DIGOXIN-ELIX-50MICROG-1ML", "62.5", "microgram", "NG", "OD")),
            quiet("Omeprazole dispersible tablets by nasogastric tube, a licensed route (Losec MUPS SmPC 4.2)", adult(),
                    o("OMEPRAZOLE-DISPTAB-20", "20", "mg", "NG", "OD")),
            quiet("Lansoprazole orodispersible tablets by nasogastric tube, a licensed route (Zoton FasTab SmPC 4.2)", adult(),
                    o("LANSOPRAZOLE-ODT-30", "30", "mg", "NG", "OD")),
            quiet("Vancomycin injection given by mouth 125 mg QDS for C. difficile (NICE NG199; vancomycin injection SmPC 4.2)",
                    adult(), o("VANCOMYCIN-INJ-500", "125", "mg", "PO", "QDS")),
            quiet("Oxycodone injection subcutaneously (BNF Oxycodone hydrochloride)", adult(),
                    o("OXYCODONE-INJ-10-1ML", "2.5", "mg", "SC", "STAT")),
            quiet("Adrenaline 1 in 1,000, 500 micrograms IM for anaphylaxis (Resuscitation Council UK anaphylaxis guideline 2021)",
                    adult(), o("ADRENALINE-INJ-1MG-1ML", "0.5", "mg", "IM", "STAT")));
    }

    static Stream<Case> renal() {
        return Stream.of(
            alerts("Dabigatran for an 85-year-old woman, 50 kg, creatinine 120 micromol/L: Cockcroft-Gault CrCl about 24 mL/min, "
                    + "contraindicated below 30 (Pradaxa SmPC 4.3; Cockcroft and Gault, Nephron 1976; MHRA Drug Safety Update "
                    + "October 2019)", RENAL, HARD_STOP,
                    patient().age(85).female().weight(50).height(155).egfr(38).creatinine(120).build(),
                    o("DABIGATRAN-CAP-110", "110", "mg", "PO", "BD")),
            alerts("Dabigatran with measured creatinine clearance 25 mL/min is contraindicated (Pradaxa SmPC 4.3)", RENAL, HARD_STOP,
                    patient().age(70).weight(75).crcl(25).build(), o("DABIGATRAN-CAP-110", "110", "mg", "PO", "BD")),
            alerts("Rivaroxaban with creatinine clearance 12 mL/min is not recommended (Xarelto SmPC 4.2)", RENAL, SEVERE,
                    patient().age(60).weight(75).crcl(12).build(), o("RIVAROXABAN-TAB-15", "15", "mg", "PO", "OD")),
            alerts("Apixaban with creatinine clearance 12 mL/min is not recommended (Eliquis SmPC 4.2)", RENAL, SEVERE,
                    patient().age(60).weight(75).crcl(12).build(), o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            alerts("Edoxaban 60 mg with creatinine clearance 40 mL/min: the dose is 30 mg at 15-50 mL/min (Lixiana SmPC 4.2)", RENAL,
                    WARNING, patient().age(60).weight(75).crcl(40).build(), o("EDOXABAN-TAB-60", "60", "mg", "PO", "OD")),
            alerts("Edoxaban 60 mg for a 70-year-old man, 90 kg, creatinine 160 micromol/L: Cockcroft-Gault about 48 mL/min, the dose "
                    + "is 30 mg (Lixiana SmPC 4.2; MHRA Drug Safety Update October 2019)", RENAL, WARNING,
                    patient().age(70).weight(90).height(178).egfr(38).creatinine(160).build(), o("EDOXABAN-TAB-60", "60", "mg", "PO", "OD")),
            alerts("Rivaroxaban 20 mg for a 78-year-old woman, 48 kg, creatinine 110 micromol/L: Cockcroft-Gault about 28 mL/min, AF "
                    + "dose is 15 mg (Xarelto SmPC 4.2; MHRA Drug Safety Update October 2019)", RENAL, WARNING,
                    patient().age(78).female().weight(48).height(158).egfr(42).creatinine(110).build(),
                    o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD")),
            alerts("Enoxaparin 70 mg BD with creatinine clearance 20 mL/min: reduce to 1 mg/kg once daily (Clexane SmPC 4.2)", RENAL,
                    WARNING, patient().age(70).weight(70).crcl(20).build(), o("ENOXAPARIN-PFS-80", "70", "mg", "SC", "BD")),
            alerts("Methotrexate with creatinine clearance 20 mL/min: contraindicated in severe renal impairment (methotrexate "
                    + "tablets SmPC 4.3; BNF Methotrexate: renal impairment)", RENAL, SEVERE, patient().age(65).weight(70).crcl(20).build(),
                    o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "WEEKLY")),
            alerts("Aciclovir 800 mg five times a day with creatinine clearance 20 mL/min: reduce to 800 mg every 8 hours (BNF "
                    + "Aciclovir: renal impairment)", RENAL, WARNING, patient().age(65).weight(70).crcl(20).build(),
                    o("ACICLOVIR-TAB-800", "800", "mg", "PO", "FIVE")),
            quiet("Dabigatran 110 mg BD for an 82-year-old with creatinine clearance 65 mL/min (Pradaxa SmPC 4.2: 110 mg BD at 80 "
                    + "and over)", patient().age(82).weight(72).crcl(65).build(), o("DABIGATRAN-CAP-110", "110", "mg", "PO", "BD")),
            notAbove("Rivaroxaban 15 mg BD for 21 days is the licensed VTE treatment dose at creatinine clearance 40 mL/min (Xarelto "
                    + "SmPC 4.2: no adjustment for VTE treatment at 30-49 mL/min)", WARNING,
                    patient().age(60).weight(75).crcl(40).build(), o("RIVAROXABAN-TAB-15", "15", "mg", "PO", "BD")),
            notAbove("Rivaroxaban 15 mg OD for AF with creatinine clearance 40 mL/min is the reduced dose (Xarelto SmPC 4.2); the"
                    + " checks cannot know the indication, so a warning to check it is fair", WARNING,
                    patient().age(60).weight(75).crcl(40).build(), o("RIVAROXABAN-TAB-15", "15", "mg", "PO", "OD")),
            quiet("Apixaban 5 mg BD with creatinine clearance 60 mL/min (Eliquis SmPC 4.2)", patient().age(60).weight(75).crcl(60).build(),
                    o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            quiet("Edoxaban 30 mg OD with creatinine clearance 40 mL/min is the reduced dose (Lixiana SmPC 4.2)",
                    patient().age(60).weight(75).crcl(40).build(), o("EDOXABAN-TAB-30", "30", "mg", "PO", "OD")),
            notAbove("Enoxaparin 20 mg OD with creatinine clearance 20 mL/min is the reduced prophylactic dose (Clexane SmPC 4.2);"
                    + " the checks cannot tell prophylaxis from treatment, so a warning to check the reduction is fair", WARNING,
                    patient().age(70).weight(70).crcl(20).build(), o("ENOXAPARIN-PFS-20", "20", "mg", "SC", "OD")),
            quiet("Aciclovir 800 mg five times a day for shingles with normal renal function (BNF Aciclovir)", adult(),
                    o("ACICLOVIR-TAB-800", "800", "mg", "PO", "FIVE")));
    }

    static Stream<Case> age() {
        return Stream.of(
            alerts("Dabigatran 150 mg BD for an 82-year-old: 110 mg BD at 80 and over (Pradaxa SmPC 4.2)", AGE, WARNING,
                    patient().age(82).weight(72).crcl(65).build(), o("DABIGATRAN-CAP-150", "150", "mg", "PO", "BD")),
            alerts("Co-codamol for a 10-year-old: codeine is contraindicated under 12 (MHRA Drug Safety Update July 2013 and April "
                    + "2015)", AGE, SEVERE, patient().age(10).weight(32).build(), o("COCODAMOL-TAB-8-500", "1", "tablet", "PO", "QDS")),
            alerts("Aspirin 300 mg for a 14-year-old: Reye's syndrome, not under 16 (BNF Aspirin: contra-indications; MHRA)", AGE, WARNING,
                    patient().age(14).weight(50).build(), o("ASPIRIN-DISPTAB-300", "300", "mg", "PO", "STAT")),
            alerts("Doxycycline for a 10-year-old: tetracyclines stain developing teeth, not under 12 (BNFC Doxycycline)", AGE, WARNING,
                    patient().age(10).weight(32).build(), o("DOXYCYCLINE-DISPTAB-100", "100", "mg", "PO", "OD")),
            alertsAny("Midazolam 5 mg IV for an 80-year-old: over 60, 0.5-1 mg initially and no more than 3.5 mg in total (BNF "
                    + "Midazolam; NPSA/2008/RRR011)", EnumSet.of(AGE, DOSE_SINGLE), WARNING,
                    patient().age(80).weight(65).egfr(60).build(), o("MIDAZOLAM-INJ-5-5ML", "5", "mg", "IV", "STAT")),
            alertsAny("Apixaban 5 mg BD for an 82-year-old weighing 55 kg: two of age 80 or more, weight 60 kg or less and creatinine "
                    + "133 or more mean 2.5 mg BD (Eliquis SmPC 4.2)", EnumSet.of(AGE, WEIGHT), WARNING,
                    patient().age(82).weight(55).crcl(40).build(), o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            quiet("Dabigatran 110 mg BD for an 82-year-old is the recommended dose (Pradaxa SmPC 4.2)",
                    patient().age(82).weight(72).height(172).crcl(65).build(), o("DABIGATRAN-CAP-110", "110", "mg", "PO", "BD")),
            quiet("Doxycycline 100 mg daily for a 13-year-old (BNFC Doxycycline: 12-17 years)", patient().age(13).weight(45).build(),
                    o("DOXYCYCLINE-CAP-100", "100", "mg", "PO", "OD")),
            quiet("Aspirin 75 mg daily for a 75-year-old, secondary prevention (BNF Aspirin)", patient().age(75).weight(70).egfr(70).build(),
                    o("ASPIRIN-DISPTAB-75", "75", "mg", "PO", "OD")),
            quiet("Midazolam 1 mg IV for an 80-year-old (BNF Midazolam: elderly 0.5-1 mg initially)",
                    patient().age(80).weight(65).egfr(60).build(), o("MIDAZOLAM-INJ-5-5ML", "1", "mg", "IV", "STAT")));
    }

    static Stream<Case> weight() {
        return Stream.of(
            alertsAny("Edoxaban 60 mg for a 55 kg adult: the dose is 30 mg at 60 kg or less (Lixiana SmPC 4.2)", DOSE_OR_WEIGHT, WARNING,
                    patient().weight(55).crcl(70).build(), o("EDOXABAN-TAB-60", "60", "mg", "PO", "OD")),
            alertsAny("Enoxaparin 150 mg OD for a 70 kg adult is 2.1 mg/kg, above the 1.5 mg/kg treatment dose (Clexane SmPC 4.2)",
                    DOSE_OR_WEIGHT, WARNING, adult(), o("ENOXAPARIN-PFS-150", "150", "mg", "SC", "OD")),
            alertsAny("Dalteparin 18,000 units for a 50 kg adult: the weight band 46-56 kg takes 10,000 units (Fragmin SmPC 4.2: "
                    + "200 units/kg)", DOSE_OR_WEIGHT, WARNING, patient().weight(50).egfr(90).build(),
                    o("DALTEPARIN-PFS-18000", "18000", "unit", "SC", "OD")),
            alertsAny("Gentamicin 910 mg (7 mg/kg of actual weight) for a 130 kg, 175 cm adult: obese patients are dosed on ideal or "
                    + "adjusted body weight, about 660 mg at most (BNF Gentamicin: obesity)", DOSE_OR_WEIGHT, WARNING,
                    patient().weight(130).height(175).egfr(90).creatinine(80).build(), o("GENTAMICIN-INJ-80-2ML", "910", "mg", "IV", "OD")),
            alertsAny("Vancomycin 2 g every 12 hours for a 50 kg adult is 40 mg/kg a dose (BNF Vancomycin: 15-20 mg/kg)", DOSE_OR_WEIGHT,
                    WARNING, patient().weight(50).height(160).egfr(90).creatinine(70).build(),
                    o("VANCOMYCIN-INJ-1G", "2", "g", "IV", "Q12H")),
            alerts("IV paracetamol 1 g every 6 hours for a 48 kg adult: 15 mg/kg a dose and 60 mg/kg a day at 50 kg or less (MHRA "
                    + "Drug Safety Update 2010, intravenous paracetamol; Perfalgan SmPC 4.2)", WEIGHT, WARNING, patient().weight(48).build(),
                    o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "Q6H")),
            alertsAny("Paracetamol 500 mg for a 1-year-old weighing 10 kg is 50 mg/kg (BNFC Paracetamol: 15 mg/kg, 1-2 years 180 mg)",
                    EnumSet.of(DOSE_SINGLE, WEIGHT, AGE), SEVERE, patient().age(1).weight(10).build(),
                    o("PARACETAMOL-SUSP-120-5ML", "500", "mg", "PO", "QDS")),
            quiet("Edoxaban 30 mg for a 55 kg adult is the reduced dose (Lixiana SmPC 4.2)", patient().weight(55).crcl(70).build(),
                    o("EDOXABAN-TAB-30", "30", "mg", "PO", "OD")),
            quiet("Dalteparin 15,000 units OD for a 75 kg adult is 200 units/kg (Fragmin SmPC 4.2)",
                    patient().weight(75).height(178).egfr(90).creatinine(80).build(), o("DALTEPARIN-PFS-15000", "15000", "unit", "SC", "OD")),
            quiet("IV paracetamol 1 g every 6 hours for a 60 kg adult (Perfalgan SmPC 4.2: over 50 kg, 1 g up to 4 times a day)",
                    patient().weight(60).build(), o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "Q6H")),
            quiet("Enoxaparin 100 mg OD for a 70 kg adult is 1.4 mg/kg, within the 1.5 mg/kg treatment dose (Clexane SmPC 4.2)",
                    adult(), o("ENOXAPARIN-PFS-100", "100", "mg", "SC", "OD")));
    }

    static Stream<Case> pregnancy() {
        return Stream.of(
            alerts("Sodium valproate for a 25-year-old woman who is not pregnant: Pregnancy Prevention Programme (MHRA Drug Safety "
                    + "Update April 2018 and January 2024)", PREGNANCY, WARNING, patient().age(25).female().weight(60).build(),
                    o("VALPROATE-MRTAB-500", "500", "mg", "PO", "BD")),
            alerts("Sodium valproate for a 25-year-old woman whose pregnancy status is not recorded (MHRA Drug Safety Update April 2018)",
                    PREGNANCY, WARNING, patient().age(25).female().weight(60).pregnancy(PregnancyStatus.NOT_RECORDED).build(),
                    o("VALPROATE-TAB-200", "200", "mg", "PO", "BD")),
            alerts("Sodium valproate for a 16-year-old girl: the Pregnancy Prevention Programme applies from menarche (MHRA Drug Safety "
                    + "Update April 2018)", PREGNANCY, WARNING, patient().age(16).female().weight(55).build(),
                    o("VALPROATE-SOL-200-5ML", "200", "mg", "PO", "BD")),
            alerts("Warfarin in pregnancy: teratogenic in the first trimester, fetal haemorrhage later (BNF Warfarin sodium: pregnancy)",
                    PREGNANCY, SEVERE, pregnant(), o("WARFARIN-TAB-3", "3", "mg", "PO", "OD")),
            alerts("Losartan in pregnancy: angiotensin-II receptor blockers are fetotoxic (BNF Losartan potassium: pregnancy; MHRA)",
                    PREGNANCY, SEVERE, pregnant(), o("LOSARTAN-TAB-50", "50", "mg", "PO", "OD")),
            alerts("Atorvastatin in pregnancy: statins are contraindicated (BNF Atorvastatin: pregnancy)", PREGNANCY, WARNING, pregnant(),
                    o("ATORVASTATIN-TAB-20", "20", "mg", "PO", "ON")),
            alerts("Doxycycline in pregnancy: tetracyclines affect fetal teeth and bone (BNF Tetracyclines: pregnancy)", PREGNANCY,
                    WARNING, pregnant(), o("DOXYCYCLINE-CAP-100", "100", "mg", "PO", "OD")),
            alerts("Carbamazepine in pregnancy: increased risk of major congenital malformations (MHRA Drug Safety Update January "
                    + "2021, antiepileptic drugs in pregnancy)", PREGNANCY, WARNING, pregnant(),
                    o("CARBAMAZEPINE-MRTAB-200", "200", "mg", "PO", "BD")),
            alerts("Ibuprofen in pregnancy: avoid, especially in the third trimester (BNF Ibuprofen: pregnancy)", PREGNANCY, WARNING,
                    pregnant(), o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS")),
            quiet("Enoxaparin 40 mg OD in pregnancy: low molecular weight heparin is the anticoagulant of choice (RCOG Green-top "
                    + "Guideline 37a)", pregnant(), o("ENOXAPARIN-PFS-40", "40", "mg", "SC", "OD")),
            quiet("Levothyroxine in pregnancy must continue (BNF Levothyroxine sodium: pregnancy)", pregnant(),
                    o("LEVOTHYROXINE-TAB-100MICROG", "100", "microgram", "PO", "OD")),
            quiet("Insulin aspart in pregnancy (NICE NG3: diabetes in pregnancy; NovoRapid SmPC 4.6)", pregnant(),
                    o("INSULINASPART-PEN-100U-3ML", "6", "unit", "SC", "TDS")),
            quiet("Cefalexin in pregnancy (BNF Cefalexin: not known to be harmful)", pregnant(),
                    o("CEFALEXIN-CAP-500", "500", "mg", "PO", "TDS")),
            quiet("Sodium valproate for a 60-year-old woman: beyond childbearing age for the Pregnancy Prevention Programme "
                    + "(MHRA Drug Safety Update April 2018)", patient().age(60).female().weight(65).pregnancy(PregnancyStatus.NOT_APPLICABLE).build(),
                    o("VALPROATE-MRTAB-500", "500", "mg", "PO", "BD")));
    }

    static Stream<Case> missingData() {
        return Stream.of(
            alerts("Dabigatran for an 80-year-old with only an eGFR recorded: DOACs need creatinine clearance (Cockcroft-Gault) in "
                    + "the elderly (MHRA Drug Safety Update October 2019)", MISSING_DATA, WARNING,
                    patient().age(80).weight(70).egfr(60).build(), o("DABIGATRAN-CAP-110", "110", "mg", "PO", "BD")),
            alerts("Rivaroxaban for a 78-year-old with only an eGFR recorded (MHRA Drug Safety Update October 2019: use CrCl for DOACs "
                    + "at 75 and over)", MISSING_DATA, WARNING, patient().age(78).weight(70).egfr(55).build(),
                    o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD")),
            alerts("Apixaban for an 85-year-old with only an eGFR recorded (MHRA Drug Safety Update October 2019)", MISSING_DATA, WARNING,
                    patient().age(85).weight(70).egfr(45).build(), o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            alerts("Dabigatran with no renal function recorded at all (Pradaxa SmPC 4.4: assess renal function before starting)",
                    MISSING_DATA, WARNING, patient().noRenalFunction().build(), o("DABIGATRAN-CAP-150", "150", "mg", "PO", "BD")),
            alerts("Enoxaparin 70 mg BD (a mg/kg treatment dose) with no weight recorded (Clexane SmPC 4.2)", MISSING_DATA, WARNING,
                    patient().noWeight().build(), o("ENOXAPARIN-PFS-80", "70", "mg", "SC", "BD")),
            alerts("Dalteparin 15,000 units with no weight recorded (Fragmin SmPC 4.2: 200 units/kg)", MISSING_DATA, WARNING,
                    patient().noWeight().build(), o("DALTEPARIN-PFS-15000", "15000", "unit", "SC", "OD")),
            alerts("Gentamicin with no weight recorded: dosed in mg/kg (BNF Gentamicin)", MISSING_DATA, WARNING,
                    patient().noWeight().build(), o("GENTAMICIN-INJ-80-2ML", "350", "mg", "IV", "OD")),
            alerts("Vancomycin IV with no weight recorded: dosed in mg/kg (BNF Vancomycin)", MISSING_DATA, WARNING,
                    patient().noWeight().build(), o("VANCOMYCIN-INJ-1G", "1", "g", "IV", "Q12H")),
            alerts("Vincristine with no height recorded: dosed by body surface area (Vincristine sulfate SmPC 4.2: 1.4 mg/m²)",
                    MISSING_DATA, WARNING, patient().weight(74).build(), o("VINCRISTINE-INJ-1MG-1ML", "1.4", "mg", "IV", "STAT")),
            alerts("Warfarin for a patient whose allergy status is not recorded (NICE CG183: allergy status before prescribing)",
                    MISSING_DATA, HARD_STOP, patient().allergyNotRecorded().build(), o("WARFARIN-TAB-5", "5", "mg", "PO", "OD")),
            alerts("Magnesium sulfate ordered as 8 mmol cannot be checked against its gram limits (BNF Magnesium sulfate: 1 g is "
                    + "about 4 mmol Mg; README: a unit that does not convert is MISSING_DATA)", MISSING_DATA, WARNING, adult(),
                    o("MGSO4-INJ-1G-2ML", "8", "mmol", "IV", "STAT")),
            alerts("Insulin aspart ordered as '1 dose' has no amount of insulin to check (NPSA/2010/RRR013: prescribe insulin in "
                    + "units)", MISSING_DATA, WARNING, adult(), o("INSULINASPART-PEN-100U-3ML", "1", "dose", "SC", "STAT")),
            quiet("Amlodipine needs neither weight nor renal function (BNF Amlodipine)", patient().noWeight().noRenalFunction().build(),
                    o("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD")),
            quiet("Levothyroxine needs neither weight nor renal function (BNF Levothyroxine sodium)",
                    patient().noWeight().noRenalFunction().build(), o("LEVOTHYROXINE-TAB-50MICROG", "50", "microgram", "PO", "OD")),
            quiet("Dabigatran 150 mg BD for a 45-year-old with a measured creatinine clearance of 90 mL/min (Pradaxa SmPC 4.2)",
                    patient().crcl(90).build(), o("DABIGATRAN-CAP-150", "150", "mg", "PO", "BD")),
            quiet("Rivaroxaban 20 mg for a 78-year-old man, 70 kg, creatinine 90 micromol/L: Cockcroft-Gault about 59 mL/min (Xarelto "
                    + "SmPC 4.2; MHRA Drug Safety Update October 2019)",
                    patient().age(78).weight(70).height(172).egfr(70).creatinine(90).build(), o("RIVAROXABAN-TAB-20", "20", "mg", "PO", "OD")));
    }

    private static OrderLine line(String[] o) {
        return CheckFixtures.order(SHIPPED, o[0], o[1], o[2], o[3], o[4], o.length > 5 ? Integer.valueOf(o[5]) : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRightAlertOrNoInterruption(Case c) {
        List<OrderLine> current = c.current().stream().map(HighAlertOrderCasesTest::line).toList();
        List<Alert> alerts = SHIPPED.checks().check(c.patient(), current, line(c.proposed()));
        String found = OrderChecksTest.describe(alerts);
        switch (c.kind()) {
            case QUIET -> assertTrue(alerts.stream().allMatch(a -> a.severity() == INFO), () -> "expected no interruption:\n" + found);
            case ALERTS -> assertTrue(alerts.stream().anyMatch(a -> c.categories().contains(a.category())
                            && a.severity().compareTo(c.severity()) >= 0),
                    () -> "expected " + c.categories() + " at least " + c.severity() + ":\n" + found);
            case AT_MOST_WARNING -> {
                assertTrue(alerts.stream().anyMatch(a -> c.categories().contains(a.category())),
                        () -> "expected " + c.categories() + " (WARNING or INFO):\n" + found);
                assertTrue(alerts.stream().filter(a -> c.categories().contains(a.category()))
                                .allMatch(a -> a.severity().compareTo(WARNING) <= 0),
                        () -> "expected " + c.categories() + " no higher than WARNING:\n" + found);
                assertTrue(alerts.stream().noneMatch(a -> a.severity() == HARD_STOP), () -> "expected no HARD_STOP:\n" + found);
            }
            case NOT_ABOVE -> assertTrue(alerts.stream().allMatch(a -> a.severity().compareTo(c.severity()) <= 0),
                    () -> "expected nothing above " + c.severity() + ":\n" + found);
        }
    }
}
