package org.epma.web.audit;

/** What a read showed, as the audit trail's entity type names it. */
public enum ReadRecord {
    PATIENT("Patient"),
    PATIENT_PRESCRIPTIONS("PatientPrescriptions"),
    MAR("Mar"),
    PRESCRIPTION("Prescription"),
    PRESCRIPTION_VERSIONS("PrescriptionVersions"),
    PHARMACY_INTERVENTIONS("PharmacyInterventions"),
    ADMINISTRATION("Administration"),
    DRUG_ROUND("DrugRound"),
    WARD_PATIENTS("WardPatients"),
    VERIFICATION_QUEUE("VerificationQueue"),
    MISSING_DOSE_REQUESTS("MissingDoseRequests"),
    DIRECTION_ORDERS("DirectionOrders"),
    DISCHARGE("Discharge"),
    DISCHARGE_GP_SUMMARY("DischargeGpSummary"),
    DISCHARGE_MEDICINES_LIST("DischargeMedicinesList"),
    INFUSION_EVENTS("InfusionEvents"),
    MEDICINES_RECONCILIATION("MedicinesReconciliation"),
    RECONCILIATION_QUEUE("ReconciliationQueue"),
    VTE_ASSESSMENTS_DUE("VteAssessmentsDue"),
    INTERFACE_MESSAGES("InterfaceMessages"),
    DOWNTIME_CHART("DowntimeChart"),
    CONTROLLED_DRUG_REGISTER("ControlledDrugRegister"),
    PATIENT_MAR_REPORT("PatientMarReport"),
    CRITICAL_DOSE_OMISSIONS("CriticalDoseOmissions"),
    OVERRIDES_AND_INTERVENTIONS("OverridesAndInterventions"),
    AUDIT_TRAIL("AuditTrail");

    private final String entityType;

    ReadRecord(String entityType) {
        this.entityType = entityType;
    }

    public String entityType() {
        return entityType;
    }
}
