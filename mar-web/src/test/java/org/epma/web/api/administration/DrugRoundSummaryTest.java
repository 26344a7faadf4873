package org.epma.web.api.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.epma.web.api.administration.AdministrationViews.EffectDueView;
import org.epma.web.api.administration.AdministrationViews.OrderSummary;
import org.epma.web.api.administration.AdministrationViews.PrnView;
import org.epma.web.api.administration.DrugRoundResource.DoseOnRound;
import org.epma.web.api.administration.DrugRoundResource.PatientOnRound;
import org.epma.web.api.administration.DrugRoundResource.Summary;
import org.junit.jupiter.api.Test;

class DrugRoundSummaryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static OrderSummary order(long id, boolean critical) {
        return new OrderSummary(id, id, 1, "ACTIVE", "P" + id, "Product " + id, "medicine", "description", null, null, "mg",
                "PO", "QDS", null, null, null, null, critical, false, null, null, true, "tablet", List.of("mg"), null, null);
    }

    private static DoseOnRound dose(OrderSummary order, String state, int hour) {
        Instant at = NOW.plusSeconds(3600L * hour);
        return new DoseOnRound(order.id(), order.lineageId(), at, at.minusSeconds(1800), at.plusSeconds(1800), state, null);
    }

    private static PrnView prn(OrderSummary order, boolean availableNow) {
        return new PrnView(order, availableNow, availableNow ? null : "Next from 12:00", null, 0, null, BigDecimal.ZERO, "mg");
    }

    private static PatientOnRound patient(long id, List<OrderSummary> orders, List<DoseOnRound> doses, List<PrnView> prn,
                                          int effectsDue) {
        List<EffectDueView> effects = java.util.stream.LongStream.range(0, effectsDue)
                .mapToObj(n -> new EffectDueView(n, id, "as needed", NOW.minusSeconds(3600), NOW)).toList();
        return new PatientOnRound(id, "1", "H" + id, null, "Given", "Family", LocalDate.of(1950, 1, 1), 76, "NO_KNOWN_ALLERGIES",
                List.of(), orders, doses, prn, effects, List.of(), List.of(), null);
    }

    @Test
    void eachUnrecordedDoseCountsOnceByItsStateAndACriticalOverdueDoseAlsoCountsAsCritical() {
        OrderSummary paracetamol = order(1, false);
        OrderSummary levodopa = order(2, true);
        Summary summary = Summary.of(List.of(
                patient(10, List.of(paracetamol, levodopa), List.of(dose(paracetamol, "GIVEN", -6), dose(paracetamol, "OVERDUE", -2), dose(levodopa, "OVERDUE", -1),
                        dose(levodopa, "DUE", 0), dose(levodopa, "NOT_GIVEN", -5),
                        dose(paracetamol, "NOT_YET_DUE", 3)), List.of(), 0),
                patient(11, List.of(paracetamol, levodopa), List.of(dose(paracetamol, "DUE", 0), dose(levodopa, "NOT_YET_DUE", 2)), List.of(), 0)));
        assertEquals(new Summary(2, 2, 1, 2, 0, 0), summary);
    }

    @Test
    void asNeededMedicinesCountWhenTheyMayBeGivenNowAndEffectsDueAreCountedPerPatient() {
        OrderSummary oxycodone = order(3, false);
        OrderSummary paracetamol = order(4, false);
        Summary summary = Summary.of(List.of(
                patient(10, List.of(), List.of(), List.of(prn(oxycodone, true), prn(paracetamol, false)), 2),
                patient(11, List.of(), List.of(), List.of(prn(paracetamol, true)), 1)));
        assertEquals(new Summary(0, 0, 0, 0, 2, 3), summary);
    }

    @Test
    void aDoseIsCriticalByItsOwnOrderNotByAnotherPatientsOrderOfTheSameId() {
        OrderSummary levodopa = order(2, true);
        OrderSummary sameIdNotCritical = order(2, false);
        Summary summary = Summary.of(List.of(
                patient(10, List.of(sameIdNotCritical), List.of(dose(sameIdNotCritical, "OVERDUE", -1)), List.of(), 0),
                patient(11, List.of(levodopa), List.of(dose(levodopa, "OVERDUE", -1)), List.of(), 0)));
        assertEquals(new Summary(0, 2, 1, 0, 0, 0), summary);
    }

    @Test
    void anEmptyWardCountsNothing() {
        assertEquals(new Summary(0, 0, 0, 0, 0, 0), Summary.of(List.of()));
    }
}
