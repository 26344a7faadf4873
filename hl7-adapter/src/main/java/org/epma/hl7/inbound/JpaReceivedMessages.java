package org.epma.hl7.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.epma.prescribing.time.InstantColumn;

/** {@link ReceivedMessages} in the inbound_message table. */
@ApplicationScoped
public class JpaReceivedMessages implements ReceivedMessages {

    @PersistenceContext(unitName = "epma")
    EntityManager em;

    @Override
    public boolean noteFirst(MessageOrigin origin, Instant receivedAt) {
        List<?> inserted = em.createNativeQuery("insert into inbound_message (sending_application, sending_facility,"
                        + " control_id, message_type, received_at, content_sha256) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (sending_application, sending_facility, control_id) do nothing returning id")
                .setParameter(1, origin.sendingApplication()).setParameter(2, origin.sendingFacility())
                .setParameter(3, origin.controlId()).setParameter(4, origin.messageType())
                .setParameter(5, receivedAt.atOffset(ZoneOffset.UTC))
                .setParameter(6, origin.contentDigest()).getResultList();
        return !inserted.isEmpty();
    }

    @Override
    public Optional<Earlier> earlier(MessageOrigin origin) {
        List<?> rows = em.createNativeQuery("select content_sha256, message_type, received_at"
                        + " from inbound_message where sending_application = ? and sending_facility = ? and control_id = ?")
                .setParameter(1, origin.sendingApplication()).setParameter(2, origin.sendingFacility())
                .setParameter(3, origin.controlId()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Earlier(row[0] == null ? null : row[0].toString().strip(), (String) row[1],
                InstantColumn.read(row[2])));
    }
}
