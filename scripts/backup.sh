#!/usr/bin/env bash
# `make backup`: the database as a PostgreSQL custom-format dump plus the media files and
# the private documents.
#
#   scripts/backup.sh [DEST]   → DEST/dinsos-YYYYmmdd-HHMMSS/{db.dump,media.tar.gz,documents.tar.gz,SHA256SUMS}
#
# DEST defaults to var/backups. DATABASE_URL (PostgreSQL), MEDIA_ROOT and PRIVATE_MEDIA_ROOT
# come from the environment, or from ENV_FILE (e.g. ENV_FILE=/etc/dinsos/env) when that is set.
# BACKUP_KEEP=N removes all but the newest N backups in DEST afterwards.
# A backup is written under a .partial name and renamed only when complete.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "backup: $*" >&2; exit 1; }

if [ -n "${ENV_FILE:-}" ]; then set -a; . "$ENV_FILE"; set +a; fi
[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL is not set (the PostgreSQL database to back up)"
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) die "DATABASE_URL is not PostgreSQL: only PostgreSQL is backed up" ;; esac

pg_tool() {  # the newest installed PostgreSQL client tool, else the one on PATH
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/$1" ]; then echo "$d/$1"; else command -v "$1" || die "$1 not found (install postgresql-client)"; fi
}

media=${MEDIA_ROOT:-var/media}
private=${PRIVATE_MEDIA_ROOT:-var/private}
dest=${1:-var/backups}
out="$dest/dinsos-$(date +%Y%m%d-%H%M%S)"
[ ! -e "$out" ] || die "$out already exists"
mkdir -p "$out.partial"
trap 'rm -rf "$out.partial"' EXIT

"$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file="$out.partial/db.dump" "$DATABASE_URL"
archive() {  # archive DIR NAME: DIR's files as NAME.tar.gz (empty when DIR is missing)
  if [ -d "$1" ]; then
    tar -C "$1" -czf "$out.partial/$2.tar.gz" .
  else
    echo "backup: no $2 directory at $1 (in object storage?): empty $2 archive" >&2
    tar -czf "$out.partial/$2.tar.gz" -T /dev/null
  fi
}
archive "$media" media
archive "$private" documents
(cd "$out.partial" && sha256sum db.dump media.tar.gz documents.tar.gz >SHA256SUMS)
mv "$out.partial" "$out"
trap - EXIT

if [ -n "${BACKUP_KEEP:-}" ]; then
  ls -1d "$dest"/dinsos-[0-9]* 2>/dev/null | grep -v '\.partial$' | sort | head -n "-$BACKUP_KEEP" | xargs -r rm -rf --
fi
echo "backup: $(du -sh "$out" | cut -f1) in $out" >&2
echo "$out"
