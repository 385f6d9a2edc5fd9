-- A campaign's reports and their history, read by campaign in one range of an index: the dashboard's progress chart
-- counted a campaign's submissions and acceptances by walking activity → assignment → report → report_event, some
-- 2,000 index probes for a county campaign of 25 × 30 (6 of the page's 12 ms of SQL at 50 counties, and the most of
-- its time at national scale, where those probes miss the cache; README "National scale"). A report belongs to one
-- assignment for life, and so to one campaign: the campaign is written with the row and never changes.
alter table report add column campaign_id bigint;
update report r set campaign_id = (select a.campaign_id from assignment s join activity a on a.id = s.activity_id
                                   where s.id = r.assignment_id);
alter table report alter column campaign_id set not null;
create index ix_report_campaign on report (campaign_id, assignment_id, state);

alter table report_event add column campaign_id bigint;
update report_event e set campaign_id = (select r.campaign_id from report r where r.id = e.report_id);
alter table report_event alter column campaign_id set not null;
create index ix_report_event_campaign on report_event (campaign_id, action, at);
