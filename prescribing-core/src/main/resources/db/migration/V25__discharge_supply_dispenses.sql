-- A dispensing system reports a discharge supply (RDS^O13 naming discharge-<id>-item-<id> in ORC-2) against the
-- discharge item, not an inpatient order: such a record has no order lineage, so it never shows on the MAR as the
-- ward's supply, and every record names exactly one of the two.
alter table dispense_record add column discharge_item_id bigint references discharge_item (id);
alter table dispense_record add constraint dispense_record_names_order_or_discharge_item
    check ((lineage_id is null) <> (discharge_item_id is null));
create index dispense_record_discharge_item on dispense_record (discharge_item_id) where discharge_item_id is not null;
