package org.epma.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreRefusalsTest {

    /** Stands in for an entity: its class name is what the conflict names. */
    private static final class Prescription {
    }

    private static TransactionalException atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(cause);
        return new TransactionalException("encountered exception during commit", rollback);
    }

    @Test
    void anOptimisticLockFailureAtCommitIsAConflictNamingTheThing() {
        Problem problem = StoreRefusals.of(atCommit(new OptimisticLockException("changed", null, new Prescription()))).orElseThrow();
        assertEquals(409, problem.status());
        assertTrue(problem.type().endsWith("/concurrent-change"), problem.type());
        assertTrue(problem.detail().startsWith("This prescription was changed by someone else"), problem.detail());
    }

    @Test
    void aRollbackAtCommitWithNoCauseGivenIsAConflict() {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        assertEquals(409, StoreRefusals.of(new TransactionalException("during commit", rollback)).orElseThrow().status());
    }

    @Test
    void aUniqueKeyTakenAMomentEarlierIsAConflict() {
        SQLException taken = new SQLException("duplicate key value violates unique constraint", "23505");
        assertEquals(409, StoreRefusals.of(new PersistenceException(taken)).orElseThrow().status());
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA400WithoutTheDatabasesWords() {
        SQLException tooLong = new SQLException("value too long for type character varying(100)", "22001");
        Problem problem = StoreRefusals.of(atCommit(new PersistenceException(tooLong))).orElseThrow();
        assertEquals(400, problem.status());
        assertTrue(!problem.detail().contains("varying"), problem.detail());
        assertEquals(400, StoreRefusals.of(new PersistenceException(new SQLException("check", "23514"))).orElseThrow().status());
    }

    @Test
    void anythingElseIsLeftForTheIncidentNumber() {
        assertTrue(StoreRefusals.of(new IllegalStateException("bug")).isEmpty());
    }

    @Test
    void aDatabaseThatCannotBeReachedOrIsRestartingIsA503AskingForTheSameRequestAgain() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53100"}) {
            Problem problem = StoreRefusals.of(atCommit(new PersistenceException(new SQLException("gone", state)))).orElseThrow();
            assertEquals(503, problem.status(), state);
            assertTrue(problem.type().endsWith("/database-unavailable"), problem.type());
            assertTrue(problem.detail().contains("recorded once"), problem.detail());
            assertEquals("problem.databaseUnavailable", problem.code(), "a screen words it in the user's language");
        }
    }

    @Test
    void aPoolThatCannotOpenAConnectionIsA503EvenWhenTheDriversReasonIsLost() {
        SQLException allocating = new SQLException("Error in allocating a connection.");
        allocating.initCause(new java.net.ConnectException("Connection refused"));
        assertEquals(503, StoreRefusals.of(new PersistenceException(allocating)).orElseThrow().status());
    }

    @Test
    void aDatabaseThatAcceptsNoChangesIsA503SayingThatRecordsCanStillBeRead() {
        SQLException readOnly = new SQLException("cannot execute INSERT in a read-only transaction", "25006");
        Problem problem = StoreRefusals.of(atCommit(new PersistenceException(readOnly))).orElseThrow();
        assertEquals(503, problem.status());
        assertTrue(problem.type().endsWith("/database-read-only"), problem.type());
        assertTrue(problem.detail().contains("can still be read"), problem.detail());
        assertEquals("problem.databaseReadOnly", problem.code(), "a screen words it in the user's language");
    }
}
