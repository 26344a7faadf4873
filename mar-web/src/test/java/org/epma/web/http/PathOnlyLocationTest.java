package org.epma.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PathOnlyLocationTest {

    @Test
    void anAbsoluteLocationKeepsOnlyItsPathAndQuery() {
        assertEquals(URI.create("/api/v1/patients/31"),
                PathOnlyLocation.pathOf(URI.create("http://evil.example.org:8080/api/v1/patients/31")));
        assertEquals(URI.create("/api/v1/users/a%20b?x=1"),
                PathOnlyLocation.pathOf(URI.create("https://evil.example.org/api/v1/users/a%20b?x=1")));
        assertEquals(URI.create("/"), PathOnlyLocation.pathOf(URI.create("http://evil.example.org")));
        assertEquals(URI.create("/x"), PathOnlyLocation.pathOf(URI.create("//evil.example.org/x")));
    }
}
