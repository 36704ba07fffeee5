#!/usr/bin/env bash
# `make restore BACKUP=DIR`: a backup from scripts/backup.sh into an EMPTY database and
# empty media and private-document directories (a fresh server, or a test restore next to
# the live site). A backup from before documents were private has no documents.tar.gz: its
# documents come back under MEDIA_ROOT/documents/; run `manage.py move_documents_to_private_storage`.
#
#   scripts/restore.sh DIR
#
# DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT come from the environment or from ENV_FILE.
# Nothing is overwritten: a database with tables or a non-empty directory is refused. The
# database is restored in one transaction, so a failure leaves it empty again.
# Afterwards: `manage.py update_index` if the site uses the OpenSearch engine.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "restore: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: $0 BACKUP_DIR (from scripts/backup.sh)"
backup=$1
if [ -n "${ENV_FILE:-}" ]; then set -a; . "$ENV_FILE"; set +a; fi
[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL is not set (the empty PostgreSQL database to restore into)"
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) die "DATABASE_URL is not PostgreSQL" ;; esac
[ -f "$backup/db.dump" ] && [ -f "$backup/media.tar.gz" ] || die "$backup has no db.dump and media.tar.gz"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || die "$backup is damaged: checksums do not match"

pg_tool() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/$1" ]; then echo "$d/$1"; else command -v "$1" || die "$1 not found (install postgresql-client)"; fi
}

tables=$("$(pg_tool psql)" -X -tA -d "$DATABASE_URL" -c \
  "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
[ "$tables" = 0 ] || die "the database is not empty ($tables tables): restore only into a new, empty database"

media=${MEDIA_ROOT:-var/media}
private=${PRIVATE_MEDIA_ROOT:-var/private}
for dir in "$media" "$private"; do
  if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    die "$dir is not empty: restore files only into an empty directory"
  fi
done

# pg_dump writes a COMMENT ON EXTENSION for each extension (search's rum: docs/deploy.md),
# which only the extension's owner, a superuser, may run: everything else is restored.
list=$(mktemp /tmp/restore-list.XXXXXX)
trap 'rm -f "$list"' EXIT
"$(pg_tool pg_restore)" --list "$backup/db.dump" | grep -v ' COMMENT - EXTENSION ' >"$list"
"$(pg_tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction \
  --use-list="$list" -d "$DATABASE_URL" "$backup/db.dump"
mkdir -p "$media"
tar -C "$media" -xzf "$backup/media.tar.gz"
if [ -f "$backup/documents.tar.gz" ]; then
  mkdir -p "$private"
  chmod 0750 "$private"
  tar -C "$private" -xzf "$backup/documents.tar.gz"
fi
echo "restore: database, media and documents restored from $backup" >&2
