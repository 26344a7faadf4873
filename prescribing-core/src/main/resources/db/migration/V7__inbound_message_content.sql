-- The SHA-256 of each inbound message's content (without MSH-7, which a resending system may renew), so a control
-- id used again for a different message is refused rather than taken for a repeat. Null for messages received
-- before this version: a later message with their control id is taken as a repeat, as it was then.
alter table inbound_message add column content_sha256 char(64);
