-- The notice as it was given (pasted text as UTF-8), so that a person's choice of table, columns or numbering level
-- can be applied to it again. Drafts kept before this column existed have none.
alter table plan_draft add column source_bytes bytea;

-- The last layout a person chose for an issuer's notices (which table and what its columns mean, or which numbering
-- level holds the tasks), as the reader's Layout in JSON: next year's notice from the same bureau reads by itself.
create table layout_profile (
    organisation_id  bigint not null references organisation (id),
    issuer           varchar(200) not null,
    layout_json      varchar(4000) not null,
    updated_by       bigint references app_user (id),
    updated_at       timestamp with time zone not null,
    primary key (organisation_id, issuer)
);
