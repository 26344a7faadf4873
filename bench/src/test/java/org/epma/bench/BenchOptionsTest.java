package org.epma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void bootWithDefaults() {
        BenchOptions options = BenchOptions.parse(List.of());
        assertEquals(BenchOptions.Mode.BOOT, options.mode());
        assertEquals(50, options.users());
        assertEquals(Duration.ofSeconds(30), options.duration());
    }

    @Test
    void loadWithBothOptionStyles() {
        BenchOptions options = BenchOptions.parse(List.of("load", "--url", "http://ward-pc:8080/", "--users=7",
                "--seconds", "3"));
        assertEquals(BenchOptions.Mode.LOAD, options.mode());
        assertEquals(URI.create("http://ward-pc:8080/"), options.url());
        assertEquals(7, options.users());
        assertEquals(Duration.ofSeconds(3), options.duration());
    }

    @Test
    void anEmptyValueFromThePomMeansTheDefault() {
        BenchOptions options = BenchOptions.parse(List.of("boot", "--users=5", "--seconds=3", "--url="));
        assertEquals(BenchOptions.Mode.BOOT, options.mode());
        assertEquals(5, options.users());
        assertEquals(BenchOptions.DEFAULT_URL, BenchOptions.parse(List.of("load", "--url=")).url());
    }

    @Test
    void refusesMistakes() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--users", "0")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--users", "many")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--seconds")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("stress")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("boot", "--url", "http://x/")));
    }
}
