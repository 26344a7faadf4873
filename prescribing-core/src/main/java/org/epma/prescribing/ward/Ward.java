package org.epma.prescribing.ward;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "ward")
public class Ward {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_cy", nullable = false)
    private String nameCy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WardSpecialty specialty;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Frequency code (OD, BD, TDS …) to the ward's standard local dose times, e.g. "08:00,20:00". */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ward_dose_time", joinColumns = @JoinColumn(name = "ward_code"))
    @MapKeyColumn(name = "frequency")
    @Column(name = "times")
    private Map<String, String> doseTimes = new TreeMap<>();

    @Column(name = "dose_window_minutes", nullable = false)
    private int doseWindowMinutes = 60;

    @Column(name = "time_critical_window_minutes", nullable = false)
    private int timeCriticalWindowMinutes = 30;

    @Version
    private long version;

    protected Ward() {
    }

    public Ward(WardDefinition definition) {
        this.code = definition.code();
        take(definition);
    }

    /** Takes the site's current settings for this ward; returns whether anything changed. */
    public boolean apply(WardDefinition definition) {
        if (!definition.code().equals(code)) {
            throw new IllegalArgumentException("definition of ward " + definition.code() + " applied to " + code);
        }
        boolean changed = !definition.equals(definition());
        take(definition);
        return changed;
    }

    private void take(WardDefinition definition) {
        name = definition.name();
        nameCy = definition.nameCy();
        specialty = definition.specialty();
        timeZone = definition.timeZone().getId();
        doseTimes.clear();
        doseTimes.putAll(definition.doseTimes());
        doseWindowMinutes = definition.doseWindows().standardMinutes();
        timeCriticalWindowMinutes = definition.doseWindows().timeCriticalMinutes();
    }

    public WardDefinition definition() {
        return new WardDefinition(code, name, nameCy, specialty, ZoneId.of(timeZone), Map.copyOf(doseTimes),
                new WardDefinition.DoseWindows(doseWindowMinutes, timeCriticalWindowMinutes));
    }

    public String code() { return code; }
    public String name() { return name; }
    public String nameCy() { return nameCy; }
    public WardSpecialty specialty() { return specialty; }
    public ZoneId timeZone() { return ZoneId.of(timeZone); }
    public Map<String, String> doseTimes() { return Map.copyOf(doseTimes); }
    public WardDefinition.DoseWindows doseWindows() { return new WardDefinition.DoseWindows(doseWindowMinutes, timeCriticalWindowMinutes); }
}
