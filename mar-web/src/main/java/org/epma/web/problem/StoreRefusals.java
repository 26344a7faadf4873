package org.epma.web.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused, found by walking an exception's causes: a change that raced another (an optimistic-lock
 * failure, a unique key taken a moment earlier, a rollback at commit) is a 409; a value the database cannot store is
 * a 400. The commit happens when the service method returns, so these arrive wrapped in a TransactionalException
 * or RollbackException rather than as themselves. The edge rules should leave nothing for the second kind; it is
 * here so that, if one is missed, the answer is still a 4xx and not a 500.
 */
final class StoreRefusals {

    private static final String CONFLICT_DETAIL = "was changed by someone else at the same moment, so your change was not saved."
            + " Reload it to see the change, and try again if it is still needed.";

    private StoreRefusals() {
    }

    static Optional<Problem> of(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        boolean rolledBack = false;
        for (Throwable cause = e; cause != null && seen.put(cause, true) == null; cause = next(cause)) {
            if (cause instanceof OptimisticLockException lock) {
                return Optional.of(conflict(thing(lock.getEntity())));
            }
            if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return Optional.of(conflict("This record")); // EclipseLink's own, which names no entity we can show
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<Problem> refused = bySqlState(sql);
                if (refused.isPresent()) {
                    return refused;
                }
            }
            String name = cause.getClass().getName();
            rolledBack |= name.equals("jakarta.transaction.RollbackException") || name.equals("jakarta.persistence.RollbackException");
        }
        // a rollback at commit with no other cause given: every input is checked before, so it is a concurrent change
        return rolledBack ? Optional.of(conflict("This record")) : Optional.empty();
    }

    private static Optional<Problem> bySqlState(SQLException sql) {
        String state = sql.getSQLState();
        if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
            return Optional.of(conflict("This record"));
        }
        if (state.startsWith("22") || state.equals("23514") || state.equals("23502")) {
            return Optional.of(Problem.invalid(column(sql),
                    "A value is too long, too large or out of range to be stored. Check the values and send them again.")
                    .worded(ProblemSentence.VALUE_NOT_STORABLE.with()));
        }
        return Optional.empty();
    }

    /** The column the server names, as the field; null when it names none (a check constraint, a too-long value). */
    private static String column(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            return message == null ? null : message.getColumn();
        }
        return null;
    }

    private static Problem conflict(String thing) {
        return Problem.of("concurrent-change", "Changed by someone else", jakarta.ws.rs.core.Response.Status.CONFLICT,
                thing + " " + CONFLICT_DETAIL).worded(ProblemSentence.CONCURRENT_CHANGE.with());
    }

    /** "This prescription", "This staff user": the entity's class named in words. */
    private static String thing(Object entity) {
        if (entity == null) {
            return "This record";
        }
        String words = entity.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return "This " + words;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null && cause.getCause() == null) {
            return sql.getNextException();
        }
        return cause.getCause();
    }
}
