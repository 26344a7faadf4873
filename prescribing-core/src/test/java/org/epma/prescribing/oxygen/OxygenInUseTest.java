package org.epma.prescribing.oxygen;

import static org.epma.prescribing.oxygen.StoredOxygen.check;
import static org.epma.prescribing.oxygen.StoredOxygen.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.epma.prescribing.oxygen.SaturationTarget.Reading;
import org.junit.jupiter.api.Test;

/** The drug round's oxygen: each patient's order in use and its latest check, from a ward's orders and checks at once. */
class OxygenInUseTest {

    @Test
    void eachPatientHasTheirOrderWithItsLatestCheck_whateverOrderTheChecksCameIn() {
        OxygenOrder nia = order(1, 10, SaturationTarget.HYPERCAPNIC_RISK, "2026-12-04T06:00:00Z");
        OxygenOrder iolo = order(2, 11, SaturationTarget.STANDARD, "2026-12-04T07:00:00Z");
        OxygenCheck niaLater = check(21, nia, 95, "2026-12-04T10:00:00Z");
        OxygenCheck niaEarlier = check(20, nia, 90, "2026-12-04T08:00:00Z");
        OxygenCheck ioloOnly = check(22, iolo, 91, "2026-12-04T09:00:00Z");

        Map<Long, OxygenInUse> ward = OxygenInUse.byPatient(List.of(nia, iolo), List.of(niaLater, ioloOnly, niaEarlier));

        assertSame(nia, ward.get(10L).order());
        assertSame(niaLater, ward.get(10L).latestCheck());
        assertEquals(Reading.ABOVE, ward.get(10L).latestCheck().reading(), "95% is above 88–92%");
        assertSame(ioloOnly, ward.get(11L).latestCheck());
        assertEquals(Reading.BELOW, ward.get(11L).latestCheck().reading(), "91% is below 94–98%");
    }

    @Test
    void anOrderNotYetCheckedHasNoLatestCheck_andAPatientOffOxygenIsNotListed() {
        OxygenOrder nia = order(1, 10, SaturationTarget.STANDARD, "2026-12-04T06:00:00Z");

        Map<Long, OxygenInUse> ward = OxygenInUse.byPatient(List.of(nia), List.of());

        assertNull(ward.get(10L).latestCheck());
        assertFalse(ward.containsKey(11L));
    }

    @Test
    void ofTwoChecksTakenAtTheSameMoment_theOneRecordedLastCounts() {
        OxygenOrder nia = order(1, 10, SaturationTarget.STANDARD, "2026-12-04T06:00:00Z");
        OxygenCheck first = check(30, nia, 93, "2026-12-04T10:00:00Z");
        OxygenCheck second = check(31, nia, 96, "2026-12-04T10:00:00Z");

        assertSame(second, OxygenInUse.byPatient(List.of(nia), List.of(second, first)).get(10L).latestCheck());
        assertSame(second, OxygenInUse.byPatient(List.of(nia), List.of(first, second)).get(10L).latestCheck());
    }

    @Test
    void aStoppedOrderIsNotInUse_andOfTwoLeftActiveTheLaterPrescribedIs() {
        OxygenOrder stopped = order(1, 10, SaturationTarget.STANDARD, "2026-12-04T06:00:00Z");
        stopped.stop("dr.jones", Instant.parse("2026-12-04T07:00:00Z"));
        OxygenOrder earlier = order(2, 11, SaturationTarget.STANDARD, "2026-12-04T06:00:00Z");
        OxygenOrder later = order(3, 11, SaturationTarget.HYPERCAPNIC_RISK, "2026-12-04T08:00:00Z");
        OxygenCheck ofEarlier = check(40, earlier, 95, "2026-12-04T09:00:00Z");

        Map<Long, OxygenInUse> ward = OxygenInUse.byPatient(List.of(stopped, later, earlier), List.of(ofEarlier));

        assertFalse(ward.containsKey(10L));
        assertSame(later, ward.get(11L).order());
        assertNull(ward.get(11L).latestCheck(), "a check read against another order's target is not this order's");
    }
}
