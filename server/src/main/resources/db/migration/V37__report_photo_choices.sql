-- The coordinator's choice of the compiled report's photos (附件2): a photo taken in (chosen) or left out (not
-- chosen) by hand; the others are picked as the rules say.
create table report_photo_choice (
    campaign_id  bigint not null references campaign (id) on delete cascade,
    photo_id     bigint not null references photo (id),
    chosen       boolean not null,
    chosen_by    bigint not null references app_user (id),
    chosen_at    timestamp with time zone not null,
    primary key (campaign_id, photo_id)
);
