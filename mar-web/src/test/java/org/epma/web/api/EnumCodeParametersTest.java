package org.epma.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.epma.pharmacy.outbox.OutboxStatus;
import org.epma.prescribing.refusal.InvalidInputException;
import org.junit.jupiter.api.Test;

class EnumCodeParametersTest {

    private final EnumCodeParameters parameters = new EnumCodeParameters();

    /** The annotations JAX-RS hands the provider for {@code @QueryParam("status") OutboxStatus}. */
    private static Annotation[] queryParam(String name) throws NoSuchMethodException {
        Annotation[] annotations = Holder.class.getDeclaredMethod("list", OutboxStatus.class).getParameterAnnotations()[0];
        assertEquals(name, ((QueryParam) annotations[0]).value());
        return annotations;
    }

    @Test
    void aCodeIsReadInAnyCaseWithSpacesAround() throws Exception {
        ParamConverter<OutboxStatus> status = parameters.getConverter(OutboxStatus.class, OutboxStatus.class, queryParam("status"));
        assertEquals(OutboxStatus.PARKED, status.fromString(" parked "));
        assertEquals("PARKED", status.toString(OutboxStatus.PARKED));
    }

    @Test
    void aBlankValueIsNoFilter() throws Exception {
        ParamConverter<OutboxStatus> status = parameters.getConverter(OutboxStatus.class, OutboxStatus.class, queryParam("status"));
        assertNull(status.fromString(""));
        assertNull(status.fromString("  "));
    }

    @Test
    void anUnknownCodeIsRefusedAsABodyFieldIsNamingTheParameter() throws Exception {
        ParamConverter<OutboxStatus> status = parameters.getConverter(OutboxStatus.class, OutboxStatus.class, queryParam("status"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> status.fromString("LOST"));
        assertEquals("status", refused.field());
        assertEquals("'LOST' is not one of [PENDING, DELIVERED, PARKED].", refused.getMessage());
    }

    @Test
    void otherParameterTypesAreLeftToJaxRs() throws Exception {
        assertNull(parameters.getConverter(String.class, String.class, queryParam("status")));
        assertNull(parameters.getConverter(Integer.class, Integer.class, queryParam("status")));
    }

    @SuppressWarnings("unused")
    private static final class Holder {
        void list(@QueryParam("status") OutboxStatus status) {
        }
    }
}
