-- A city issues its plan to its counties inside Duban (下发): each county bureau below gets a draft of the plan to
-- review and confirm as its own campaign, which is then linked to the city's. The draft remembers the campaign it was
-- issued from, so the city sees who has it and who has taken it up.
alter table plan_draft add column issued_from_campaign_id bigint references campaign (id);
create index ix_plan_draft_issued_from on plan_draft (issued_from_campaign_id);
create index ix_plan_draft_organisation on plan_draft (organisation_id, confirmed_campaign_id);
