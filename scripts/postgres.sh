#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests.
#
#   scripts/postgres.sh start DIR   init + start a cluster in DIR on a free port of
#                                   127.0.0.1; create role and database `dinsos`
#                                   (password `dinsos`, SUPERUSER, so pytest-django
#                                   can create test_dinsos); print its URL as the
#                                   last line of stdout, all else goes to stderr.
#   scripts/postgres.sh stop DIR    stop it (if running) and remove DIR.
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres`
# user of Debian's package. If that user can't reach DIR (e.g. it is under /root),
# the cluster lives in a /tmp directory instead, whose path DIR/base records.
# Layout of the cluster directory: data/ (PGDATA), sock/ (unix socket), log.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }
usage() { echo "usage: $0 {start|stop} DIR" >&2; exit 2; }

[ $# -eq 2 ] || usage
cmd=$1
dir=$(realpath -m -- "$2")
[ "$dir" != / ] || die "refusing to use / as DIR"

find_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# run "$@" as USER (first arg); as root via runuser, from / (DIR's parents or the
# caller's cwd may be unreadable to that user)
as_user() {
  local u=$1; shift
  if is_root && [ "$u" != root ]; then
    (cd / && runuser -u "$u" -- "$@")
  else
    "$@"
  fi
}

# the directory holding data/ for DIR
base_of() {
  if [ -f "$1/base" ]; then cat "$1/base"; else echo "$1"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_cluster() {  # DIR
  local base data owner bin
  [ -e "$1" ] || return 0
  base=$(base_of "$1")
  data=$base/data
  if [ -f "$data/postmaster.pid" ]; then
    owner=$(stat -c %U "$data")
    if bin=$(find_bin); then
      if as_user "$owner" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_user "$owner" "$bin/pg_ctl" -D "$data" stop -m fast -w -t 60 >&2 \
          || log "warning: pg_ctl stop failed"
      fi
    else  # binaries gone: signal the postmaster directly (SIGINT = fast shutdown)
      kill -INT "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null || true
      sleep 1
    fi
  fi
  [ "$base" = "$1" ] || rm -rf -- "$base"
  rm -rf -- "$1"
}

start_cluster() {  # DIR
  local bin user base data port locale url try sockdir
  if ! bin=$(find_bin); then
    "$here/system-deps.sh" test >&2
    bin=$(find_bin) || die "no PostgreSQL under /usr/lib/postgresql/*/bin"
  fi

  # a leftover cluster of ours from an earlier run: stop and wipe it
  if [ -f "$dir/base" ] || [ -f "$dir/data/PG_VERSION" ]; then
    log "removing the earlier cluster in $dir"
    stop_cluster "$dir"
  elif [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    die "$dir exists and is not empty: not using it"
  fi
  mkdir -p "$dir"

  user=$(id -un)
  base=$dir
  if is_root; then
    user=postgres
    id postgres >/dev/null 2>&1 || die "no 'postgres' user (install Debian's postgresql package)"
    chown postgres: "$dir"
    if ! as_user postgres test -w "$dir"; then
      base=$(mktemp -d /tmp/dinsos-pg.XXXXXX)
      chown postgres: "$base"
      echo "$base" >"$dir/base"
      log "user postgres can't reach $dir: cluster in $base"
    fi
  fi
  data=$base/data
  as_user "$user" mkdir -m 700 "$data" "$base/sock"

  locale=C.UTF-8
  locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' || locale=C
  log "initdb ($("$bin/postgres" --version), locale $locale) in $data"
  as_user "$user" "$bin/initdb" -D "$data" -U postgres -A trust --encoding=UTF8 \
    --locale="$locale" --no-sync >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; die "initdb failed"; }

  # unix socket paths are limited to 107 bytes: with a deep DIR go TCP-only
  sockdir=$base/sock
  if [ ${#sockdir} -gt 90 ]; then
    log "path too long for a unix socket: TCP only"
    sockdir=
  fi

  for try in 1 2 3; do
    port=$(free_port)
    cat >"$data/postgresql.auto.conf" <<EOF
# throwaway test cluster (scripts/postgres.sh)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockdir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    chown --reference="$data" "$data/postgresql.auto.conf"
    if as_user "$user" "$bin/pg_ctl" -D "$data" -l "$base/log" -w -t 60 start >&2; then
      break
    fi
    tail -n 20 "$base/log" >&2 || true
    [ "$try" -lt 3 ] || die "PostgreSQL did not start"
    log "retrying on another port"
  done

  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE dinsos LOGIN SUPERUSER PASSWORD 'dinsos'" \
    -c "CREATE DATABASE dinsos OWNER dinsos" >&2
  url="postgres://dinsos:dinsos@127.0.0.1:$port/dinsos"
  log "running: $url (stop with: $0 stop $dir)"
  echo "$url"
}

case "$cmd" in
  start) start_cluster "$dir" ;;
  stop) stop_cluster "$dir" ;;
  *) usage ;;
esac
