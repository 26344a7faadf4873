-- A discharge prescription's supply goes to pharmacy through the outbox like any order (docs/hl7.md, "Discharge
-- supply"): one RDE^O11 per medicine going home with a quantity from the hospital. The row still names the order version
-- the medicine goes home as (prescription_id: the interface screen names its patient and medicine from it); the
-- discharge item says what to dispense. Null for every message about an inpatient order.
alter table outbox_message add column discharge_item_id bigint references discharge_item (id);
create index outbox_message_discharge_item on outbox_message (discharge_item_id) where discharge_item_id is not null;
