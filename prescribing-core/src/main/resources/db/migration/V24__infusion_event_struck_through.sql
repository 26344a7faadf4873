-- An infusion's event made in error is struck through by a correction beside it (docs/infusions.md, "Striking an event
-- through"), as a dose's record is: a new row of kind STRUCK_THROUGH naming the event it marks, with the nurse's reason.
-- The event itself is never changed; one event is struck through once, and a correction is not itself struck through.
alter table infusion_event drop constraint infusion_event_event_check;
alter table infusion_event add constraint infusion_event_event_check check (event in ('STARTED', 'RATE_CHANGED', 'PAUSED',
    'RESTARTED', 'BAG_CHANGED', 'VOLUME_RECORDED', 'STOPPED', 'STRUCK_THROUGH'));
alter table infusion_event add column corrects_id bigint unique references infusion_event (id);
alter table infusion_event add constraint infusion_event_correction_check
    check ((event = 'STRUCK_THROUGH') = (corrects_id is not null) and (corrects_id is null or reason is not null));
