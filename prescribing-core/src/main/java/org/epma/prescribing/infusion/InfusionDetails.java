package org.epma.prescribing.infusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Unit;

/**
 * What makes one version of an order an infusion, kept beside its prescription row and, like it, never edited: a change
 * of rate beyond the titration bounds is a new version of the order with its own row.
 */
@Entity
@Table(name = "prescription_infusion")
public class InfusionDetails {

    @Id
    @Column(name = "prescription_id")
    private Long prescriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InfusionKind kind;

    @Column(name = "drug_amount", precision = 14, scale = 4)
    private BigDecimal drugAmount;

    @Column(name = "drug_unit")
    private String drugUnit;

    @Column(name = "diluent_code")
    private String diluentCode;

    @Column(name = "final_volume_ml", nullable = false, precision = 14, scale = 4)
    private BigDecimal finalVolumeMl;

    @Column(name = "rate_ml_per_hour", nullable = false, precision = 14, scale = 4)
    private BigDecimal rateMlPerHour;

    @Column(name = "dose_rate", precision = 14, scale = 4)
    private BigDecimal doseRate;

    @Column(name = "dose_rate_unit")
    private String doseRateUnit;

    @Column(name = "duration_hours", precision = 8, scale = 2)
    private BigDecimal durationHours;

    @Column(name = "over_minutes")
    private Integer overMinutes;

    @Column(name = "titration_lowest", precision = 14, scale = 4)
    private BigDecimal titrationLowest;

    @Column(name = "titration_highest", precision = 14, scale = 4)
    private BigDecimal titrationHighest;

    @Column(name = "titration_target")
    private String titrationTarget;

    @Column(nullable = false)
    private boolean peripheral;

    @Column(name = "ml_in_24h", nullable = false, precision = 14, scale = 4)
    private BigDecimal mlIn24h;

    @Column(nullable = false)
    private String description;

    /** A VRIII's scale as {@link VriiiScale#stored()} writes it; null for any other infusion. */
    @Column(name = "vriii_scale")
    private String vriiiScale;

    protected InfusionDetails() {
    }

    public InfusionDetails(long prescriptionId, InfusionOrder order) {
        this.prescriptionId = prescriptionId;
        this.kind = order.kind();
        if (order.bag().drug() != null) {
            this.drugAmount = order.bag().drug().amount();
            this.drugUnit = order.bag().drug().unit().symbol();
        }
        this.diluentCode = order.bag().diluentCode();
        this.finalVolumeMl = order.bag().finalVolumeMl();
        this.rateMlPerHour = InfusionRates.pumpRate(order.rateMlPerHour());
        if (order.doseRate() != null) {
            this.doseRate = order.doseRate().amount();
            this.doseRateUnit = order.doseRate().unit().name();
        }
        this.durationHours = order.durationHours();
        this.overMinutes = order.overMinutes();
        if (order.titration() != null) {
            this.titrationLowest = order.titration().lowest().amount();
            this.titrationHighest = order.titration().highest().amount();
            this.titrationTarget = order.titration().target();
        }
        this.peripheral = order.peripheral();
        this.mlIn24h = order.mlIn24Hours().setScale(4, java.math.RoundingMode.HALF_UP);
        this.description = order.describe();
        this.vriiiScale = order.vriii() == null ? null : order.vriii().stored();
    }

    public Long prescriptionId() {
        return prescriptionId;
    }

    public InfusionKind kind() {
        return kind;
    }

    /** The drug in the bag; null for a fluid. */
    public Quantity drug() {
        return drugAmount == null ? null : new Quantity(drugAmount, Unit.parse(drugUnit).orElseThrow());
    }

    public String diluentCode() {
        return diluentCode;
    }

    public BigDecimal finalVolumeMl() {
        return finalVolumeMl;
    }

    public BigDecimal rateMlPerHour() {
        return rateMlPerHour;
    }

    public DoseRate doseRate() {
        return doseRate == null ? null : new DoseRate(doseRate, DoseRateUnit.valueOf(doseRateUnit));
    }

    public BigDecimal durationHours() {
        return durationHours;
    }

    public Integer overMinutes() {
        return overMinutes;
    }

    public Titration titration() {
        if (titrationLowest == null) {
            return null;
        }
        DoseRateUnit unit = DoseRateUnit.valueOf(doseRateUnit);
        return new Titration(new DoseRate(titrationLowest, unit), new DoseRate(titrationHighest, unit), titrationTarget);
    }

    public boolean peripheral() {
        return peripheral;
    }

    /** The mL the infusion runs in 24 hours at its prescribed rate, for the daily fluid total of later orders. */
    public BigDecimal mlIn24h() {
        return mlIn24h;
    }

    /** The glucose scale a VRIII's rate follows; null for any other infusion. */
    public VriiiScale vriii() {
        return vriiiScale == null ? null : VriiiScale.parse(vriiiScale);
    }

    public String description() {
        return description;
    }
}
