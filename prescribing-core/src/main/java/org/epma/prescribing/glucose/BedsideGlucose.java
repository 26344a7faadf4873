package org.epma.prescribing.glucose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.epma.prescribing.audit.Actor;
import org.epma.prescribing.audit.AuditAction;
import org.epma.prescribing.audit.AuditTrail;
import org.epma.prescribing.patient.PatientRecords;

/** Recording bedside blood glucose and ketones, and reading them back for the chart. */
@ApplicationScoped
@Transactional
public class BedsideGlucose {

    private final GlucoseReadings readings;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public BedsideGlucose(GlucoseReadings readings, PatientRecords patients, AuditTrail audit, Clock clock) {
        this.readings = readings;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    protected BedsideGlucose() {
        this(null, null, null, null);
    }

    public GlucoseReading record(long patientId, BigDecimal glucose, BigDecimal ketones, Instant measuredAt, Actor by) {
        patients.get(patientId);
        Instant now = clock.instant();
        GlucoseReading reading = new GlucoseReading(patientId, glucose, ketones, measuredAt == null ? now : measuredAt,
                by.username(), now);
        readings.add(reading);
        audit.record(by, AuditAction.CREATED, "GlucoseReading", reading.id(), null, reading.auditState(), null);
        return reading;
    }

    /** The patient's readings, latest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GlucoseReading> latest(long patientId, int limit) {
        patients.get(patientId);
        return readings.latest(patientId, limit);
    }
}
