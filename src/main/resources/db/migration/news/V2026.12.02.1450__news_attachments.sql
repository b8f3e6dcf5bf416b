-- Files attached to news items (a report, a programme document), taken like library attachments: stored in the file
-- store under a random key, judged by content; the row keeps the name it was sent with, its type, size and SHA-256.
create table news_item_attachment (
    news_item_id  bigint        not null references news_item (id) on delete cascade,
    storage_key   varchar(40)   not null,
    original_name varchar(255)  not null,
    media_type    varchar(120)  not null,
    size_bytes    bigint        not null check (size_bytes >= 0),
    sha256        varchar(64)   not null,
    uploaded_at   timestamptz   not null,
    primary key (news_item_id, storage_key)
);
-- which stored files the news module still uses (the orphan sweep asks in batches)
create index news_item_attachment_key_idx on news_item_attachment (storage_key);
