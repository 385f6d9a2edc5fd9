-- The secret in a unit's calendar feed address: calendar apps cannot log in, so the address itself is the key.
alter table unit add column calendar_token varchar(64);
create unique index ux_unit_calendar_token on unit (calendar_token);
