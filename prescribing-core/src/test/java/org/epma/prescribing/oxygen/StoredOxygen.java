package org.epma.prescribing.oxygen;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;

/** Oxygen orders and checks as the database gives them back: with the ids it assigned. */
final class StoredOxygen {

    static final OxygenDelivery NASAL = new OxygenDelivery(OxygenDevice.NASAL_CANNULAE, null);
    static final OxygenDelivery VENTURI_28 = new OxygenDelivery(OxygenDevice.VENTURI_MASK, 28);

    private StoredOxygen() {
    }

    static OxygenOrder order(long id, long patientId, SaturationTarget target, String prescribedAt) {
        return stored(new OxygenOrder(patientId, target, NASAL, new BigDecimal("1"), new BigDecimal("4"), "dr.jones",
                Instant.parse(prescribedAt)), OxygenOrder.class, id);
    }

    static OxygenCheck check(long id, OxygenOrder order, int saturation, String checkedAt) {
        Instant at = Instant.parse(checkedAt);
        return stored(new OxygenCheck(order, saturation, NASAL, new BigDecimal("2"), at, "nurse.evans", at), OxygenCheck.class, id);
    }

    private static <T> T stored(T entity, Class<T> type, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
