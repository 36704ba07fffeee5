#!/usr/bin/env bash
# The whole test suite with every real service: `make test` runs this.
#
# 1. system packages (PostgreSQL, chromium, Java for the search engine) when missing;
# 2. a throwaway PostgreSQL cluster and OpenSearch node on free loopback ports;
# 3. the suite on SQLite (with the browser tests), then again on PostgreSQL;
# 4. services stopped and temp dirs removed, whatever happened.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

scripts/system-deps.sh base test
scripts/frontend-deps.sh
scripts/search-engine.sh ensure

$PY manage.py makemessages -l id -l en --ignore=.venv --ignore=var --no-obsolete -v0
$PY scripts/fill_catalogue.py --check
$PY manage.py compilemessages --ignore=.venv -v0

work=$(mktemp -d /tmp/dinsos-test.XXXXXX)
cleanup() {
  scripts/search-engine.sh stop "$work/engine" >/dev/null 2>&1 || true
  scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

engine_port=$(scripts/search-engine.sh free-port)
SEARCH_URL=$(scripts/search-engine.sh start "$engine_port" "$work/engine" | tail -n 1)
POSTGRES_URL=$(scripts/postgres.sh start "$work/pg" | tail -n 1)
export SEARCH_URL REQUIRE_ENGINE=1
echo "search engine: $SEARCH_URL"
echo "postgresql:    ${POSTGRES_URL%%@*}@…"

status=0
echo "== test suite on SQLite (with browser tests)"
SEARCH_INDEX_PREFIX=test_sqlite $PY -m pytest "$@" || status=$?
echo "== test suite on PostgreSQL"
# Its own engine indexes: documents the SQLite pass left behind must not answer here.
SEARCH_INDEX_PREFIX=test_pg DATABASE_URL=$POSTGRES_URL $PY -m pytest -m "not browser" "$@" || status=$?
exit $status
