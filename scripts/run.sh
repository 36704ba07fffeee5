#!/usr/bin/env bash
# Serve the site for local use on HOST:PORT with the dev settings (`make run`).
#
# The search engine starts alongside on SEARCH_ENGINE_PORT (default 9200, data under
# var/search-engine) and stops when the server does. SEARCH_URL=database skips it; any other
# SEARCH_URL is used as it is. A node of var/search-engine left running (this script killed
# hard) is reused when healthy and replaced when not. If the engine cannot start (e.g. the port
# is another program's or another checkout's), the site runs on the database backend and says
# so loudly, up front and again in the "Serving" line.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
PY=.venv/bin/python
engine_dir=var/search-engine

engine_started=
stop_engine() { [ -z "$engine_started" ] || scripts/search-engine.sh stop "$engine_dir"; }
if [ -z "${SEARCH_URL:-}" ]; then
  engine_port=${SEARCH_ENGINE_PORT:-9200}
  echo "Search engine: starting on port $engine_port (data in $engine_dir)…"
  if scripts/search-engine.sh ensure && url=$(scripts/search-engine.sh start "$engine_port" "$engine_dir" | tail -n 1); then
    engine_started=1
    export SEARCH_URL=$url
  else
    export SEARCH_URL=database
    {
      echo
      echo "!! The search engine did NOT start: the \"search-engine:\" lines above say why."
      echo "!! This run searches with the DATABASE backend (no typo-tolerant matching)."
      echo "!! Fix that and restart, or use another port: SEARCH_ENGINE_PORT=<port> make run;"
      echo "!! SEARCH_URL=database make run skips the engine on purpose."
      echo
    } >&2
  fi
fi
search_note=
[ "$SEARCH_URL" != database ] || search_note="  [search: DATABASE backend]"
trap stop_engine EXIT
trap 'exit 130' INT TERM HUP
if [ "$SEARCH_URL" != database ]; then
  echo "Search engine: $SEARCH_URL — bringing its index up to date…"
  $PY manage.py update_index >/dev/null ||
    echo "Indexing failed (see above): search results may be incomplete until \`manage.py update_index\` succeeds." >&2
fi

echo "Serving http://$host:$port/  (admin: http://$host:$port/admin/)  — Ctrl+C stops it.$search_note"
# The server (and its autoreloader child) runs in a session of its own, so that however this
# script ends — Ctrl+C, a TERM, a closed terminal — the traps stop both it and the engine.
# --nostatic: WhiteNoise serves static files (from the finders in DEBUG) inside Django, so a
# path like /static/../settings.py is answered by Django (400/404) instead of runserver's
# static handler, which lets SuspiciousFileOperation escape as a 500.
setsid $PY manage.py runserver --nostatic "$host:$port" &
server=$!
stop_all() { kill -TERM -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; stop_engine; }
trap stop_all EXIT
wait "$server"
