package org.epma.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.epma.prescribing.refusal.ConflictException;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.NotFoundException;

/** The domain's refusals, each to its status. */
public final class DomainRefusalMappers {

    private DomainRefusalMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.invalid(e.field(), e.getMessage()).worded(e.wording()).toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, e.getMessage())
                    .worded(ProblemSentence.NOT_FOUND.with(e.what(), e.id())).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of("conflict", "Conflict", Response.Status.CONFLICT, e.getMessage()).worded(e.wording()).toResponse();
        }
    }

    @Provider
    public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return StoreRefusals.of(e).orElseThrow().toResponse();
        }
    }
}
