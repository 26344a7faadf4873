package org.epma.web.api.fhir;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Set;

/** The FHIR API's media types, its path and its base address. */
public final class FhirMedia {

    public static final String FHIR_JSON = "application/fhir+json";
    /** {@code _format} values that mean JSON (FHIR R4, 3.1.0.1.8). */
    static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json", "application/json+fhir");
    /** Where the FHIR resources sit within the REST application. */
    static final String PATH = "fhir";

    private FhirMedia() {
    }

    /** Whether a request (its path within the REST application) is one of the FHIR API's. */
    static boolean isFhir(UriInfo uri) {
        String path = uri.getPath();
        return path.equals(PATH) || path.startsWith(PATH + "/") || path.startsWith("/" + PATH + "/") || path.equals("/" + PATH);
    }

    /** The FHIR base address, {@code <server>/api/v1/fhir/}. */
    static URI base(UriInfo uri) {
        return URI.create(uri.getBaseUri().toString() + PATH + "/");
    }
}
