-- A campaign's assignments (the dashboard, reminders, the summary) are read by activity with their unit: with the
-- unit in the index PostgreSQL answers from the index alone, where without it the planner scanned the whole
-- assignment table of a small database (4.3 of 15 ms per dashboard at 50 counties; README "National scale").
drop index ix_assignment_activity;
create index ix_assignment_activity on assignment (activity_id, id, unit_role, unit_id);
