-- Rate-limit buckets (Bucket4j's layout): one row per limit and key, its state serialised by Bucket4j, locked with
-- SELECT ... FOR UPDATE while it is taken from, so every portal node counts against the same bucket and a restart
-- forgets nothing. The key is a digest: the table never holds an e-mail or client address.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint -- epoch milliseconds after which the bucket would be full again and can go
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
