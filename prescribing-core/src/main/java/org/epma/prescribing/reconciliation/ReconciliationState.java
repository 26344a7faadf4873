package org.epma.prescribing.reconciliation;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a stay's reconciliation stands at a moment: its status, when it is due (NICE NG5 section 1.3, medicines reconciliation: within
 * 24 hours of admission, sooner where clinically necessary), and whether that has passed without completion.
 */
public record ReconciliationState(ReconciliationStatus status, Instant stayBegan, Instant dueAt, boolean overdue,
                                  int medicines, int undecided, String completedBy, Instant completedAt) {

    /** NICE NG5 section 1.3: medicines reconciliation within 24 hours of admission. */
    public static final Duration DUE_WITHIN = Duration.ofHours(24);

    public static ReconciliationState of(Instant stayBegan, int medicines, int undecided, String completedBy,
                                         Instant completedAt, Instant now) {
        ReconciliationStatus status;
        if (completedAt != null) {
            status = ReconciliationStatus.COMPLETED;
        } else if (undecided > 0) {
            status = ReconciliationStatus.AWAITING_DECISIONS;
        } else if (medicines > 0) {
            status = ReconciliationStatus.READY_TO_COMPLETE;
        } else {
            status = ReconciliationStatus.NOT_STARTED;
        }
        Instant due = stayBegan.plus(DUE_WITHIN);
        boolean overdue = completedAt == null ? now.isAfter(due) : completedAt.isAfter(due);
        return new ReconciliationState(status, stayBegan, due, overdue, medicines, undecided, completedBy, completedAt);
    }

    /** What the ward list and the pharmacy queue flag: not complete, or medicines still to decide. */
    public boolean needsAttention() {
        return !status.isComplete() || undecided > 0;
    }
}
