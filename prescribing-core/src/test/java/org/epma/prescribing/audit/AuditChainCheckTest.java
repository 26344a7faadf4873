package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's rules without a database: keyed links, the key-change point, rewritten entries. */
class AuditChainCheckTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final AuditChainKey key = AuditChainKey.generate();

    private static AuditFacts read(int i) {
        return new AuditFacts(AT.plusSeconds(i), "nurse.evans", "NURSE", AuditAction.READ, "Mar", Integer.toString(i),
                null, null, null, List.of((long) i));
    }

    /** {@code unkeyed} entries as written before the trail was keyed, then {@code keyed} appended the way AuditTrail does. */
    private List<AuditEntry> chain(int unkeyed, int keyed) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= unkeyed; seq++) {
            AuditEntry entry = AuditEntry.unkeyed(seq, read(seq), prev);
            entries.add(entry);
            prev = entry.hash();
        }
        AuditChainHead head = new AuditChainHead(unkeyed, prev, null);
        for (int i = 1; i <= keyed; i++) {
            entries.addAll(head.append(read(100 + i), key));
        }
        return entries;
    }

    private AuditChainReport check(List<AuditEntry> entries, AuditChainKey with) {
        AuditChainCheck check = new AuditChainCheck(with);
        for (AuditEntry entry : entries) {
            if (!check.accept(entry)) {
                return check.report();
            }
        }
        AuditEntry last = entries.get(entries.size() - 1);
        return check.finish(last.seq(), last.hash());
    }

    private static AuditEntry withFacts(AuditEntry entry, AuditFacts facts, String hash) {
        return new AuditEntry(entry.seq(), facts, entry.prevHash(), hash);
    }

    /** The chain after someone without the key changed entry {@code seq} and recomputed every hash from it as plain SHA-256. */
    private static List<AuditEntry> rewrittenWithoutTheKey(List<AuditEntry> chain, int seq, AuditFacts forged) {
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, seq - 1));
        String prev = seq == 1 ? AuditChain.GENESIS : chain.get(seq - 2).hash();
        for (AuditEntry entry : chain.subList(seq - 1, chain.size())) {
            AuditEntry replaced = AuditEntry.unkeyed(entry.seq(), entry.seq() == seq ? forged : entry.facts(), prev);
            rewritten.add(replaced);
            prev = replaced.hash();
        }
        return rewritten;
    }

    @Test
    void aNewTrailIsKeyedFromItsFirstEntry() {
        List<AuditEntry> chain = chain(0, 3);
        assertEquals(AuditAction.CHAIN_KEYED, chain.get(0).facts().action());
        assertEquals(key.id(), chain.get(0).facts().entityId());
        AuditChainReport report = check(chain, key);
        assertTrue(report.intact(), report.problem());
        assertTrue(report.keyed());
        assertEquals(4, report.entriesChecked());
        assertEquals(1L, report.keyedFromSeq());
        assertEquals(0, report.unkeyedEntries());
    }

    @Test
    void anUnkeyedTrailGoesOnFromAKeyChangePointThatNamesHowManyEntriesCameBefore() {
        List<AuditEntry> chain = chain(5, 2);
        AuditEntry point = chain.get(5);
        assertEquals(6, point.seq());
        assertEquals(AuditAction.CHAIN_KEYED, point.facts().action());
        assertTrue(point.facts().after().contains("\"unkeyedEntries\":5"), point.facts().after());
        AuditChainReport report = check(chain, key);
        assertTrue(report.intact(), report.problem());
        assertTrue(report.keyed());
        assertEquals(6L, report.keyedFromSeq());
        assertEquals(5, report.unkeyedEntries());
    }

    @Test
    void aKeyedEntryRewrittenWithAPlainSha256IsNamedAsRewrittenWithoutTheKey() {
        List<AuditEntry> chain = chain(0, 4);
        AuditFacts forged = new AuditFacts(AT, "dr.jones", "PRESCRIBER", AuditAction.READ, "Mar", "3", null, null, null, List.of(3L));
        AuditChainReport report = check(rewrittenWithoutTheKey(chain, 3, forged), key);
        assertFalse(report.intact());
        assertFalse(report.keyed());
        assertEquals(3L, report.firstBadSeq());
        assertEquals(2, report.entriesChecked());
        assertTrue(report.problem().contains("without the audit key"), report.problem());
    }

    @Test
    void anUnkeyedEntryRewrittenBeforeTheKeyChangePointBreaksTheChainAtThatPoint() {
        List<AuditEntry> chain = chain(3, 1);
        AuditChainReport report = check(rewrittenWithoutTheKey(chain, 2, read(42)), key);
        assertFalse(report.intact());
        assertEquals(4L, report.firstBadSeq(), report.problem());
    }

    @Test
    void patientsNamedByAnEntryAreCoveredByItsHash() {
        List<AuditEntry> chain = chain(0, 2);
        AuditEntry second = chain.get(2);
        AuditFacts f = second.facts();
        AuditFacts otherPatient = new AuditFacts(f.occurredAt(), f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(),
                f.before(), f.after(), f.reason(), List.of(999L));
        chain.set(2, withFacts(second, otherPatient, second.hash()));
        AuditChainReport report = check(chain, key);
        assertFalse(report.intact());
        assertEquals(3L, report.firstBadSeq());
    }

    @Test
    void aTrailWhoseKeyChangePointWasTurnedBackIntoPlainEntriesIsIntactButNotKeyed() {
        List<AuditEntry> chain = chain(2, 2);
        List<AuditEntry> plain = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (AuditEntry entry : chain.subList(0, 2)) {
            plain.add(entry);
            prev = entry.hash();
        }
        for (AuditEntry entry : chain.subList(3, chain.size())) { // the key-change point left out, the rest renumbered
            AuditEntry downgraded = AuditEntry.unkeyed(plain.size() + 1, read(200 + plain.size()), prev);
            plain.add(downgraded);
            prev = downgraded.hash();
        }
        AuditChainReport report = check(plain, key);
        assertTrue(report.intact(), report.problem());
        assertFalse(report.keyed(), "a trail with no key-change point must not be reported as keyed");
        assertEquals(4, report.unkeyedEntries());
    }

    @Test
    void aServerWithAnotherKeyRefusesToWriteToAKeyedTrail() {
        AuditChainHead head = new AuditChainHead(0, AuditChain.GENESIS, null);
        head.append(read(1), key);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> head.append(read(2), AuditChainKey.generate()));
        assertTrue(refused.getMessage().contains(key.id()), refused.getMessage());
    }

    @Test
    void aRemovedHeadOrEntriesMissingFromTheEndAreNamed() {
        List<AuditEntry> chain = chain(0, 3);
        AuditChainCheck check = new AuditChainCheck(key);
        chain.subList(0, 3).forEach(check::accept);
        AuditChainReport truncated = check.finish(4L, chain.get(3).hash());
        assertFalse(truncated.intact());
        assertEquals(4L, truncated.firstBadSeq());
        AuditChainCheck headless = new AuditChainCheck(key);
        chain.forEach(headless::accept);
        assertFalse(headless.finish(null, null).intact());
    }
}
