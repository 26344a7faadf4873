package org.epma.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.epma.web.it.ApiClient.Reply;

/** The operations that the server's OpenAPI document (/openapi) lists, as a client discovers the API. */
final class OpenApiDocument {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation: its HTTP method, its path as the document writes it ("/api/v1/prescriptions/{id}/sign"), and the
     * names of the header parameters it declares. */
    record Operation(String method, String path, Set<String> headers) {
        String key() {
            return method + " " + path;
        }

        boolean changesState() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        /** The path relative to the application, with each {parameter} replaced by the value the function gives. */
        String address(Function<String, String> values) {
            Matcher parameter = PARAMETER.matcher(path);
            StringBuilder address = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(address, Matcher.quoteReplacement(values.apply(parameter.group(1))));
            }
            parameter.appendTail(address);
            return address.substring(1);
        }
    }

    private OpenApiDocument() {
    }

    /** Every operation under /api of the document the deployment's server serves, ordered by path and method. */
    static List<Operation> operations(URL deployment) {
        Reply document = new ApiClient(deployment).get(ApiClient.loopback(deployment).resolve("/openapi?format=JSON").toString());
        if (document.status() != 200) {
            throw new AssertionError("GET /openapi answered " + document.status());
        }
        List<Operation> operations = new ArrayList<>();
        for (var path : document.json().getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), headers(entry.getValue())));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private static Set<String> headers(JsonValue operation) {
        return operation.asJsonObject().getJsonArray("parameters") == null ? Set.of()
                : operation.asJsonObject().getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .filter(p -> "header".equals(p.getString("in", ""))).map(p -> p.getString("name"))
                        .collect(Collectors.toUnmodifiableSet());
    }
}
