package org.epma.web.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails at commit, after the service method has returned (an optimistic-lock failure when two
 * people sign one draft or reset one password at the same moment). Jersey's own mapper for TransactionalException
 * rethrows it to the servlet container, which answered with its HTML error page; this one, ahead of it by priority,
 * answers 409 naming the conflict, or 400 for a value the database could not store.
 */
@Provider
@Priority(1)
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        return StoreRefusals.of(e).map(Problem::toResponse).orElseGet(() -> new RequestProblemMappers.Unexpected().toResponse(e));
    }
}
