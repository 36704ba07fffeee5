#!/usr/bin/env bash
# `make eval-search` / `make bench-search`: run a search measurement command against a
# throwaway database and a temporary OpenSearch node, stopped afterwards whatever happens.
#
#   scripts/search-bench.sh eval_search [options]    # nDCG@10 / Recall@10 per backend (SQLite file under var/)
#   scripts/search-bench.sh bench_search [options]   # indexing, index size, memory, latency per backend
#
# bench_search runs once per size of BENCH_SEARCH_SIZES (default 20000,100000), each on a fresh
# database of a throwaway PostgreSQL cluster (production's database; DATABASE=sqlite: a fresh
# SQLite file under var/ instead). eval_search stays on SQLite (DATABASE=postgres to change).
# SEARCH_URL=database skips the engine (database backend only).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
command="${1:?usage: scripts/search-bench.sh eval_search|bench_search [options]}"
shift

if [ "$command" = bench_search ]; then
  database="${DATABASE:-postgres}"
  sizes="${BENCH_SEARCH_SIZES:-20000,100000}"
else
  database="${DATABASE:-sqlite}"
  sizes=""
fi
case "$database" in postgres|postgresql|sqlite) ;; *) echo "DATABASE must be postgres or sqlite" >&2; exit 2 ;; esac

mkdir -p var
export SEARCH_INDEX_PREFIX="${command//_/-}"
# Measure, never fall back: a cold node's first answers may exceed the 2 s page timeout.
export SEARCH_TIMEOUT="${SEARCH_TIMEOUT:-30}"

work=$(mktemp -d /tmp/dinsos-search-bench.XXXXXX)
cleanup() {
  scripts/search-engine.sh stop "$work/engine" >/dev/null 2>&1 || true
  scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ "${SEARCH_URL:-}" != "database" ]; then
  scripts/search-engine.sh ensure
  port=$(scripts/search-engine.sh free-port)
  SEARCH_URL=$(scripts/search-engine.sh start "$port" "$work/engine" | tail -n 1)
  export SEARCH_URL
  echo "search engine: $SEARCH_URL"
else
  unset SEARCH_URL
fi

if [ "$database" != sqlite ]; then
  postgres_url=$(scripts/postgres.sh start "$work/pg" | tail -n 1)
  echo "postgresql:    ${postgres_url%%@*}@…"
fi

# fresh_database NAME: point DATABASE_URL at a new, empty database and migrate it.
fresh_database() {
  if [ "$database" = sqlite ]; then
    local db="$PWD/var/$1.sqlite3"
    rm -f "$db"
    export DATABASE_URL="sqlite:///$db"
  else
    local name=${1//-/_}
    DATABASE_URL="$postgres_url" $PY - "$name" <<'EOF'
import os
import sys

import dj_database_url
import psycopg

conf = dj_database_url.parse(os.environ["DATABASE_URL"])
with psycopg.connect(host=conf["HOST"], port=conf["PORT"], user=conf["USER"], password=conf["PASSWORD"],
                     dbname=conf["NAME"], autocommit=True) as connection:
    connection.execute(f'DROP DATABASE IF EXISTS "{sys.argv[1]}"')
    connection.execute(f'CREATE DATABASE "{sys.argv[1]}"')
EOF
    export DATABASE_URL="${postgres_url%/*}/$name"
  fi
  $PY manage.py migrate --noinput -v0
}

# The cluster and the engine are throwaway (started above): --force lets the command replace
# content in a database outside var/.
force=(); [ "$database" = sqlite ] || force=(--force)

if [ -z "$sizes" ]; then
  fresh_database "${command//_/-}"
  $PY manage.py "$command" "${force[@]}" "$@"
  exit 0
fi

for size in ${sizes//,/ }; do
  echo
  echo "== bench_search at $size posts ($database)"
  fresh_database "${command//_/-}-$size"
  $PY manage.py "$command" --posts "$size" "${force[@]}" "$@"
done
