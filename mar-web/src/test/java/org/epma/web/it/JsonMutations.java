package org.epma.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile request bodies made from a valid one by mutation: values of the wrong type, nulls (also inside lists),
 * fields left out or added, boundary and huge numbers, long texts and texts with NUL or control characters,
 * impossible dates, deep nesting, huge arrays, repeated keys, invalid UTF-8, cut-off bodies and the wrong content
 * type. Deterministic for a given {@link Random}; a body never passes 60,000 bytes, under the API's 64 KiB limit,
 * unless a mutation means it to.
 */
final class JsonMutations {

    /** A mutated request body: what was done to it, its bytes, and the Content-Type it is sent with (null: none). */
    record Mutant(String family, byte[] body, String contentType) {
    }

    static final String JSON = "application/json";
    private static final int MOST_BYTES = 60_000;

    private static final List<String> NUMBERS = List.of("1E+5000000", "-1E+5000000", "1E-5000000", "1E+2147483647",
            "1E-2147483648", "1E+99999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "2147483647", "2147483648", "-2147483649", "18446744073709551616", "1e308", "1.8e308", "4.9e-324", "-0", "-0.0",
            "0", "-1", "0.5", "1.5", "0.0000000001", "0.00000000001", "12345678901234567890", "123456789012345678901",
            "99999999999999999999.9999999999", "1.12345678901", "400", "400.0000000001", "1000000", "100000", "168", "169",
            "366", "367", "1e3", "1E+20", "0.001", "0.2", "0.19");
    private static final List<String> NUMBERS_AS_TEXT = List.of("NaN", "Infinity", "-Infinity", "-0", "0x10", "1e3",
            "1,5", " 1", "٣", "1E+5000000", "2^63");
    private static final List<String> DATES = List.of("0000-01-01", "-0001-01-01", "+10000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "1900-01-01T00:00:00Z",
            "2200-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2026-02-30", "2026-13-01T00:00:00Z", "2026-11-23T25:00:00Z",
            "2026-11-23T08:00:00", "2026-11-23T08:00:00+25:00", "2026-11-23T08:00:00.1234567891Z", "2026-11-23",
            "1970-01-01T00:00:00Z", "9999-12-31", "2026-11-23T08:00:00+14:00", "now", "20261123", "1");
    private static final List<String> TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0002\u0003\u001f\u007f",
            "\t\r\n", "\uFFFE\uFFFF", "\uD800", "\uDC00x", "\u202Eevil", "\u200B", "\uFEFF", "' OR '1'='1", "'; DROP TABLE patient;--",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%s%n%x", "../../etc/passwd", "\\", "\"", "{}", "[]",
            "null", "true", "NURSE", "ADMIN", "GIVEN", "mg", "microgram", "PO", "PRN", "éŵŷ", "😀");
    private static final List<String> KEYS = List.of("id", "version", "status", "role", "roles", "__proto__", "constructor",
            "prescribedBy", "recordedBy", "signedBy", "enabled", "lineageId", "", "\u0000", "a.b", "x".repeat(1001), "😀");
    private static final List<Integer> LENGTHS = List.of(1, 19, 20, 21, 63, 64, 65, 99, 100, 101, 119, 120, 121, 199, 200,
            201, 499, 500, 501, 999, 1000, 1001, 4000, 20_000);
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json; charset=nonsense", "application/problem+json",
            "application/merge-patch+json", "*/*", "application/json; boundary=x", "application/octet-stream");
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0});
    private static final List<String> WHOLE_BODIES = List.of("", "null", "[]", "[null]", "\"text\"", "0", "true", "{",
            "}", "{}{}", "/* comment */{}", "{'a':1}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "\uFEFF{}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\x41\"}");

    private final Random random;

    JsonMutations(Random random) {
        this.random = random;
    }

    /** One to three mutations of the valid body (an object or, for operations that take none, "{}"). */
    Mutant mutate(String valid) {
        int family = random.nextInt(100);
        if (family < 8) {
            return wholeBody();
        }
        if (family < 14) {
            return new Mutant("content type", bytes(valid), pick(CONTENT_TYPES));
        }
        Object tree = tree(Json.createReader(new StringReader(valid)).readValue());
        List<String> done = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            tree = mutateTree(tree, done);
        }
        String text = write(tree);
        if (family < 24) {
            return bytesOf(text, done);
        }
        if (family < 28) {
            done.add("repeated key");
            text = repeatAKey(text);
        }
        byte[] body = bytes(text);
        if (body.length > MOST_BYTES) {
            return new Mutant(String.join("+", done) + " (cut to the body limit)", bytes(text.substring(0, MOST_BYTES / 4)), JSON);
        }
        return new Mutant(String.join("+", done), body, JSON);
    }

    private Mutant wholeBody() {
        return new Mutant("not a JSON object", bytes(pick(WHOLE_BODIES)), JSON);
    }

    /** Bytes that are not UTF-8 put in the text, or the body cut short, or something after it. */
    private Mutant bytesOf(String text, List<String> done) {
        byte[] body = bytes(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(body.length + 1);
        switch (random.nextInt(4)) {
            case 0 -> {
                out.write(body, 0, at);
                out.writeBytes(pick(INVALID_UTF8));
                out.write(body, at, body.length - at);
                done.add("invalid UTF-8");
            }
            case 1 -> {
                out.write(body, 0, at);
                done.add("cut short");
            }
            case 2 -> {
                out.writeBytes(body);
                out.writeBytes(bytes(pick(List.of("x", "}", "{}", "\u0000", " ", "]"))));
                done.add("something after the body");
            }
            default -> {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16));
                done.add("UTF-16");
            }
        }
        return new Mutant(String.join("+", done), out.toByteArray(), JSON);
    }

    private Object mutateTree(Object tree, List<String> done) {
        List<Place> places = new ArrayList<>();
        collect(tree, null, null, places);
        Place place = places.get(random.nextInt(places.size()));
        int kind = random.nextInt(100);
        if (kind < 12) {
            done.add("wrong type");
            return place.replace(tree, pick(List.<Object>of(Raw.NULL, Raw.TRUE, Raw.FALSE, new Raw("0"), new Raw("-1"), "",
                    "text", new LinkedHashMap<String, Object>(), new ArrayList<>(), new Raw("[null]"), new Raw("{\"a\":1}"), "1",
                    "true")));
        }
        if (kind < 20) {
            done.add("null");
            return place.replace(tree, Raw.NULL);
        }
        if (kind < 27) {
            done.add("null in a list");
            List<Object> list = new ArrayList<>();
            if (place.value() instanceof List<?> existing) {
                list.addAll(existing);
                list.add(random.nextInt(list.size() + 1), Raw.NULL);
            } else {
                list.add(place.value());
                list.add(Raw.NULL);
            }
            return place.replace(tree, list);
        }
        if (kind < 34 && place.parent() instanceof Map<?, ?>) {
            done.add("field left out");
            ((Map<?, ?>) place.parent()).remove(place.key());
            return tree;
        }
        if (kind < 41) {
            done.add("field added");
            Object target = place.value() instanceof Map<?, ?> ? place.value() : tree;
            if (target instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> members = (Map<String, Object>) map;
                members.put(pick(KEYS), hostileValue());
            }
            return tree;
        }
        if (kind < 56) {
            done.add("number");
            return place.replace(tree, random.nextInt(5) == 0 ? pick(NUMBERS_AS_TEXT) : new Raw(pick(NUMBERS)));
        }
        if (kind < 73) {
            done.add("text");
            return place.replace(tree, hostileText());
        }
        if (kind < 83) {
            done.add("date");
            return place.replace(tree, pick(DATES));
        }
        if (kind < 91) {
            done.add("deep nesting");
            return place.replace(tree, nested(pick(List.of(15, 16, 17, 100, 1000, 10_000))));
        }
        done.add("huge array");
        int size = pick(List.of(100, 1000, 5000, 15_000));
        String element = pick(List.of("0", "\"x\"", "null", "1E+5000000", "{}"));
        return place.replace(tree, new Raw("[" + String.join(",", java.util.Collections.nCopies(size, element)) + "]"));
    }

    private Object hostileValue() {
        return switch (random.nextInt(4)) {
            case 0 -> new Raw(pick(NUMBERS));
            case 1 -> hostileText();
            case 2 -> pick(DATES);
            default -> nested(20);
        };
    }

    /** A text of a column's length and either side of it, or one of the texts that break things. */
    private String hostileText() {
        if (random.nextBoolean()) {
            return pick(TEXTS);
        }
        int length = pick(LENGTHS);
        String unit = pick(List.of("x", "é", "😀", "\u0000", "\u0007", "\u00a0"));
        String text = unit.repeat(Math.max(1, length / unit.length()));
        if (random.nextInt(4) == 0) {
            int at = random.nextInt(text.length());
            text = text.substring(0, at) + pick(TEXTS) + text.substring(at);
        }
        return text;
    }

    /** Lists and objects inside each other, written out at once: the tree of a body stays shallow. */
    private static Raw nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append(i % 2 == 0 ? "[" : "{\"a\":");
            close.insert(0, i % 2 == 0 ? "]" : "}");
        }
        return new Raw(open + "1" + close);
    }

    /** The first "key": of the text given again just after, with another value. */
    private String repeatAKey(String text) {
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"(\\w+)\":").matcher(text);
        if (!key.find()) {
            return text;
        }
        String again = "\"" + key.group(1) + "\":" + write(hostileValue()) + ",";
        return text.substring(0, key.start()) + again + text.substring(key.start());
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON literal written as it stands: a number of any size, true, false, null. */
    private record Raw(String token) {
        static final Raw NULL = new Raw("null");
        static final Raw TRUE = new Raw("true");
        static final Raw FALSE = new Raw("false");
    }

    /** Where a value sits: the whole body (parent null), a member of an object, or an element of a list. */
    private record Place(Object parent, Object key, Object value) {
        @SuppressWarnings("unchecked")
        Object replace(Object tree, Object with) {
            if (parent == null) {
                return with;
            }
            if (parent instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, with);
            } else {
                ((List<Object>) parent).set((Integer) key, with);
            }
            return tree;
        }
    }

    private static void collect(Object value, Object parent, Object key, List<Place> places) {
        places.add(new Place(parent, key, value));
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, map, k, places));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), list, i, places);
            }
        }
    }

    /** The body as mutable maps, lists, texts and literals. */
    private static Object tree(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> members.put(k, tree(v)));
                return members;
            }
            case ARRAY -> {
                List<Object> elements = new ArrayList<>();
                ((JsonArray) value).forEach(v -> elements.add(tree(v)));
                return elements;
            }
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                return new Raw(((JsonNumber) value).toString());
            }
            default -> {
                return new Raw(value.toString());
            }
        }
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Raw raw) {
            out.append(raw.token());
        } else if (value instanceof String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    // a lone surrogate cannot be written as UTF-8: it goes escaped, as a hostile client would send it
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(String.valueOf(member.getKey()), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(String.valueOf(value));
        }
    }
}
