package org.epma.prescribing.audit;

/**
 * The result of checking the chain: intact, or the first entry that was altered or removed and how.
 *
 * @param firstBadSeq the sequence number of the first entry that fails, or null when the chain is intact
 */
public record AuditChainReport(boolean intact, long entriesChecked, Long firstBadSeq, String problem) {

    static AuditChainReport intact(long checked) {
        return new AuditChainReport(true, checked, null, null);
    }

    static AuditChainReport broken(long checked, long seq, String problem) {
        return new AuditChainReport(false, checked, seq, problem);
    }
}
