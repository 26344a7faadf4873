package org.epma.prescribing.ward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "bed")
public class Bed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(nullable = false)
    private String label;

    protected Bed() {
    }

    public Bed(String wardCode, String label) {
        this.wardCode = wardCode;
        this.label = label;
    }

    public Long id() { return id; }
    public String wardCode() { return wardCode; }
    public String label() { return label; }
}
