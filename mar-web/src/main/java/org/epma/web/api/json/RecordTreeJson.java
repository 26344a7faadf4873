package org.epma.web.api.json;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tree of records, lists and plain values written as JSON the way JSON-B writes it by default: members in
 * lexicographical order, null members left out, dates and instants as ISO-8601 text, enums by name. Without JSON-B's
 * guard against cycles, which keeps every object it is inside in a hash set and so hashes each record once for every
 * level above it: a ward's drug round of five hundred doses, each carrying its order, spent a third of its CPU in
 * record hashCode (JFR profile of the ward round, December 2026). Records are immutable and cannot form a cycle.
 */
public final class RecordTreeJson {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private RecordTreeJson() {
    }

    /** Writes the tree and flushes; the stream stays open, as a JAX-RS writer must leave it. */
    public static void write(Object tree, OutputStream out) {
        JsonGenerator json = JSON.createGenerator(out);
        value(json, null, tree);
        json.flush();
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            if (name == null) {
                json.writeNull();
            }
            return;
        }
        if (value instanceof Record record) {
            start(json, name, true);
            for (RecordComponent component : components(record.getClass())) {
                value(json, component.getName(), read(component, record));
            }
            json.writeEnd();
        } else if (value instanceof Iterable<?> items) {
            start(json, name, false);
            for (Object item : items) {
                value(json, null, item);
            }
            json.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            start(json, name, true);
            map.entrySet().stream().sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
                    .forEach(e -> value(json, String.valueOf(e.getKey()), e.getValue()));
            json.writeEnd();
        } else {
            scalar(json, name, value);
        }
    }

    private static void scalar(JsonGenerator json, String name, Object value) {
        if (value instanceof String text) {
            if (name == null) json.write(text); else json.write(name, text);
        } else if (value instanceof Boolean flag) {
            if (name == null) json.write(flag); else json.write(name, flag);
        } else if (value instanceof BigDecimal number) {
            if (name == null) json.write(number); else json.write(name, number);
        } else if (value instanceof BigInteger number) {
            if (name == null) json.write(number); else json.write(name, number);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (name == null) json.write(number); else json.write(name, number);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (name == null) json.write(number); else json.write(name, number);
        } else if (value instanceof Enum<?> constant) {
            if (name == null) json.write(constant.name()); else json.write(name, constant.name());
        } else if (value instanceof TemporalAccessor || value instanceof java.time.ZoneId) {
            if (name == null) json.write(value.toString()); else json.write(name, value.toString());
        } else {
            throw new IllegalArgumentException("no JSON for a " + value.getClass().getName() + " in a record tree");
        }
    }

    private static void start(JsonGenerator json, String name, boolean object) {
        if (object) {
            if (name == null) json.writeStartObject(); else json.writeStartObject(name);
        } else if (name == null) {
            json.writeStartArray();
        } else {
            json.writeStartArray(name);
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            RecordComponent[] sorted = t.getRecordComponents().clone();
            Arrays.sort(sorted, Comparator.comparing(RecordComponent::getName));
            for (RecordComponent component : sorted) {
                component.getAccessor().setAccessible(true);
            }
            return sorted;
        });
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
