package org.epma.hl7.outbound;

import java.util.List;
import java.util.Objects;

import org.epma.pharmacy.outbox.OrderControl;
import org.epma.prescribing.formulary.Form;
import org.epma.prescribing.formulary.Route;

/**
 * Everything one outbound order message says: who it is for, what to give, how and when, who asked and who
 * checked. One record serves RDE^O11 (verified by a pharmacist) and OMP^O09 (as signed by the prescriber).
 *
 * @param placerOrderNumber ePMA's order id, the same for every version of the order (ORC-2)
 * @param version the order's version; a changed order is a new version (ORC-4)
 * @param event when this event (new, change, hold, release, stop) happened and why (ORC-9, ORC-16)
 * @param verifiedBy the verifying pharmacist; required for RDE^O11, null for an OMP^O09 sent on signing
 * @param indication may be empty
 * @param instructions additional instructions, one NTE each
 * @param ingredients the active ingredients of a combination product, one RXC each; empty for one ingredient
 * @param infusion the bag's components and rate of an infusion order (its RXC segments replace the ingredients'); null
 *                 for any other order
 * @param supply   what to supply of a medicine going home on a discharge prescription (then {@code placerOrderNumber} is
 *                 the supply's own, not the inpatient order's); null for an inpatient order
 */
public record PharmacyOrder(MessageHeader header, OrderControl control, String placerOrderNumber, int version,
                            OrderEventFacts event, OrderPatient patient, List<KnownAllergy> allergies,
                            OrderedProduct product, GiveDose dose, Form form, Route route, Timing timing,
                            Clinician prescriber, Clinician verifiedBy, String indication,
                            List<String> instructions, List<Ingredient> ingredients, OrderedInfusion infusion,
                            DischargeSupply supply) {

    /** An inpatient order, an infusion or not. */
    public PharmacyOrder(MessageHeader header, OrderControl control, String placerOrderNumber, int version,
                         OrderEventFacts event, OrderPatient patient, List<KnownAllergy> allergies,
                         OrderedProduct product, GiveDose dose, Form form, Route route, Timing timing,
                         Clinician prescriber, Clinician verifiedBy, String indication,
                         List<String> instructions, List<Ingredient> ingredients, OrderedInfusion infusion) {
        this(header, control, placerOrderNumber, version, event, patient, allergies, product, dose, form, route, timing,
                prescriber, verifiedBy, indication, instructions, ingredients, infusion, null);
    }

    /** An order that is not an infusion. */
    public PharmacyOrder(MessageHeader header, OrderControl control, String placerOrderNumber, int version,
                         OrderEventFacts event, OrderPatient patient, List<KnownAllergy> allergies,
                         OrderedProduct product, GiveDose dose, Form form, Route route, Timing timing,
                         Clinician prescriber, Clinician verifiedBy, String indication,
                         List<String> instructions, List<Ingredient> ingredients) {
        this(header, control, placerOrderNumber, version, event, patient, allergies, product, dose, form, route, timing,
                prescriber, verifiedBy, indication, instructions, ingredients, null, null);
    }

    public PharmacyOrder {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(control, "control");
        MessageHeader.requireText(placerOrderNumber, "placerOrderNumber");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1: " + version);
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(patient, "patient");
        allergies = List.copyOf(allergies);
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(prescriber, "prescriber");
        indication = Objects.requireNonNullElse(indication, "");
        instructions = List.copyOf(instructions);
        ingredients = List.copyOf(ingredients);
        if (supply != null && (control != OrderControl.NW || infusion != null)) {
            throw new IllegalArgumentException("a discharge supply is a new order (NW) of a medicine, not an infusion");
        }
        if (supply != null && !placerOrderNumber.equals(supply.placerOrderNumber())) {
            throw new IllegalArgumentException("a discharge supply goes by its own placer number, " + supply.placerOrderNumber());
        }
    }
}
