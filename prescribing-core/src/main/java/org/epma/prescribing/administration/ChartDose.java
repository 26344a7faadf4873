package org.epma.prescribing.administration;

import java.time.Instant;
import org.epma.prescribing.ward.DoseWindow;
import org.epma.prescribing.ward.DueStatus;

/**
 * One scheduled dose of an order as the chart shows it: its time, its window, and either the record made for it or
 * where it stands against the window now.
 */
public record ChartDose(long prescriptionId, long lineageId, Instant scheduledAt, DoseWindow.Bounds window, State state,
                        Administration record) {

    public enum State {
        /** Its window has not opened. */
        NOT_YET_DUE,
        /** Within its window, not yet recorded. */
        DUE,
        /** Its window has closed and nothing is recorded: an omission until someone records it. */
        OVERDUE,
        GIVEN,
        NOT_GIVEN;

        static State of(DueStatus status) {
            return switch (status) {
                case NOT_YET_DUE -> NOT_YET_DUE;
                case DUE -> DUE;
                case OVERDUE -> OVERDUE;
            };
        }

        public boolean recorded() {
            return this == GIVEN || this == NOT_GIVEN;
        }
    }
}
