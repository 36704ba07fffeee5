#!/usr/bin/env bash
# `make eval-search` / `make bench-search`: run a search measurement command against a
# throwaway SQLite file under var/ and a temporary OpenSearch node, stopped afterwards.
#
#   scripts/search-bench.sh eval_search [options]    # nDCG@10 / Recall@10 per backend
#   scripts/search-bench.sh bench_search [options]   # indexing and query latency per backend
#
# SEARCH_URL=database skips the engine (database backend only).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
command="${1:?usage: scripts/search-bench.sh eval_search|bench_search [options]}"
shift

mkdir -p var
db="$PWD/var/${command//_/-}.sqlite3"
rm -f "$db"
export DATABASE_URL="sqlite:///$db"
export SEARCH_INDEX_PREFIX="${command//_/-}"
# Measure, never fall back: a cold node's first answers may exceed the 2 s page timeout.
export SEARCH_TIMEOUT="${SEARCH_TIMEOUT:-30}"

work=$(mktemp -d /tmp/dinsos-search-bench.XXXXXX)
cleanup() {
  scripts/search-engine.sh stop "$work/engine" >/dev/null 2>&1 || true
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

$PY manage.py migrate --noinput -v0
$PY manage.py "$command" "$@"
