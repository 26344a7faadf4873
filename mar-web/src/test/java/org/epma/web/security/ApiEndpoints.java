package org.epma.web.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.epma.web.api.RestApplication;

/** Every REST endpoint of the API package, found on the class path, so that a new resource cannot be left out of a test. */
final class ApiEndpoints {

    private ApiEndpoints() {
    }

    /** "ResourceClass.method" and the method, for every resource method of every class under {@code org.epma.web.api}. */
    record Endpoint(String name, Method method) {
    }

    static List<Class<?>> resources() {
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get(RestApplication.class.getResource(".").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load(RestApplication.class.getPackageName() + "." + n.substring(0, n.length() - ".class".length())))
                    .<Class<?>>map(c -> c).filter(c -> c.isAnnotationPresent(Path.class))
                    .sorted(Comparator.comparing(Class::getName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Endpoint> all() {
        return resources().stream().flatMap(r -> Arrays.stream(r.getDeclaredMethods()).filter(ApiEndpoints::isEndpoint)
                .map(m -> new Endpoint(r.getSimpleName() + "." + m.getName(), m))).toList();
    }

    static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(Path.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
