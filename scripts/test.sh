#!/usr/bin/env bash
# The whole test suite with every real service: `make test` runs this.
#
# 1. system packages (PostgreSQL, chromium, Java for the search engine) when missing;
# 2. the fast checks: lint (ruff), no missing migration, the `id` catalogue complete;
# 3. a throwaway PostgreSQL cluster and OpenSearch node on free loopback ports;
# 4. the whole suite on PostgreSQL, production's database (all but the browser tests);
# 5. on SQLite only what differs there: the browser tests (their live server shares the
#    in-memory database), the search tests on the SQLite backend and the demo-site smoke set
#    (tests marked `sqlite`, see conftest.py); the migrations run on both databases;
# 6. services stopped and temp dirs removed, whatever happened; the duration printed.
# The two passes run side by side, one per core (TEST_PARALLEL=0: one after the other); pass
# pytest options after the script name, e.g. `scripts/test.sh -k archive`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
started=$SECONDS

scripts/system-deps.sh base test
scripts/frontend-deps.sh
scripts/search-engine.sh ensure

echo "== lint and migrations"
.venv/bin/ruff check .
# An in-memory database: the check reads the migration history, and must not create db.sqlite3.
DATABASE_URL=sqlite://:memory: $PY manage.py makemigrations --check --dry-run
$PY manage.py makemessages -l id -l en --ignore=.venv --ignore=var --no-obsolete -v0
# Compiled first: the check also asks Django for the translations the compiled catalogues give.
$PY manage.py compilemessages --ignore=.venv -v0
$PY scripts/fill_catalogue.py --check

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
pass_status() {  # pytest's exit code; "no test selected" (5) is fine when options narrowed the run
  local rc=$1
  shift
  if [ "$rc" -eq 5 ] && [ $# -gt 0 ]; then rc=0; fi
  [ "$rc" -eq 0 ] || status=$rc
}
sqlite_pass() {
  $PY -m pytest -m "browser or sqlite" --durations=10 "$@"
}
pg_pass() {  # pg_pass DATABASE_URL [pytest options and paths]
  local url=$1
  shift
  DATABASE_URL=$url $PY -m pytest -m "not browser" --durations=15 "$@"
}
# The PostgreSQL pass is the long one: without options of the caller's it runs as two halves
# (each with its own test database) beside the SQLite pass, so both cores stay busy to the end.
# The demo-site tests stay in one half, so the demo is built once there.
PG_HALF_1="news search programmes core home wordpress comments organisation twofactor ppid survey contact services"
PG_HALF_2="localisation editorial demo cms bench"
log() { cat "$work/$1.log"; }
halves=$(printf '%s\n' $PG_HALF_1 $PG_HALF_2 | sort | tr '\n' ' ')
testpaths=$(sed -n 's/^testpaths = //p' pytest.ini | tr ' ' '\n' | sort | tr '\n' ' ')
if [ "$halves" != "$testpaths" ]; then
  echo "scripts/test.sh: the two PostgreSQL halves ($halves) must name exactly pytest.ini's testpaths ($testpaths)" >&2
  exit 2
fi
if [ "${TEST_PARALLEL:-1}" = 1 ] && [ $# -eq 0 ]; then
  echo "== test suite on PostgreSQL (two halves) and on SQLite what differs there, side by side"
  sqlite_rc=0; sqlite_pass >"$work/sqlite.log" 2>&1 & sqlite_pid=$!
  pg2_rc=0; pg_pass "${POSTGRES_URL%/*}/dinsos_half2" $PG_HALF_2 >"$work/pg2.log" 2>&1 & pg2_pid=$!
  rc=0; pg_pass "$POSTGRES_URL" $PG_HALF_1 >"$work/pg1.log" 2>&1 || rc=$?
  wait "$pg2_pid" || pg2_rc=$?
  wait "$sqlite_pid" || sqlite_rc=$?
  echo "== on PostgreSQL, first half: $PG_HALF_1"; log pg1
  echo "== on PostgreSQL, second half: $PG_HALF_2"; log pg2
  echo "== on SQLite: browser tests, SQLite search backend, demo-site smoke set, migrations"; log sqlite
  pass_status "$pg2_rc"
elif [ "${TEST_PARALLEL:-1}" = 1 ]; then
  echo "== test suite on PostgreSQL, and on SQLite what differs there (its output follows)"
  sqlite_rc=0; sqlite_pass "$@" >"$work/sqlite.log" 2>&1 & sqlite_pid=$!
  rc=0; pg_pass "$POSTGRES_URL" "$@" || rc=$?
  wait "$sqlite_pid" || sqlite_rc=$?
  echo "== on SQLite: browser tests, SQLite search backend, demo-site smoke set, migrations"; log sqlite
else
  echo "== test suite on PostgreSQL"
  rc=0; pg_pass "$POSTGRES_URL" "$@" || rc=$?
  echo "== on SQLite: browser tests, SQLite search backend, demo-site smoke set, migrations"
  sqlite_rc=0; sqlite_pass "$@" || sqlite_rc=$?
fi
pass_status "$rc" "$@"
pass_status "$sqlite_rc" "$@"
echo "make test: $((SECONDS - started)) s"
exit $status
