package org.epma.web.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.epma.web.site.SiteConfig;

/**
 * Refuses request bodies over the configured size (epma.api.max-body-bytes, default 64 KiB) with 413,
 * whether the size is declared up front or only shows while a chunked body is read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    SiteConfig site;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = site.maxBodyBytes();
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    static WebApplicationException tooLarge(int limit) {
        return new WebApplicationException(Problem.of("body-too-large", "Request body too large",
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + limit + " bytes.").toResponse());
    }

    private static final class Limited extends FilterInputStream {
        private final int limit;
        private long count;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
