-- The demo's accounts share a published password: they are marked, so that they can be switched off as a group
-- (on every start without the demo flag, and once a real administrator exists) without touching real accounts that
-- happen to have the same names.
alter table app_user add column demo boolean default false not null;
update app_user set demo = true
where username in ('admin', 'zhiliang', 'qianqi', 'shacheng', 'leader')
  and organisation_id in (select id from organisation where name = '福鼎市市场监督管理局（演示）');
