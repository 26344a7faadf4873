package org.epma.prescribing.audit;

/**
 * The result of checking the chain: intact or not, keyed or not, and the first entry that was altered or removed.
 *
 * @param intact         every entry links to the one before and its hash is right
 * @param keyed          intact, and linked with the site's audit key from a key-change point on, so an entry rewritten by
 *                       someone without the key shows
 * @param firstBadSeq    the sequence number of the first entry that fails, or null when the chain is intact
 * @param keyedFromSeq   the key-change point: the entry from which every entry is keyed; null when there is none
 * @param unkeyedEntries the entries before the key-change point, linked by plain SHA-256 (written before the
 *                       trail was keyed); they are protected only through the keyed entries that follow them
 * @param keyId          the id of the key the check used (never the key itself)
 */
public record AuditChainReport(boolean intact, boolean keyed, long entriesChecked, Long firstBadSeq, String problem,
                               Long keyedFromSeq, long unkeyedEntries, String keyId) {

    static AuditChainReport intact(long checked, Long keyedFromSeq, String keyId) {
        return new AuditChainReport(true, keyedFromSeq != null, checked, null, null, keyedFromSeq,
                keyedFromSeq == null ? checked : keyedFromSeq - 1, keyId);
    }

    static AuditChainReport broken(long checked, long seq, String problem, Long keyedFromSeq, String keyId) {
        return new AuditChainReport(false, false, checked, seq, problem, keyedFromSeq,
                keyedFromSeq == null ? checked : keyedFromSeq - 1, keyId);
    }
}
