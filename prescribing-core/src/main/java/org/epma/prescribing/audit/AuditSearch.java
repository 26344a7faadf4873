package org.epma.prescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.refusal.InvalidInputException;

/** Finds audit entries for those who review the trail: by user, patient, action and time, newest first, a page at a time. */
@ApplicationScoped
public class AuditSearch {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    /** Deep pages cost the database a scan of everything before them: narrow the search instead. */
    public static final int MAX_PAGE = 1000;

    /**
     * What to look for; every part is optional. A patient matches the entries that name them (reads) and the
     * changes to their own record.
     *
     * @param to exclusive
     */
    public record Filter(String user, Long patientId, AuditAction action, Instant from, Instant to) {
    }

    /** One stored entry as a reviewer sees it. */
    public record Entry(long seq, Instant occurredAt, String actor, String actorRole, String action, String entityType,
                        String entityId, List<Long> patients, String before, String after, String reason) {
    }

    /** @param more whether a later page has entries */
    public record Page(List<Entry> entries, int page, int size, boolean more) {
    }

    private final AuditEntries entries;

    @Inject
    public AuditSearch(AuditEntries entries) {
        this.entries = entries;
    }

    protected AuditSearch() {
        this(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(Filter filter, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", AuditSentence.PAGE_SIZE.with(MAX_PAGE_SIZE), "A page holds 1 to " + MAX_PAGE_SIZE + " entries.");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", AuditSentence.PAGE_NUMBER.with(MAX_PAGE),
                    "Pages are numbered 0 to " + MAX_PAGE + "; narrow the search to see older entries.");
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInputException("to", AuditSentence.END_AFTER_START.with(), "The end of the period must be after its start.");
        }
        List<Entry> entries = this.entries.newestFirst(filter, (long) page * size, size + 1);
        boolean more = entries.size() > size;
        return new Page(List.copyOf(more ? entries.subList(0, size) : entries), page, size, more);
    }
}
