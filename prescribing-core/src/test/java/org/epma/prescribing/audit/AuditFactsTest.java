package org.epma.prescribing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFactsTest {

    private static final Instant AT = Instant.parse("2026-03-29T00:59:59.123456789Z");

    private static AuditFacts facts(String before, String after) {
        return new AuditFacts(AT, "nurse.evans", "NURSE", AuditAction.CHANGED, "Patient", "7", before, after, null);
    }

    @Test
    void timeIsKeptToTheMicrosecondThatPostgresStores() {
        assertEquals(Instant.parse("2026-03-29T00:59:59.123456Z"), facts("a", "b").occurredAt());
    }

    @Test
    void movingTextBetweenNeighbouringFieldsChangesTheCanonicalContent() {
        assertNotEquals(facts("ab", "c").canonical(1), facts("a", "bc").canonical(1));
        assertNotEquals(facts(null, "x").canonical(1), facts("", "x").canonical(1));
        assertNotEquals(facts("-", null).canonical(1), facts(null, null).canonical(1));
    }

    @Test
    void theSequenceNumberIsPartOfTheHashedContent() {
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, facts("a", "b").canonical(1)),
                AuditChain.link(AuditChain.GENESIS, facts("a", "b").canonical(2)));
    }

    @Test
    void linkIsTheSha256OfThePreviousHashAndTheContent() {
        // sha256("000…000\nx") computed independently with `printf '%064d\nx' 0 | sha256sum`
        assertEquals("0152f4f98e11e409b35bfa9b5e18c329427b7f29deedbc071733db222ce38158",
                AuditChain.link(AuditChain.GENESIS, "x"));
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, "x"), AuditChain.link("1".repeat(64), "x"));
    }

    @Test
    void thePatientsAnEntryNamesArePartOfTheHashedContentInOneOrder() {
        AuditFacts none = facts("a", "b");
        AuditFacts empty = new AuditFacts(AT, "nurse.evans", "NURSE", AuditAction.READ, "DrugRound", "DEWI", null, null, null, List.of());
        AuditFacts three = new AuditFacts(AT, "nurse.evans", "NURSE", AuditAction.READ, "DrugRound", "DEWI", null, null, null,
                List.of(12L, 3L, 7L, 3L));
        assertEquals(List.of(3L, 7L, 12L), three.patients());
        assertEquals("3,7,12", three.patientList());
        assertTrue(three.canonical(1).endsWith("6:3,7,12;"), three.canonical(1));
        assertNotEquals(empty.canonical(1), new AuditFacts(AT, "nurse.evans", "NURSE", AuditAction.READ, "DrugRound", "DEWI",
                null, null, null, null).canonical(1));
        assertEquals("1:1;27:2026-03-29T00:59:59.123456Z;11:nurse.evans;5:NURSE;7:CHANGED;7:Patient;1:7;1:a;1:b;-;",
                none.canonical(1), "entries that name no patients keep the canonical text they were hashed with");
    }
}
