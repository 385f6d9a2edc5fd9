-- Levels of organisations: a province's bureau over its cities', a city's over its counties'. A county's campaign
-- names the campaign it carries out one level up (found by the 文号 its notice cites, or chosen), and says whether the
-- upper bureau may read its accepted reports (shared_upstream); without that the upper level sees its numbers only.
alter table organisation add column org_level varchar(10) default 'COUNTY' not null;
alter table campaign add column upstream_campaign_id bigint references campaign (id);
alter table campaign add column shared_upstream boolean default false not null;
create index ix_campaign_upstream on campaign (upstream_campaign_id);
create index ix_organisation_parent on organisation (parent_id);
