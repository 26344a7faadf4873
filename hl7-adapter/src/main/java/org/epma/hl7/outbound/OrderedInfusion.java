package org.epma.hl7.outbound;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.epma.prescribing.formulary.Unit;

/**
 * What makes an order an infusion on the wire (docs/hl7.md, Infusions): the bag's components, each an RXC (the fluid as
 * the base "B", the drug added to it as an additive "A"; a stocked bag is its one base), the rate the pump runs at (RXE-23
 * and RXE-24, in mL/hour), and how long one bag or dose runs (TQ1-13), in hours or in minutes.
 *
 * @param minutesEach how long one intermittent dose or one bag runs, in minutes; null when it runs until stopped
 */
public record OrderedInfusion(List<Component> components, BigDecimal rateMlPerHour, Integer minutesEach) {

    /** One RXC: {@code type} "B" (base) or "A" (additive), HL7 table 0166. */
    public record Component(String type, String code, String name, BigDecimal amount, Unit unit) {
        public Component {
            if (!"B".equals(type) && !"A".equals(type)) {
                throw new IllegalArgumentException("a component is a base (B) or an additive (A): " + type);
            }
            MessageHeader.requireText(code, "code");
            MessageHeader.requireText(name, "name");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
        }
    }

    public OrderedInfusion {
        components = List.copyOf(components);
        if (components.stream().noneMatch(c -> c.type().equals("B"))) {
            throw new IllegalArgumentException("an infusion has a base fluid");
        }
        Objects.requireNonNull(rateMlPerHour, "rateMlPerHour");
        if (rateMlPerHour.signum() <= 0) {
            throw new IllegalArgumentException("an infusion runs at more than 0 mL/hour: " + rateMlPerHour);
        }
        if (minutesEach != null && minutesEach <= 0) {
            throw new IllegalArgumentException("a bag runs for more than 0 minutes: " + minutesEach);
        }
    }
}
