-- Identity's account history moves into the shared audit trail, keeping every line and its time.
insert into audit_event (subject_kind, subject_id, actor_id, action, detail, occurred_at)
select 'account', account_id, actor_id, action, detail, occurred_at from account_event order by occurred_at, id;
drop table account_event;
