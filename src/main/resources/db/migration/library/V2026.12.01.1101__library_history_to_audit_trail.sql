-- The library's resource history moves into the shared audit trail, keeping every line and its time.
insert into audit_event (subject_kind, subject_id, actor_id, action, detail, occurred_at)
select 'resource', resource_id, actor_id, action, detail, occurred_at from resource_event order by occurred_at, id;
drop table resource_event;

-- Editors' lists are ordered by last change, with or without a status filter.
create index resource_updated_idx on resource (updated_at desc, id desc);
create index resource_status_updated_idx on resource (status, updated_at desc, id desc);
-- Pending submissions, oldest first (the review inbox).
create index resource_pending_idx on resource (updated_at) where status = 'PENDING';
