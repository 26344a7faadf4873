package org.epma.web.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes FHIR resources as FHIR JSON with HAPI's parser. The FhirContext (seconds to build: it scans every R4 model
 * class) is HAPI's cached R4 context, made at the first FHIR answer rather than at boot.
 */
@Provider
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirJsonWriter implements MessageBodyWriter<IBaseResource> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // Encoded whole, then written once: HAPI's JSON writer flushes its Writer after every value it writes, and each
        // flush reached the response stream, which sent a week of administration records (300 kB) as thousands of
        // chunks (bench/README.md, -Pbench-fhir). A Bundle of a patient's records is a few hundred kB at most.
        // references here never carry a version: telling the parser so spares it a look through each resource's meta for
        // every reference it writes
        out.write(context().newJsonParser().setStripVersionsFromReferences(true).encodeResourceToString(resource)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** HAPI's one R4 context for the whole server, thread-safe once made. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
