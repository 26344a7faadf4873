package org.epma.prescribing.checks;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.epma.prescribing.patient.AllergySeverity;
import org.epma.prescribing.patient.PregnancyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.epma.prescribing.checks.CheckFixtures.patient;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test orders in the style of the Leapfrog CPOE evaluation, on the shipped formulary and rules: for every
 * category, orders that must raise it and orders that must not interrupt at all. Each case states the
 * clinical fact it rests on; the public source is the rule row the alert names.
 */
class ClinicalOrderCasesTest {

    private static final FormularyContent SHIPPED = ShippedFormularyTest.SHIPPED;

    /** One test order: the patient, their current orders, the proposed order, and the alert it must raise (or none). */
    record Case(String fact, PatientState patient, List<String[]> current, String[] proposed, AlertCategory expected,
                Severity atLeast) {
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
        return new Case(fact, patient, List.of(current), proposed, category, atLeast);
    }

    private static Case quiet(String fact, PatientState patient, String[] proposed, String[]... current) {
        return new Case(fact, patient, List.of(current), proposed, null, null);
    }

    private static PatientState adult() {
        return patient().age(45).weight(75).egfr(90).build();
    }

    static Stream<Case> cases() {
        return Stream.of(
            // DOSE_SINGLE
            alerts("Paracetamol 2 g in one dose is twice the adult maximum of 1 g", AlertCategory.DOSE_SINGLE, Severity.SEVERE,
                    adult(), o("PARACETAMOL-TAB-500", "2", "g", "PO", "STAT")),
            alerts("Paracetamol 10,000 mg typed for 1,000 mg is a tenfold error", AlertCategory.DOSE_SINGLE, Severity.HARD_STOP,
                    adult(), o("PARACETAMOL-TAB-500", "10000", "mg", "PO", "OD")),
            alerts("Amoxicillin 1 g for a 20 kg child is above 30 mg/kg per dose", AlertCategory.DOSE_SINGLE, Severity.SEVERE,
                    patient().age(6).weight(20).build(), o("AMOXICILLIN-SUSP-250-5ML", "1000", "mg", "PO", "TDS")),
            quiet("Paracetamol 1 g QDS for an adult over 50 kg is the usual dose", adult(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Amoxicillin 250 mg TDS for a 20 kg six-year-old is the BNFC dose", patient().age(6).weight(20).build(),
                    o("AMOXICILLIN-SUSP-250-5ML", "250", "mg", "PO", "TDS")),
            // DOSE_DAILY
            alerts("Paracetamol 1 g QDS with co-codamol 30/500 two tablets QDS is 8 g of paracetamol a day",
                    AlertCategory.DOSE_DAILY, Severity.SEVERE, adult(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS"),
                    o("COCODAMOL-TAB-30-500", "2", "tablet", "PO", "QDS")),
            alerts("Paracetamol 1 g PRN up to 4 times with IV paracetamol 1 g QDS counts the PRN maximum: 8 g",
                    AlertCategory.DOSE_DAILY, Severity.SEVERE, adult(), prn("PARACETAMOL-TAB-500", "1", "g", "PO", 4),
                    o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "QDS")),
            alerts("Colchicine 1 mg QDS is 4 mg a day, above the 2 mg a day maximum for gout", AlertCategory.DOSE_DAILY,
                    Severity.SEVERE, adult(), o("COLCHICINE-TAB-500MICROG", "1", "mg", "PO", "QDS")),
            quiet("Paracetamol 500 mg PRN up to 4 times with co-codamol 30/500 one tablet QDS is at most 4 g of paracetamol",
                    adult(), prn("PARACETAMOL-TAB-500", "500", "mg", "PO", 4), o("COCODAMOL-TAB-30-500", "1", "tablet", "PO", "QDS")),
            quiet("Ibuprofen 400 mg TDS is 1.2 g a day, within 2.4 g", adult(), o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS")),
            // DOSE_FREQUENCY
            alerts("Oral methotrexate daily instead of weekly has caused fatal overdoses", AlertCategory.DOSE_FREQUENCY,
                    Severity.HARD_STOP, adult(), o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "OD")),
            alerts("Oral methotrexate twice daily", AlertCategory.DOSE_FREQUENCY, Severity.HARD_STOP, adult(),
                    o("METHOTREXATE-TAB-2P5", "7.5", "mg", "PO", "BD")),
            alerts("Oral methotrexate every 12 hours", AlertCategory.DOSE_FREQUENCY, Severity.HARD_STOP, adult(),
                    o("METHOTREXATE-TAB-2P5", "2.5", "mg", "PO", "Q12H")),
            quiet("Oral methotrexate 15 mg once weekly for rheumatoid arthritis", adult(), o("METHOTREXATE-TAB-2P5", "15", "mg", "PO", "WEEKLY")),
            quiet("Folic acid 5 mg once weekly with methotrexate", adult(), o("FOLICACID-TAB-5", "5", "mg", "PO", "WEEKLY")),
            // ALLERGY
            alerts("Amoxicillin for a patient with a recorded penicillin allergy", AlertCategory.ALLERGY, Severity.SEVERE,
                    patient().allergy("Penicillin", AllergySeverity.MODERATE).build(), o("AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS")),
            alerts("Co-amoxiclav after anaphylaxis to penicillin", AlertCategory.ALLERGY, Severity.HARD_STOP,
                    patient().allergy("penicillin", AllergySeverity.SEVERE).build(), o("COAMOXICLAV-TAB-500-125", "1", "tablet", "PO", "TDS")),
            alerts("Naproxen for a patient who had bronchospasm with ibuprofen (NSAID class)", AlertCategory.ALLERGY, Severity.SEVERE,
                    patient().allergy("Ibuprofen", AllergySeverity.MODERATE).build(), o("NAPROXEN-TAB-250", "250", "mg", "PO", "BD")),
            quiet("Clarithromycin for a penicillin-allergic patient is the usual alternative",
                    patient().allergy("Penicillin", AllergySeverity.MODERATE).build(), o("CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD")),
            quiet("A latex allergy says nothing about paracetamol", patient().allergy("Latex", AllergySeverity.SEVERE).build(),
                    o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            // CROSS_SENSITIVITY
            alerts("Cefalexin for a patient with a penicillin rash", AlertCategory.CROSS_SENSITIVITY, Severity.WARNING,
                    patient().allergy("Penicillin", AllergySeverity.MILD).build(), o("CEFALEXIN-CAP-500", "500", "mg", "PO", "QDS")),
            alerts("Ceftriaxone after penicillin anaphylaxis", AlertCategory.CROSS_SENSITIVITY, Severity.SEVERE,
                    patient().allergy("Penicillin", AllergySeverity.SEVERE).build(), o("CEFTRIAXONE-INJ-1G", "2", "g", "IV", "OD")),
            alerts("Meropenem for a patient with a penicillin allergy", AlertCategory.CROSS_SENSITIVITY, Severity.WARNING,
                    patient().allergy("Penicillin", AllergySeverity.MODERATE).build(), o("MEROPENEM-INJ-1G", "1", "g", "IV", "Q8H")),
            quiet("Vancomycin for a penicillin-allergic patient", patient().allergy("Penicillin", AllergySeverity.SEVERE).build(),
                    o("VANCOMYCIN-INJ-1G", "1", "g", "IV", "Q12H")),
            quiet("Doxycycline for a cephalosporin-allergic patient", patient().allergy("Cefalexin", AllergySeverity.MODERATE).build(),
                    o("DOXYCYCLINE-CAP-100", "100", "mg", "PO", "OD")),
            // INTERACTION
            alerts("Clarithromycin with simvastatin: CYP3A4 inhibition, rhabdomyolysis", AlertCategory.INTERACTION, Severity.SEVERE,
                    adult(), o("CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD"), o("SIMVASTATIN-TAB-40", "40", "mg", "PO", "ON")),
            alerts("Sildenafil with glyceryl trinitrate: profound hypotension", AlertCategory.INTERACTION, Severity.HARD_STOP,
                    adult(), o("SILDENAFIL-TAB-50", "50", "mg", "PO", "OD"), o("GTN-SLSPRAY-400MICROG", "400", "microgram", "SL", "STAT")),
            alerts("Trimethoprim with methotrexate: bone-marrow suppression", AlertCategory.INTERACTION, Severity.SEVERE,
                    adult(), o("TRIMETHOPRIM-TAB-200", "200", "mg", "PO", "BD"), o("METHOTREXATE-TAB-2P5", "15", "mg", "PO", "WEEKLY")),
            alerts("Warfarin with clarithromycin raises the INR", AlertCategory.INTERACTION, Severity.WARNING,
                    adult(), o("CLARITHROMYCIN-TAB-500", "500", "mg", "PO", "BD"), o("WARFARIN-TAB-1", "3", "mg", "PO", "OD")),
            quiet("Aspirin 75 mg with clopidogrel after an acute coronary syndrome is intended", adult(),
                    o("CLOPIDOGREL-TAB-75", "75", "mg", "PO", "OD"), o("ASPIRIN-DISPTAB-75", "75", "mg", "PO", "OD")),
            quiet("Amlodipine with atorvastatin", adult(), o("AMLODIPINE-TAB-5", "5", "mg", "PO", "OD"),
                    o("ATORVASTATIN-TAB-20", "20", "mg", "PO", "ON")),
            // DUPLICATE_THERAPY
            alerts("Naproxen and ibuprofen are two NSAIDs", AlertCategory.DUPLICATE_THERAPY, Severity.WARNING, adult(),
                    o("NAPROXEN-TAB-250", "250", "mg", "PO", "BD"), o("IBUPROFEN-TAB-400", "400", "mg", "PO", "TDS")),
            alerts("Enoxaparin with apixaban: two anticoagulants", AlertCategory.DUPLICATE_THERAPY, Severity.SEVERE, adult(),
                    o("ENOXAPARIN-PFS-40", "40", "mg", "SC", "OD"), o("APIXABAN-TAB-5", "5", "mg", "PO", "BD")),
            alerts("Omeprazole and lansoprazole are two PPIs", AlertCategory.DUPLICATE_THERAPY, Severity.WARNING, adult(),
                    o("LANSOPRAZOLE-GRCAP-30", "30", "mg", "PO", "OD"), o("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD")),
            quiet("Senna with lactulose is a usual laxative combination", adult(), o("SENNA-TAB-7P5", "15", "mg", "PO", "ON"),
                    o("LACTULOSE-SOL-667-1ML", "15", "mL", "PO", "BD")),
            quiet("Regular morphine MR with oral morphine PRN for breakthrough pain", adult(),
                    prn("MORPHINE-SOL-10-5ML", "5", "mg", "PO", 6), o("MORPHINE-MRTAB-10", "10", "mg", "PO", "BD")),
            // ROUTE
            alerts("Oral morphine solution given intravenously is a never event", AlertCategory.ROUTE, Severity.HARD_STOP, adult(),
                    o("MORPHINE-SOL-10-5ML", "5", "mg", "IV", "STAT")),
            alerts("Vincristine given intrathecally is fatal", AlertCategory.ROUTE, Severity.HARD_STOP, adult(),
                    o("VINCRISTINE-INJ-1MG-1ML", "1", "mg", "IT", "STAT")),
            alerts("Paracetamol tablets cannot be given intramuscularly", AlertCategory.ROUTE, Severity.HARD_STOP, adult(),
                    o("PARACETAMOL-TAB-500", "1", "g", "IM", "STAT")),
            quiet("Vincristine intravenously is its only route", patient().age(45).weight(75).height(175).egfr(90).build(),
                    o("VINCRISTINE-INJ-1MG-1ML", "1", "mg", "IV", "STAT")),
            quiet("Morphine injection subcutaneously", adult(), o("MORPHINE-INJ-10-1ML", "2.5", "mg", "SC", "STAT")),
            // RENAL
            alerts("Nitrofurantoin with eGFR 25 is contraindicated", AlertCategory.RENAL, Severity.HARD_STOP,
                    patient().egfr(25).build(), o("NITROFURANTOIN-MRCAP-100", "100", "mg", "PO", "BD")),
            alerts("Metformin 1 g BD with GFR 40: the maximum is 1 g a day", AlertCategory.RENAL, Severity.SEVERE,
                    patient().egfr(40).build(), o("METFORMIN-TAB-500", "1000", "mg", "PO", "BD")),
            alerts("Metformin with GFR 25 is contraindicated", AlertCategory.RENAL, Severity.HARD_STOP,
                    patient().egfr(25).build(), o("METFORMIN-TAB-500", "500", "mg", "PO", "OD")),
            quiet("Metformin 500 mg BD with GFR 40 is within 1 g a day", patient().egfr(40).build(),
                    o("METFORMIN-TAB-500", "500", "mg", "PO", "BD")),
            quiet("Nitrofurantoin with eGFR 70", patient().egfr(70).build(), o("NITROFURANTOIN-MRCAP-100", "100", "mg", "PO", "BD")),
            // AGE
            alerts("Codeine for an eight-year-old is contraindicated (MHRA 2013)", AlertCategory.AGE, Severity.HARD_STOP,
                    patient().age(8).weight(25).build(), o("CODEINE-TAB-30", "15", "mg", "PO", "QDS")),
            alerts("Aspirin for a ten-year-old risks Reye's syndrome", AlertCategory.AGE, Severity.SEVERE,
                    patient().age(10).weight(32).build(), o("ASPIRIN-DISPTAB-300", "300", "mg", "PO", "STAT")),
            alerts("Doxycycline for a nine-year-old stains developing teeth", AlertCategory.AGE, Severity.SEVERE,
                    patient().age(9).weight(28).build(), o("DOXYCYCLINE-CAP-100", "100", "mg", "PO", "OD")),
            quiet("Codeine 30 mg QDS for a 45-year-old", adult(), o("CODEINE-TAB-30", "30", "mg", "PO", "QDS")),
            quiet("Paracetamol for a ten-year-old at the BNFC dose", patient().age(10).weight(32).build(),
                    o("PARACETAMOL-SUSP-250-5ML", "500", "mg", "PO", "QDS")),
            // WEIGHT
            alerts("IV paracetamol 1 g QDS for a 40 kg adult is above 60 mg/kg a day", AlertCategory.WEIGHT, Severity.SEVERE,
                    patient().weight(40).build(), o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "QDS")),
            alerts("IV paracetamol 1 g for a 30 kg adult is above 15 mg/kg per dose", AlertCategory.WEIGHT, Severity.SEVERE,
                    patient().weight(30).build(), o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "OD")),
            alerts("IV paracetamol 1 g Q4H for a 45 kg adult", AlertCategory.WEIGHT, Severity.SEVERE,
                    patient().weight(45).build(), o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "Q4H")),
            quiet("IV paracetamol 1 g QDS for a 70 kg adult", adult(), o("PARACETAMOL-INF-1G-100ML", "1", "g", "IV", "QDS")),
            quiet("IV paracetamol 600 mg QDS for a 40 kg adult is 15 mg/kg", patient().weight(40).build(),
                    o("PARACETAMOL-INF-1G-100ML", "600", "mg", "IV", "QDS")),
            // PREGNANCY
            alerts("Methotrexate in pregnancy is contraindicated", AlertCategory.PREGNANCY, Severity.HARD_STOP,
                    patient().female().pregnancy(PregnancyStatus.PREGNANT).build(), o("METHOTREXATE-TAB-2P5", "10", "mg", "PO", "WEEKLY")),
            alerts("Ramipril in pregnancy: ACE inhibitors are fetotoxic", AlertCategory.PREGNANCY, Severity.SEVERE,
                    patient().female().pregnancy(PregnancyStatus.PREGNANT).build(), o("RAMIPRIL-CAP-2P5", "2.5", "mg", "PO", "OD")),
            alerts("Sodium valproate in pregnancy (MHRA)", AlertCategory.PREGNANCY, Severity.SEVERE,
                    patient().female().pregnancy(PregnancyStatus.PREGNANT).build(), o("VALPROATE-TAB-200", "200", "mg", "PO", "BD")),
            quiet("Paracetamol in pregnancy", patient().female().pregnancy(PregnancyStatus.PREGNANT).build(),
                    o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            quiet("Ramipril for a woman who is not pregnant", patient().female().build(), o("RAMIPRIL-CAP-2P5", "2.5", "mg", "PO", "OD")),
            // MISSING_DATA
            alerts("No allergy status recorded: nothing can be prescribed", AlertCategory.MISSING_DATA, Severity.HARD_STOP,
                    patient().allergyNotRecorded().build(), o("PARACETAMOL-TAB-500", "1", "g", "PO", "QDS")),
            alerts("Nitrofurantoin with no renal function recorded", AlertCategory.MISSING_DATA, Severity.WARNING,
                    patient().noRenalFunction().build(), o("NITROFURANTOIN-MRCAP-100", "100", "mg", "PO", "BD")),
            alerts("Amoxicillin for a child with no weight recorded", AlertCategory.MISSING_DATA, Severity.WARNING,
                    patient().age(6).noWeight().build(), o("AMOXICILLIN-SUSP-250-5ML", "250", "mg", "PO", "TDS")),
            quiet("Omeprazole needs neither weight nor renal function", patient().noWeight().noRenalFunction().build(),
                    o("OMEPRAZOLE-GRCAP-20", "20", "mg", "PO", "OD")),
            quiet("Amoxicillin for an adult with weight and renal function recorded", adult(),
                    o("AMOXICILLIN-CAP-500", "500", "mg", "PO", "TDS")));
    }

    private static OrderLine line(String[] o, String reference) {
        return CheckFixtures.order(SHIPPED, o[0], o[1], o[2], o[3], o[4], o.length > 5 ? Integer.valueOf(o[5]) : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRightAlertOrNoInterruption(Case c) {
        List<OrderLine> current = c.current().stream().map(o -> line(o, Arrays.toString(o))).toList();
        List<Alert> alerts = SHIPPED.checks().check(c.patient(), current, line(c.proposed(), null));
        String found = OrderChecksTest.describe(alerts);
        assertTrue(alerts.stream().allMatch(a -> a.wording() != null), () -> "every alert carries a message key:\n" + found);
        if (c.expected() == null) {
            assertTrue(alerts.stream().allMatch(a -> a.severity() == Severity.INFO), () -> "expected no interruption:\n" + found);
        } else {
            assertTrue(alerts.stream().anyMatch(a -> a.category() == c.expected() && a.severity().compareTo(c.atLeast()) >= 0),
                    () -> "expected " + c.expected() + " at least " + c.atLeast() + ":\n" + found);
        }
    }
}
