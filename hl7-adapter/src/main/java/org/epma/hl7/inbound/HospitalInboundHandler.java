package org.epma.hl7.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;

/**
 * The listener's way into the records. A message the records refuse (an unknown ward or order, a discharge of a
 * patient not on a ward) is answered AE with the reason; it changed nothing, as its transaction rolled back.
 */
@ApplicationScoped
public class HospitalInboundHandler implements InboundHandler {

    private final InboundApplication application;

    @Inject
    public HospitalInboundHandler(InboundApplication application) {
        this.application = application;
    }

    protected HospitalInboundHandler() {
        this(null);
    }

    @Override
    public Receipt onAdt(AdtEvent event, MessageOrigin origin) throws MessageRefused {
        try {
            return application.apply(event, origin);
        } catch (NotFoundException e) {
            throw new MessageRefused(Hl7ErrorCode.TABLE_VALUE_NOT_FOUND, e.getMessage());
        } catch (RecordsRefusal e) {
            throw new MessageRefused(e.code(), e.getMessage());
        } catch (InvalidInputException | ConflictException e) {
            throw new MessageRefused(refusal(e), reason(e));
        } catch (RuntimeException e) {
            throw unstorable(e).orElseThrow(() -> e);
        }
    }

    @Override
    public Receipt onDispense(List<DispenseEvent> dispenses, MessageOrigin origin) throws MessageRefused {
        try {
            return application.apply(dispenses, origin);
        } catch (NotFoundException e) {
            throw new MessageRefused(Hl7ErrorCode.UNKNOWN_KEY_IDENTIFIER, e.getMessage());
        } catch (RecordsRefusal e) {
            throw new MessageRefused(e.code(), e.getMessage());
        } catch (InvalidInputException | ConflictException e) {
            throw new MessageRefused(refusal(e), reason(e));
        } catch (RuntimeException e) {
            throw unstorable(e).orElseThrow(() -> e);
        }
    }

    /**
     * A value the database refused to store (longer than its column, a NUL, out of range): the readers check the
     * fields ePMA relies on, and this keeps any they miss an AE naming the problem rather than an AR 207 asking the
     * sender to try the same message again.
     */
    static Optional<MessageRefused> unstorable(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("22") || state.equals("23502") || state.equals("23514"))) {
                return Optional.of(new MessageRefused(Hl7ErrorCode.DATA_TYPE_ERROR, "A value in the message is too long, out of"
                        + " range or holds a character (such as NUL) that cannot be stored; nothing was applied."));
            }
        }
        return Optional.empty();
    }

    /** The domain names its fields; the sender needs to know which field of its message to put right. */
    private static final Map<String, String> PID_FIELDS = Map.of("dateOfBirth", "PID-7 date of birth",
            "givenName", "PID-5.2 given name", "familyName", "PID-5.1 family name", "nhsNumber", "PID-3 NHS number");

    private static String reason(RuntimeException e) {
        if (e instanceof InvalidInputException invalid && PID_FIELDS.containsKey(invalid.field())) {
            return PID_FIELDS.get(invalid.field()) + ": " + invalid.getMessage();
        }
        return e.getMessage();
    }

    /** A field missing or wrong is 101; a message at odds with the records (discharging a patient on no ward) is 207. */
    private static Hl7ErrorCode refusal(RuntimeException e) {
        return e instanceof InvalidInputException ? Hl7ErrorCode.REQUIRED_FIELD_MISSING : Hl7ErrorCode.APPLICATION_INTERNAL_ERROR;
    }
}
