package org.epma.prescribing.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every check on a proposed order against the patient's state and their other active and pending
 * orders. The result is each problem once (the most severe version of it), most severe first.
 */
public final class OrderChecks {

    private final List<OrderCheck> checks;

    public OrderChecks(CheckRules rules) {
        this.checks = List.of(new AllergyChecks(rules), new RouteChecks(rules), new DoseChecks(rules), new DoseUnitBackstop(),
                new PatientStateChecks(rules), new DuplicateTherapyCheck(rules), new InteractionCheck(rules));
    }

    /**
     * @param current the patient's other active and pending orders (an order with the proposed order's
     *                reference, the version it replaces, is left out)
     */
    public List<Alert> check(PatientState patient, List<OrderLine> current, OrderLine proposed) {
        List<OrderLine> others = current.stream()
                .filter(o -> proposed.reference() == null || !proposed.reference().equals(o.reference())).toList();
        List<Alert> found = new ArrayList<>();
        for (OrderCheck check : checks) {
            check.check(patient, others, proposed, found);
        }
        Map<String, Alert> byKey = new LinkedHashMap<>();
        for (Alert alert : found) {
            byKey.merge(alert.key(), alert, (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b);
        }
        List<Alert> alerts = new ArrayList<>(byKey.values());
        alerts.sort(Alert.MOST_SEVERE_FIRST);
        return alerts;
    }

    /** One family of checks. */
    interface OrderCheck {
        void check(PatientState patient, List<OrderLine> others, OrderLine proposed, List<Alert> alerts);
    }
}
