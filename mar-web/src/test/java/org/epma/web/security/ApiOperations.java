package org.epma.web.security;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.epma.web.api.RestApplication;

/**
 * Every JAX-RS operation of the API, found by reflection over every class of the resource package (and the packages
 * under it, one per area) that has a
 * {@code @Path}: none can be missed by a hand-kept list. The key of an operation is how the OpenAPI document names
 * it, {@code "POST /api/v1/prescriptions/{id}/sign"}.
 */
public final class ApiOperations {

    private static final String PACKAGE = RestApplication.class.getPackageName();

    private ApiOperations() {
    }

    /** One HTTP method on one path template, and the Java method that answers it. */
    public record Operation(String httpMethod, String path, Method javaMethod) {
        public String key() {
            return httpMethod + " " + path;
        }

        /** The roles its annotations allow; null when it is open to everyone. */
        public String[] allowedRoles() {
            return AccessRules.allowedRoles(javaMethod);
        }
    }

    /** Every operation, ordered by path and then method. */
    public static List<Operation> all() {
        String root = "/" + trim(RestApplication.class.getAnnotation(ApplicationPath.class).value());
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = join(root, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethodOf(method);
                Path path = method.getAnnotation(Path.class);
                if (httpMethod == null && path != null) {
                    throw new IllegalStateException(resource.getSimpleName() + "." + method.getName()
                            + " is a sub-resource locator, which this list cannot follow: give it an HTTP method");
                }
                if (httpMethod != null) {
                    operations.add(new Operation(httpMethod, path == null ? base : join(base, path.value()), method));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::httpMethod));
        return operations;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Joins path segments as JAX-RS does, and writes a template's regular expression ({id: \d+}) as OpenAPI does. */
    private static String join(String base, String more) {
        String joined = trim(more).isEmpty() ? base : base + "/" + trim(more);
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The classes of the resource package and its sub-packages with a @Path, from the folder or the archive they were loaded from. */
    public static List<Class<?>> resourceClasses() {
        String folder = PACKAGE.replace('.', '/') + "/";
        List<String> names;
        try {
            java.nio.file.Path location = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location.resolve(folder))) {
                    names = files.filter(Files::isRegularFile)
                            .map(f -> location.relativize(f).toString().replace(java.io.File.separatorChar, '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    names = jar.stream().map(e -> e.getName().replaceFirst("^WEB-INF/classes/", ""))
                            .filter(n -> n.startsWith(folder)).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream().filter(n -> n.endsWith(".class") && !n.contains("$"))
                .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length()).replace('/', '.')))
                .filter(type -> type.isAnnotationPresent(Path.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestApplication.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
