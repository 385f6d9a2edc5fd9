-- A report is answered as soon as its photos' originals are stored and checked; the copies served (display,
-- thumbnail), the EXIF fields and the difference hash are made afterwards, off the request (PhotoWork). Until then a
-- photo is PENDING and has none of them; one that cannot be processed is FAILED, with the message key that says why.
-- Photos stored before this migration were processed in their request: READY.
alter table photo add column state varchar(10) default 'READY' not null;
alter table photo add column failure varchar(100);
alter table photo alter column dhash drop not null;
alter table photo alter column display_key drop not null;
alter table photo alter column thumb_key drop not null;
create index ix_photo_state on photo (state, organisation_id);

-- The processing still owed, one row per pending photo, written in the transaction that stores the photo: a photo
-- acknowledged to its sender never loses its work, whatever happens to the process after. A node takes a row with one
-- conditional update that sets its claim and a lease; a node that dies mid-work leaves the lease to run out, and the
-- row is taken again. A failed attempt waits until not_before; the row goes when the photo is READY or FAILED.
create table photo_work (
    photo_id     bigint not null primary key references photo (id) on delete cascade,
    attempts     int default 0 not null,
    not_before   timestamp with time zone not null,
    claim        varchar(40),
    lease_until  timestamp with time zone,
    last_error   varchar(500),
    created_at   timestamp with time zone not null
);
create index ix_photo_work_due on photo_work (not_before);
