-- User names are stored, looked up and counted in one form (LoginNames: NFKC, trimmed, lower case). Names were
-- limited to [A-Za-z0-9._-], so lower case is all that changes here; two names differing only in case would now
-- collide on uq_app_user_username and stop this migration, which is wanted: one of them must be renamed by hand.
update app_user set username = lower(username);
update login_attempt set username = lower(trim(username));

-- Failures of one account from every address, for the growing delay between guesses at it.
create index ix_login_attempt_username_at on login_attempt (username, at);
