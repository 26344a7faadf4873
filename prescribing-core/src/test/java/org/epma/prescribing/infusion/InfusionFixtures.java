package org.epma.prescribing.infusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import org.epma.prescribing.checks.FormularyContent;

/** The shipped formulary and infusion limits, and infusion requests built up fluently. */
final class InfusionFixtures {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Function<String, String> SHIPPED = path -> {
        try {
            return Files.readString(Path.of("..", "config").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };
    static final FormularyContent CONTENT = FormularyContent.load(SHIPPED);
    static final InfusionLimits LIMITS = InfusionLimits.load(SHIPPED);

    private InfusionFixtures() {
    }

    static Request continuous(String product) {
        return new Request().kind("CONTINUOUS").product(product);
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A request with every field settable; unset fields are null. */
    static final class Request {
        String kind, product, drugUnit, diluent, doseRateUnit, frequency, target;
        BigDecimal drugAmount, finalVolume, rateMl, doseRate, durationHours, lowest, highest;
        Integer overMinutes;
        Boolean peripheral;
        java.util.List<VriiiScale.Band> scale;

        Request kind(String k) { kind = k; return this; }
        Request product(String p) { product = p; return this; }
        Request drug(String amount, String unit) { drugAmount = n(amount); drugUnit = unit; return this; }
        Request in(String diluentCode, String volumeMl) { diluent = diluentCode; finalVolume = n(volumeMl); return this; }
        Request volume(String volumeMl) { finalVolume = n(volumeMl); return this; }
        Request ml(String perHour) { rateMl = n(perHour); return this; }
        Request rate(String amount, String unit) { doseRate = amount == null ? null : n(amount); doseRateUnit = unit; return this; }
        Request hours(String h) { durationHours = n(h); return this; }
        Request over(int minutes, String freq) { overMinutes = minutes; frequency = freq; return this; }
        Request titrate(String low, String high, String aim) { lowest = n(low); highest = n(high); target = aim; return this; }
        Request central() { peripheral = false; return this; }
        Request scale(java.util.List<VriiiScale.Band> bands) { scale = bands; return this; }

        InfusionRequest build() {
            return new InfusionRequest(kind, product, drugAmount, drugUnit, diluent, finalVolume, rateMl, doseRate, doseRateUnit,
                    durationHours, overMinutes, frequency, lowest, highest, target, peripheral, null, null, null, scale);
        }

        InfusionOrder valid(String weightKg) {
            return InfusionValidation.validate(build(), CONTENT.formulary(), weightKg == null ? null : n(weightKg), NOW);
        }
    }
}
