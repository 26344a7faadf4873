package org.epma.web.testdata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order to check or draft ({@code POST /api/v1/patients/{id}/prescriptions}): a product, a dose, a route and a
 * frequency, and what a test adds (a start, instructions, the as-needed terms). The named orders are demo formulary
 * products (config/formulary/medicines.csv) at ordinary adult doses.
 */
public final class OrderJson {

    private final String productCode;
    private BigDecimal dose;
    private BigDecimal doseUpTo;
    private String doseUnit;
    private String route = "PO";
    private String frequency;
    private Instant start;
    private String instructions;
    private String prnReason;
    private BigDecimal prnMinIntervalHours;
    private Integer prnMaxPer24h;
    private String correctionScale;

    private OrderJson(String productCode) {
        this.productCode = productCode;
    }

    public static OrderJson of(String productCode) {
        return new OrderJson(productCode);
    }

    /** Paracetamol 500 mg tablets, 1 g by mouth every 6 hours. */
    public static OrderJson paracetamolEvery6Hours() {
        return of("PARACETAMOL-TAB-500").dose("1", "g").frequency("Q6H");
    }

    /** Omeprazole 20 mg gastro-resistant capsules, 20 mg by mouth once a day. */
    public static OrderJson omeprazoleDaily() {
        return of("OMEPRAZOLE-GRCAP-20").dose("20", "mg").frequency("OD");
    }

    /** Oxycodone 5 mg capsules (Schedule 2), 5 mg by mouth when needed for pain, at least 4 hours apart. */
    public static OrderJson oxycodoneWhenNeeded(int maxPer24h) {
        return of("OXYCODONE-CAP-5").dose("5", "mg").asNeeded("pain", "4", maxPer24h);
    }

    public OrderJson dose(String amount, String unit) {
        this.dose = new BigDecimal(amount);
        this.doseUnit = unit;
        return this;
    }

    /** A dose range: from {@code amount} up to {@code upTo}, in one unit. */
    public OrderJson doseRange(String amount, String upTo, String unit) {
        dose(amount, unit);
        this.doseUpTo = new BigDecimal(upTo);
        return this;
    }

    public OrderJson route(String value) {
        this.route = value;
        return this;
    }

    public OrderJson frequency(String value) {
        this.frequency = value;
        return this;
    }

    public OrderJson start(Instant value) {
        this.start = value;
        return this;
    }

    public OrderJson instructions(String value) {
        this.instructions = value;
        return this;
    }

    public OrderJson asNeeded(String reason, String minIntervalHours, int maxPer24h) {
        this.frequency = "PRN";
        this.prnReason = reason;
        this.prnMinIntervalHours = new BigDecimal(minIntervalHours);
        this.prnMaxPer24h = maxPer24h;
        return this;
    }

    /**
     * An insulin correction order's scale, as stored ("0=0;8=2;12=4": each band's lower bound in mmol/L and its units), in
     * units; the dose is left to the scale.
     */
    public OrderJson correctionScale(String bands) {
        this.doseUnit = "unit";
        this.correctionScale = bands;
        return this;
    }

    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("productCode", productCode);
        if (dose != null) {
            json.add("dose", dose);
        }
        if (doseUnit != null) {
            json.add("doseUnit", doseUnit);
        }
        if (correctionScale != null) {
            JsonArrayBuilder bands = Json.createArrayBuilder();
            for (String band : correctionScale.split(";")) {
                String[] parts = band.split("=");
                bands.add(Json.createObjectBuilder().add("from", new BigDecimal(parts[0])).add("units", new BigDecimal(parts[1])));
            }
            json.add("correctionScale", bands);
        }
        if (doseUpTo != null) {
            json.add("doseUpTo", doseUpTo);
        }
        json.add("route", route);
        if (frequency != null) {
            json.add("frequency", frequency);
        }
        if (prnReason != null) {
            json.add("prnReason", prnReason).add("prnMinIntervalHours", prnMinIntervalHours).add("prnMaxPer24h", prnMaxPer24h);
        }
        if (instructions != null) {
            json.add("instructions", instructions);
        }
        if (start != null) {
            json.add("start", start.toString());
        }
        return json.build();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
