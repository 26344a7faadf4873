package org.epma.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.epma.web.security.ApiOperations;
import org.junit.jupiter.api.Test;

/** Every resource lives in the package of its area, so that a reader finds an endpoint by what it is about. */
class ResourcesByAreaTest {

    private static final Set<String> AREAS = Set.of("admin", "administration", "fhir", "patient", "pharmacy", "prescription", "session",
            "ward");

    @Test
    void everyResourceIsInTheFolderOfItsAreaAndNoneInTheApiRoot() {
        String root = RestApplication.class.getPackageName() + ".";
        Set<String> packages = ApiOperations.resourceClasses().stream()
                .map(type -> type.getPackageName().startsWith(root) ? type.getPackageName().substring(root.length()) : type.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(AREAS), packages);
    }
}
