package org.epma.prescribing.ward;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.epma.prescribing.formulary.Product;
import org.epma.prescribing.order.DoseSchedule;

/** The ward settings a dose is judged by: its time zone, standard dose times and dose windows. */
public record WardContext(ZoneId zone, DoseSchedule schedule, WardDefinition.DoseWindows windows) {

    /** For a patient on no ward: the hospital defaults of CLINICAL.md. */
    public static final WardContext DEFAULT = new WardContext(WardDefinition.DEFAULT_TIME_ZONE,
            new DoseSchedule(Map.of(), WardDefinition.DEFAULT_TIME_ZONE), WardDefinition.DoseWindows.STANDARD);

    public static WardContext of(Ward ward) {
        return new WardContext(ward.timeZone(), new DoseSchedule(ward.doseTimes(), ward.timeZone()), ward.doseWindows());
    }

    /** The settings of the ward a patient is on ({@link WardService#currentPlace}), or the defaults when on none. */
    public static WardContext of(Optional<WardService.Place> place) {
        return place.map(p -> of(p.ward())).orElse(DEFAULT);
    }

    public DoseWindow windowFor(Product product) {
        return DoseWindow.forProduct(product, windows.standardMinutes(), windows.timeCriticalMinutes());
    }
}
