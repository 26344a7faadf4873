package org.epma.web.audit;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reads one session recorded lately. A screen that refreshes itself (a ward's drug round every minute, on every
 * ward computer) would otherwise write the same entry all shift: an automatic refresh is recorded only when it shows
 * something the session has not been recorded reading in the last {@link #WINDOW} (another ward, a patient newly
 * admitted to the list), or when the window has passed. What a person asks for is always recorded.
 */
final class RecentReads implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Enough for a shift's screens; the oldest is forgotten first, which at worst records a refresh again. */
    private static final int REMEMBERED = 64;

    private final LinkedHashMap<String, Instant> recorded = new LinkedHashMap<>();

    /** Whether to record this read now: always, unless it is automatic and was recorded within the window. */
    synchronized boolean due(String read, boolean automatic, Instant now) {
        Instant last = recorded.get(read);
        return !automatic || last == null || !now.isBefore(last.plus(WINDOW));
    }

    /** Remembers a read once its entry is written (not before: a read whose entry failed must be tried again). */
    synchronized void recorded(String read, Instant at) {
        recorded.remove(read);
        recorded.put(read, at);
        Iterator<Map.Entry<String, Instant>> oldest = recorded.entrySet().iterator();
        while (recorded.size() > REMEMBERED) {
            oldest.next();
            oldest.remove();
        }
    }
}
