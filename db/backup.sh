#!/usr/bin/env bash
# Usage: db/backup.sh [target-dir]     (target-dir defaults to ./backups)
#
# Writes <target-dir>/backup-<UTC timestamp>/ with
#   database.dump   pg_dump --format=custom of the portal database
#   files.tar.gz    the portal's files directory ($APIRNET_DATA_DIR/files)
#
# Connection comes from the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE
# and PGPASSWORD (or ~/.pgpass); defaults: localhost, 5432, apirnet, apirnet.
# APIRNET_DATA_DIR defaults to ./data.
#
# The search index ($APIRNET_DATA_DIR/index) is deliberately left out: the
# portal rebuilds it from the database, so backing it up would only add size
# and the risk of restoring an index that disagrees with the database.
set -euo pipefail

export PGHOST="${PGHOST:-localhost}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-apirnet}"
export PGDATABASE="${PGDATABASE:-apirnet}"
data_dir="${APIRNET_DATA_DIR:-./data}"
files_dir="$data_dir/files"

target_dir="${1:-./backups}"
out="$target_dir/backup-$(date -u +%Y%m%dT%H%M%SZ)"

command -v pg_dump >/dev/null || { echo "pg_dump not found in PATH" >&2; exit 1; }
mkdir -p "$target_dir"
mkdir "$out"  # fails if a backup with this timestamp already exists

# Remove the half-written folder if any step fails.
finished=0
trap '[ "$finished" = 1 ] || { echo "backup failed, removing $out" >&2; rm -rf "$out"; }' EXIT

echo "Dumping database $PGDATABASE on $PGHOST:$PGPORT as $PGUSER ..."
pg_dump --format=custom --file "$out/database.dump"

if [ -d "$files_dir" ]; then
  echo "Archiving $files_dir ..."
  tar -C "$files_dir" -czf "$out/files.tar.gz" .
else
  echo "No files directory at $files_dir, skipping files.tar.gz"
fi

finished=1
echo "Backup written to $out:"
du -h "$out"/*
