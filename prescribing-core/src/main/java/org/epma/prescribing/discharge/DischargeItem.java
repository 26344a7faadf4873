package org.epma.prescribing.discharge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Formulary;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.Route;
import org.epma.prescribing.formulary.Unit;
import org.epma.prescribing.formulary.UnitColumn;

/**
 * One medicine of a discharge prescription: a current order (which goes home unless the prescriber says it stops at
 * discharge, with the supply to give) or a medicine of the pre-admission list (which the comparison pairs with an order
 * or finds stopped). The prescriber's reason is kept on the item it explains: a new or changed medicine's on its order,
 * a stopped one's on the pre-admission item.
 */
@Entity
@Table(name = "discharge_item")
public class DischargeItem {

    /** Where the item came from. */
    public enum Source { ORDER, BEFORE_ADMISSION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "discharge_id", nullable = false, updatable = false)
    private Long dischargeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    /** The order's lineage for an ORDER item; the pre-admission record's reference for the other. */
    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(nullable = false, updatable = false)
    private String medicine;

    @Column(nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal dose;

    @Column(name = "dose_up_to", updatable = false, precision = 14, scale = 4)
    private BigDecimal doseUpTo;

    @Column(name = "dose_unit", nullable = false, updatable = false)
    @Convert(converter = UnitColumn.class)
    private Unit doseUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Column(name = "going_home", nullable = false)
    private boolean goingHome;

    private String reason;

    @Column(name = "supply_quantity", precision = 14, scale = 4)
    private BigDecimal supplyQuantity;

    @Column(name = "supply_days")
    private Integer supplyDays;

    @Column(name = "own_supply", nullable = false)
    private boolean ownSupply;

    protected DischargeItem() {
    }

    DischargeItem(long dischargeId, Source source, MedicineLine line) {
        this.dischargeId = dischargeId;
        this.source = source;
        this.reference = line.reference();
        this.productCode = line.product() == null ? null : line.product().code();
        this.medicine = line.medicine();
        this.dose = line.dose().amount();
        this.doseUpTo = line.dose().upTo();
        this.doseUnit = line.dose().unit();
        this.route = line.route();
        this.frequency = line.frequency();
        this.goingHome = source == Source.ORDER;
    }

    /** The item as the comparison reads it. */
    public MedicineLine line(Formulary formulary) {
        return new MedicineLine(reference, productCode == null ? null : formulary.product(productCode).orElse(null), medicine,
                new Dose(dose, doseUpTo, doseUnit), route, frequency);
    }

    void decide(boolean goingHome, String reason, BigDecimal supplyQuantity, Integer supplyDays, boolean ownSupply) {
        this.goingHome = source == Source.ORDER && goingHome;
        this.reason = reason;
        this.supplyQuantity = this.goingHome && !ownSupply ? supplyQuantity : null;
        this.supplyDays = this.goingHome ? supplyDays : null;
        this.ownSupply = this.goingHome && ownSupply;
    }

    /** Dispensed by the hospital's pharmacy once the prescription is screened: an inpatient order going home with a quantity. */
    public boolean dispensedByHospital() {
        return source == Source.ORDER && goingHome && !ownSupply && supplyQuantity != null;
    }

    /** Supplied from the hospital (a quantity for a number of days) or from the patient's own medicines. */
    boolean supplySaid() {
        return ownSupply || supplyQuantity != null && supplyQuantity.signum() > 0 && supplyDays != null && supplyDays > 0;
    }

    public Long id() { return id; }
    public Long dischargeId() { return dischargeId; }
    public Source source() { return source; }
    public String reference() { return reference; }
    public String productCode() { return productCode; }
    public String medicine() { return medicine; }
    public Dose dose() { return new Dose(dose, doseUpTo, doseUnit); }
    public Route route() { return route; }
    public Frequency frequency() { return frequency; }
    public boolean goingHome() { return goingHome; }
    public String reason() { return reason; }
    public BigDecimal supplyQuantity() { return supplyQuantity; }
    public Integer supplyDays() { return supplyDays; }
    public boolean ownSupply() { return ownSupply; }
}
