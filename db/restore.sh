#!/usr/bin/env bash
# Usage: db/restore.sh <backup-dir> --yes
#
# Restores a folder written by db/backup.sh. STOP THE PORTAL FIRST: it must not
# write to the database or the data directory while they are replaced.
#   1. pg_restore --clean --if-exists --no-owner of database.dump, in one
#      transaction (a failed restore leaves the database as it was);
#   2. replaces $APIRNET_DATA_DIR/files with the content of files.tar.gz;
#   3. deletes $APIRNET_DATA_DIR/index, so the portal rebuilds its search
#      index from the database on its next start.
# Without --yes it only prints what it would do.
#
# Connection and data directory: same variables and defaults as db/backup.sh.
set -euo pipefail

export PGHOST="${PGHOST:-localhost}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-apirnet}"
export PGDATABASE="${PGDATABASE:-apirnet}"
data_dir="${APIRNET_DATA_DIR:-./data}"

if [ $# -lt 1 ]; then
  echo "Usage: $0 <backup-dir> --yes" >&2
  exit 2
fi
backup="$1"
dump="$backup/database.dump"
archive="$backup/files.tar.gz"
[ -f "$dump" ] || { echo "$dump not found" >&2; exit 1; }

echo "This will:"
echo "  - restore $dump into database $PGDATABASE on $PGHOST:$PGPORT (as $PGUSER), replacing its current content"
if [ -f "$archive" ]; then
  echo "  - replace $data_dir/files with the content of $archive"
else
  echo "  - leave $data_dir/files as it is (the backup has no files.tar.gz)"
fi
echo "  - delete $data_dir/index (the portal rebuilds it on its next start)"
echo "Stop the portal before restoring."

if [ "${2:-}" != "--yes" ]; then
  echo "Nothing done. Run again with --yes as second argument to proceed."
  exit 1
fi

command -v pg_restore >/dev/null || { echo "pg_restore not found in PATH" >&2; exit 1; }

echo "Restoring database ..."
pg_restore --clean --if-exists --no-owner --single-transaction --dbname "$PGDATABASE" "$dump"

if [ -f "$archive" ]; then
  echo "Restoring files ..."
  mkdir -p "$data_dir"
  # Unpack beside the old directory first, so a broken archive leaves it intact.
  tmp="$(mktemp -d "$data_dir/.files-restore.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  tar -C "$tmp" -xzf "$archive"
  rm -rf "${data_dir:?}/files"
  mv "$tmp" "$data_dir/files"
else
  echo "WARNING: no files.tar.gz in $backup, $data_dir/files left unchanged" >&2
fi

rm -rf "${data_dir:?}/index"
echo "Restore done. Start the portal; it rebuilds the search index from the database."
