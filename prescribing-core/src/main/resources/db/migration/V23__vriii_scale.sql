-- A variable-rate intravenous insulin infusion (VRIII) carries its glucose scale with the order (docs/infusions.md,
-- "VRIII"): the prescriber's rising bands, each a lower bound in mmol/L and a rate in units/hour or STOP, written
-- "0=STOP;4=1;8=2". Like the rest of the infusion part it is never edited: a new scale is a new order.
alter table prescription_infusion add column vriii_scale varchar(1000);
