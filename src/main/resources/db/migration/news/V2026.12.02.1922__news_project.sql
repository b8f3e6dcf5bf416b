-- The ILO project a news item belongs to, if any. Only the id: projects are the projects module's, and news knows
-- none of them (no foreign key across modules; projects are archived, never deleted). Lists by project come from the
-- search index, so no SQL index is needed.
alter table news_item add column project_id bigint;
