-- A reply may carry one file (taken by the same intake as the library's files) and cite one library resource.
-- The file's columns are all set or all empty; the cited resource is an id only: the library owns its rows, and the
-- discussion page reads the cited titles from the search index.
alter table discussion_reply
    add column file_storage_key    varchar(40),
    add column file_original_name  varchar(255),
    add column file_media_type     varchar(120),
    add column file_size_bytes     bigint check (file_size_bytes >= 0),
    add column file_sha256         varchar(64),
    add column file_uploaded_at    timestamptz,
    add column cited_resource_id   bigint,
    add constraint discussion_reply_file_whole check (
        (file_storage_key is null and file_original_name is null and file_media_type is null and file_size_bytes is null
            and file_sha256 is null and file_uploaded_at is null)
        or (file_storage_key is not null and file_original_name is not null and file_media_type is not null
            and file_size_bytes is not null and file_sha256 is not null and file_uploaded_at is not null));
-- Which stored files the forum still uses (the orphan sweep asks in batches).
create index discussion_reply_file_key_idx on discussion_reply (file_storage_key) where file_storage_key is not null;
-- What an account uploaded in the last day (the members' daily upload quota).
create index discussion_reply_file_author_idx on discussion_reply (author_id, file_uploaded_at) where file_storage_key is not null;
