-- The member directory matches names and organizations without regard to accents, as site search does: "nguyen"
-- finds "Nguyễn". unaccent ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may
-- create it.
create extension if not exists unaccent;
