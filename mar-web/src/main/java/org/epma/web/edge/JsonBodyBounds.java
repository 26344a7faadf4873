package org.epma.web.edge;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Holds every JSON body to {@link EdgeRules} before JSON-B binds it, so no resource, service or column sees a
 * value out of bounds. The body is already capped in size (BodySizeLimit), so reading it twice costs little.
 */
@Provider
public class JsonBodyBounds implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            if (body.length > 0) {
                EdgeRules.checkJson(new ByteArrayInputStream(body));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
