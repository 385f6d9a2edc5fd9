-- National scale (issue 12, item 4; README "National scale"): the roll-up and the dashboard read a campaign's
-- reports by assignment with their state, and each assignment's first submission, for thousands of campaigns at
-- once. With these, PostgreSQL answers those reads from the indexes alone (Index Only Scan) instead of visiting
-- the report and report_event rows one by one.
create index ix_report_assignment_state on report (assignment_id, state);
create index ix_report_event_report_action on report_event (report_id, action, at);
create index ix_assignment_activity on assignment (activity_id, id, unit_role);
