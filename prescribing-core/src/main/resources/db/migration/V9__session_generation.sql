-- Each login records the account's session generation in its session; disabling the account, locking it after
-- failed logins or giving it a new password moves the number on, so every application instance refuses the older
-- sessions at their next request (the check reads this row, never a cache).
alter table staff_user add column session_generation bigint not null default 0;
