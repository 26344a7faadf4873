package org.epma.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused, found by walking an exception's causes: a change that raced another (an optimistic-lock
 * failure, a unique key taken a moment earlier, a rollback at commit) is a 409; a value the database cannot store is
 * a 400; a database that cannot be reached, is restarting, is out of disk or accepts no changes is a 503. The commit
 * happens when the service method returns, so these arrive wrapped in a TransactionalException or RollbackException
 * rather than as themselves. The edge rules should leave nothing for the second kind; it is here so that, if one is
 * missed, the answer is still a 4xx and not a 500.
 */
final class StoreRefusals {

    private static final String CONFLICT_DETAIL = "was changed by someone else at the same moment, so your change was not saved."
            + " Reload it to see the change, and try again if it is still needed.";

    /** read_only_sql_transaction: a database, server or standby set to refuse changes. */
    private static final String READ_ONLY = "25006";
    /**
     * Besides class 08 (connection exceptions): the server shutting down, crashed or still starting (57P01-03), out
     * of disk, memory or connections (53100, 53200, 53300), an I/O error reading or writing its files (58030).
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53100", "53200", "53300", "58030");
    /** Payara's connection pool when it cannot hand out a connection (the database down or every connection busy). */
    private static final Set<String> POOL_EXHAUSTED_OR_UNREACHABLE = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException");

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
            if (POOL_EXHAUSTED_OR_UNREACHABLE.contains(name) || cause instanceof ConnectException) {
                return Optional.of(unavailable()); // the pool could not open a connection; the driver's reason may be lost
            }
            rolledBack |= name.equals("jakarta.transaction.RollbackException") || name.equals("jakarta.persistence.RollbackException");
        }
        // a rollback at commit with no other cause given: every input is checked before, so it is a concurrent change
        return rolledBack ? Optional.of(conflict("This record")) : Optional.empty();
    }

    private static Optional<Problem> bySqlState(SQLException sql) {
        String state = sql.getSQLState();
        if (state.equals(READ_ONLY)) {
            return Optional.of(readOnly());
        }
        if (state.startsWith("08") || UNAVAILABLE.contains(state)) {
            return Optional.of(unavailable());
        }
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

    /**
     * Nothing is wrong with the request: the database is restarting, unreachable, out of disk or refusing changes.
     * A write that failed this way either committed whole or not at all; a client sends it again with the same
     * idempotency key, which records it once either way.
     */
    private static Problem unavailable() {
        return Problem.of("database-unavailable", "The database is not available", Response.Status.SERVICE_UNAVAILABLE,
                "The database could not be reached, so this may not have been saved. Send it again in a moment: a repeated"
                        + " request is recorded once.")
                .worded(ProblemSentence.DATABASE_UNAVAILABLE.with());
    }

    private static Problem readOnly() {
        return Problem.of("database-read-only", "Changes cannot be saved just now", Response.Status.SERVICE_UNAVAILABLE,
                "The database accepts no changes at the moment (maintenance or a failover), so this was not saved."
                        + " Records can still be read. Send it again once the IT service desk says changes are back.")
                .worded(ProblemSentence.DATABASE_READ_ONLY.with());
    }

    private static Problem conflict(String thing) {
        return Problem.of("concurrent-change", "Changed by someone else", Response.Status.CONFLICT,
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
