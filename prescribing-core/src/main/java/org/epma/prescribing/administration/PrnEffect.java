package org.epma.prescribing.administration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** What an as-needed dose did (pain eased, still nauseated …), recorded some time after it was given. */
@Entity
@Table(name = "prn_effect")
public class PrnEffect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "administration_id", nullable = false, updatable = false)
    private Long administrationId;

    @Column(nullable = false, updatable = false)
    private String effect;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected PrnEffect() {
    }

    public PrnEffect(String idempotencyKey, long administrationId, String effect, Instant recordedAt, String recordedBy) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.administrationId = administrationId;
        this.effect = Objects.requireNonNull(effect);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public Long administrationId() { return administrationId; }
    public String effect() { return effect; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
