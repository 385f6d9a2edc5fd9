-- A password an administrator set (a new account's first one, or a reset) is known to two people: its user must
-- replace it at their next login before doing anything else.
alter table app_user add column must_change_password boolean default false not null;
