package org.epma.hl7.mllp;

import java.time.Duration;
import java.time.Instant;

/**
 * What became of one message sent by {@link MllpClient}. The outbox decides from {@link #retryable()} whether
 * to send again later or park the message for a person: a content error will fail the same way every time.
 */
public sealed interface DeliveryOutcome {

    /** Whether sending the same message again may succeed. */
    boolean retryable();

    /** The receiver accepted and processed the message (AA, or CA when no application ACK was asked for). */
    record Delivered(String ack, Instant at) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The receiver found the content wrong (AE or CE): resending the same message will not help. */
    record ContentError(String errorText, String ack) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The receiver refused the message for now (AR or CR): busy, down or misconfigured; try again later. */
    record Rejected(String text, String ack) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** No acknowledgement came within the ACK timeout; the receiver may or may not have the message. */
    record NoAnswer(String reason, Duration waited) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** The connection could not be made, or broke before an acknowledgement arrived. */
    record ConnectionFailed(String reason) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /**
     * An answer came that does not acknowledge this message: an ACK for another control id, an unreadable
     * ACK, or an unknown acknowledgement code. It is never taken as success.
     */
    record UnexpectedAnswer(String reason, String answer) implements DeliveryOutcome {
        @Override
        public boolean retryable() {
            return true;
        }
    }
}
