-- TOTP (RFC 6238) for administrators and coordinators: the shared secret (Base32), when the user confirmed it with a
-- first code, and the last time step a code was accepted for (a code is good once).
create table second_factor (
    user_id       bigint primary key references app_user (id),
    secret        varchar(64) not null,
    confirmed_at  timestamp with time zone,
    last_step     bigint
);
