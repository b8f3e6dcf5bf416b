-- The review inbox counts the replies waiting across every discussion someone moderates (all of them for an admin) on
-- every page a reviewer opens: a partial index holds just those, however many replies were ever decided.
create index discussion_reply_pending_idx on discussion_reply (created_at, id) where status = 'PENDING';
