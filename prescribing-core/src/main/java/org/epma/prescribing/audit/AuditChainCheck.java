package org.epma.prescribing.audit;

/**
 * The rules of the chain, applied to stored entries one at a time in sequence order. Entries before the first
 * {@link AuditAction#CHAIN_KEYED} entry are linked by plain SHA-256; that entry and every later one by the site's
 * key, so the keyed part also vouches for everything before it. An entry after the key-change point whose hash is a
 * plain SHA-256 was rewritten by someone without the key, and is named as such.
 */
final class AuditChainCheck {

    private final AuditChainKey key;
    private long expectedSeq = 1;
    private String prevHash = AuditChain.GENESIS;
    private long checked;
    private Long keyedFrom;
    private AuditChainReport failure;

    AuditChainCheck(AuditChainKey key) {
        this.key = key;
    }

    /** Checks the next stored entry; false when the chain breaks here ({@link #report()} then says how). */
    boolean accept(AuditEntry stored) {
        long seq = stored.seq();
        if (seq != expectedSeq) {
            return fail(expectedSeq, "Entry " + expectedSeq + " has been removed (the next entry is " + seq + ").");
        }
        if (!prevHash.equals(stored.prevHash())) {
            return fail(seq, "Entry " + seq + " does not follow entry " + (seq - 1) + ": its link to the previous hash was changed.");
        }
        String canonical = stored.facts().canonical(seq);
        String plain = AuditChain.link(prevHash, canonical);
        boolean keyChange = keyedFrom == null && stored.facts().action() == AuditAction.CHAIN_KEYED;
        if (keyedFrom == null && !keyChange) {
            if (!plain.equals(stored.hash())) {
                return fail(seq, "Entry " + seq + " was altered after it was written.");
            }
        } else if (!key.link(prevHash, canonical).equals(stored.hash())) {
            if (keyChange && !key.id().equals(stored.facts().entityId())) {
                return fail(seq, "The trail is keyed from entry " + seq + " with key " + stored.facts().entityId()
                        + ", not with this key (" + key.id() + "): check with the site's audit key.");
            }
            if (plain.equals(stored.hash())) {
                return fail(seq, "Entry " + seq + " was rewritten: its hash is a plain SHA-256, recomputed by someone"
                        + " without the audit key, where a keyed hash belongs.");
            }
            return fail(seq, "Entry " + seq + " was altered after it was written.");
        }
        if (keyChange) {
            keyedFrom = seq;
        }
        prevHash = stored.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    /** An entry whose stored fields cannot even be read back (e.g. an action no version ever wrote). */
    boolean unreadable(long seq, String why) {
        return fail(seq, "Entry " + seq + " was altered: " + why);
    }

    /**
     * The verdict once every entry has been accepted, against the chain head (null when its row is missing), which
     * shows entries removed from the end.
     */
    AuditChainReport finish(Long headLastSeq, String headLastHash) {
        if (failure != null) {
            return failure;
        }
        if (headLastSeq == null) {
            return broken(expectedSeq, "The chain head row has been removed.");
        }
        if (headLastSeq > checked) {
            return broken(expectedSeq, "Entries " + expectedSeq + " to " + headLastSeq + " have been removed from the end of the trail.");
        }
        if (headLastSeq < checked || !prevHash.equals(headLastHash)) {
            return broken(headLastSeq + 1, "The chain head does not match the last entry.");
        }
        return AuditChainReport.intact(checked, keyedFrom, key.id());
    }

    AuditChainReport report() {
        return failure;
    }

    private boolean fail(long seq, String problem) {
        failure = broken(seq, problem);
        return false;
    }

    private AuditChainReport broken(long seq, String problem) {
        return AuditChainReport.broken(checked, seq, problem, keyedFrom, key.id());
    }
}
