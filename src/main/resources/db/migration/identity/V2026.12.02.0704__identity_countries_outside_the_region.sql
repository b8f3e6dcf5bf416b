-- Members may live outside Asia and the Pacific (ILO headquarters staff in Geneva among them): an account's country
-- is any ISO 3166-1 code, checked by the forms against the region's countries and the world's; the region's table
-- no longer bounds it.
alter table account drop constraint account_country_iso2_fkey;
alter table account add constraint account_country_iso2_format check (country_iso2 ~ '^[A-Z]{2}$');
