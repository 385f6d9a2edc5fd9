-- A campaign changes after confirmation: an archived campaign leaves the default lists (still readable under 已归档,
-- and can be brought back); a cancelled activity (取消) keeps its reports but asks nothing more of its units.
alter table campaign add column archived_at timestamp with time zone;
alter table activity add column cancelled_at timestamp with time zone;
