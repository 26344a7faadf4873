package org.epma.prescribing.formulary;

/** One active ingredient of a product and its amount in the product's {@code per} quantity. */
public record Ingredient(String name, Quantity strength) {
}
