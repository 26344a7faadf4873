package org.epma.prescribing.audit;

/**
 * One link of the audit chain as it is stored: written once, never changed (the application's database role may
 * only insert and read entries).
 */
public record AuditEntry(long seq, AuditFacts facts, String prevHash, String hash) {

    /** An entry after the key-change point, linked with the site's key. */
    public static AuditEntry keyed(long seq, AuditFacts facts, String prevHash, AuditChainKey key) {
        return new AuditEntry(seq, facts, prevHash, key.link(prevHash, facts.canonical(seq)));
    }

    /** An entry as written before the key-change point: linked by plain SHA-256. */
    public static AuditEntry unkeyed(long seq, AuditFacts facts, String prevHash) {
        return new AuditEntry(seq, facts, prevHash, AuditChain.link(prevHash, facts.canonical(seq)));
    }
}
