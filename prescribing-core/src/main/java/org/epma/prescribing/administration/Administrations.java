package org.epma.prescribing.administration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administration chart's records (doses given, not given, and strikings-through) and the effects of as-needed
 * doses. Records are only ever added: the table refuses updates and deletes.
 */
public interface Administrations extends DoseHistory {

    Optional<Administration> find(long id);

    /** The record a request with this idempotency key made, if one did. */
    Optional<Administration> byKey(String idempotencyKey);

    /** Stores a new record and gives it its id. */
    void add(Administration record);

    /** The record striking this one through, if there is one. */
    Optional<Administration> correctionOf(long administrationId);

    /** The ids, among these, of records a later record marked in error. */
    Set<Long> struckThrough(Collection<Long> administrationIds);

    /**
     * The scheduled dose times of the lineages between {@code from} and {@code until} that have a standing record (not
     * struck through), by lineage: a projection, not whole records, for the drug round.
     */
    Map<Long, Set<Instant>> recordedDoseTimes(Collection<Long> lineageIds, Instant from, Instant until);

    /** Records of the lineages given, or scheduled, at or after {@code since}, by lineage. */
    Map<Long, List<Administration>> recordsSince(Collection<Long> lineageIds, Instant since);

    /** Doses recorded GIVEN from {@code from} to before {@code to} to patients while on the ward. */
    List<Administration> givenOnWard(String wardCode, Instant from, Instant to);

    Optional<PrnEffect> effectByKey(String idempotencyKey);

    /** Stores a new effect and gives it its id. */
    void addEffect(PrnEffect effect);

    /** The effects recorded for these records, oldest first, by record. */
    Map<Long, List<PrnEffect>> effectsOf(Collection<Long> administrationIds);
}
