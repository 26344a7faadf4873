package org.epma.prescribing.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * Builders for the JSON that audit entries hold (an entity's state, what a read showed). One provider, looked up
 * once: {@code Json.createObjectBuilder()} looks the provider up through the class loaders on every call, which a
 * profile of the ward round showed as a tenth of a request's time.
 */
public final class AuditJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private AuditJson() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject from) {
        return PROVIDER.createObjectBuilder(from);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
