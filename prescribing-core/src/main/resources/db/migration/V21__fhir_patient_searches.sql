-- The FHIR searches by patient (docs/fhir.md): every pre-admission medicine of a patient, over all their stays
-- (MedicationStatement?patient), and every discharge prescription of a patient (MedicationRequest?patient, category
-- discharge). Without these each search reads the whole of its table; the discharge items are found through
-- discharge_item's unique (discharge_id, reference).
create index home_medicine_patient on home_medicine (patient_id, recorded_at);
create index discharge_prescription_patient on discharge_prescription (patient_id, started_at);
