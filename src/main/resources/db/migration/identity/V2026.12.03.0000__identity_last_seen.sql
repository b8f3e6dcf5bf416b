-- When a member was last seen on the portal (the end of their last visit, or the start of the current one), so that
-- the home page can show them what is new since. Written outside the portal's transactions: no page shows it.
alter table account add column last_seen_at timestamptz;
