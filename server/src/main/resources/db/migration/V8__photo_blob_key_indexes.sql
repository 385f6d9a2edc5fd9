-- The sweep for orphan blobs (files whose photo row never committed) asks, key by key, whether any photo refers to
-- a blob as its original, display copy or thumbnail.
create index ix_photo_sha256 on photo (sha256);
create index ix_photo_display_key on photo (display_key);
create index ix_photo_thumb_key on photo (thumb_key);
