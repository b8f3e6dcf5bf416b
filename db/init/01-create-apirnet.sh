#!/usr/bin/env bash
# Run by the postgres image's entrypoint when it initialises an empty data
# directory: creates the portal's login role and its database.
# The password goes in as a psql variable and :'pw' quotes it as a literal.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
  -v pw="${APIRNET_DB_PASSWORD:-change-me}" <<'SQL'
CREATE ROLE apirnet LOGIN PASSWORD :'pw';
CREATE DATABASE apirnet OWNER apirnet;
SQL
