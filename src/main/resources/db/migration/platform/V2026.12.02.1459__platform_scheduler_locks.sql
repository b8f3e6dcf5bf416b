-- ShedLock's table: a scheduled job that must run once across all nodes (opening and closing discussions) takes its
-- row here first; the lock expires by itself if a node dies holding it.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
