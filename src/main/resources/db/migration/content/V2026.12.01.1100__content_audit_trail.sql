-- One append-only audit trail for every decision in the portal, content and membership alike: who did what to which
-- subject, when, and why. Rows are only ever added; the one change allowed is erasing personal data (a deleted
-- account's details and its name as actor), which the trigger below enforces for every client, not just the portal.

create table audit_event (
    id           bigint generated always as identity primary key,
    subject_kind varchar(30)  not null check (subject_kind ~ '^[a-z][a-z_]*$'),
    subject_id   bigint       not null,
    actor_id     bigint references account (id) on delete set null,
    action       varchar(40)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    detail       varchar(2000),
    occurred_at  timestamptz  not null default now()
);
create index audit_event_subject_idx on audit_event (subject_kind, subject_id, occurred_at desc, id desc);
create index audit_event_recent_idx on audit_event (occurred_at desc, id desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'audit_event is append-only: rows cannot be deleted';
    end if;
    if new.id <> old.id or new.subject_kind <> old.subject_kind or new.subject_id <> old.subject_id
            or new.action <> old.action or new.occurred_at <> old.occurred_at
            or (new.detail is not null and new.detail is distinct from old.detail)
            or (new.actor_id is not null and new.actor_id is distinct from old.actor_id) then
        raise exception 'audit_event is append-only: only detail and actor_id may be erased (set to null)';
    end if;
    return new;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
