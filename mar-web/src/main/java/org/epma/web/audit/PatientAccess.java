package org.epma.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What one request showed, named by the resource method as it answers ({@link AuditedRead}). */
@RequestScoped
public class PatientAccess {

    private static final int ENTITY_ID_LENGTH = 64;

    /**
     * @param entityId what was read: a patient, an order, a ward, a search
     * @param detail   how it was asked for, where that matters (a search's filters); null otherwise
     */
    public record Shown(String entityId, List<Long> patients, JsonObject detail) {
    }

    private Shown shown;

    /** One patient's record. */
    public void shown(long patientId) {
        shown(patientId, List.of(patientId));
    }

    /** A record, or a list, and every patient whose data it showed (none is an empty collection). */
    public void shown(Object entityId, Collection<Long> patients) {
        shown(entityId, patients, null);
    }

    public void shown(Object entityId, Collection<Long> patients, JsonObject detail) {
        String id = String.valueOf(entityId);
        shown = new Shown(id.length() > ENTITY_ID_LENGTH ? id.substring(0, ENTITY_ID_LENGTH) : id, List.copyOf(patients), detail);
    }

    Optional<Shown> shown() {
        return Optional.ofNullable(shown);
    }
}
