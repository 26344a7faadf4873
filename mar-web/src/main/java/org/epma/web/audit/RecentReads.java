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

    /** Whether to record this read; a read that is recorded is remembered from {@code now}. */
    synchronized boolean record(String read, boolean automatic, Instant now) {
        Instant last = recorded.get(read);
        if (automatic && last != null && now.isBefore(last.plus(WINDOW))) {
            return false;
        }
        recorded.remove(read);
        recorded.put(read, now);
        Iterator<Map.Entry<String, Instant>> oldest = recorded.entrySet().iterator();
        while (recorded.size() > REMEMBERED) {
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
