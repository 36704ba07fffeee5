#!/usr/bin/env bash
# `make serve`: the production stack, locally — a throwaway PostgreSQL (scripts/postgres.sh),
# gunicorn with cms.settings.production and nginx with the page cache in front, all on
# 127.0.0.1, loaded with the demo content, with a private redis-server as the Django cache every
# gunicorn worker shares (counters, the frame's content version and fragments). Ctrl+C stops them all.
#
# Plain HTTP on loopback, so the HTTPS-only settings (redirect, Secure cookies, HSTS) are
# off; everything else is as on the server. The database is rebuilt on every start.
#
# Environment:
#   SERVE_PORT           nginx's port (default 8080)
#   SERVE_DIR            state: database, static, media, caches (default var/serve)
#   SERVE_UNCACHED_PORT  also serve the site without the page cache on this port (make bench)
#   SERVE_RATE_LIMITS=off  nginx counts nobody against the per-visitor limits (make bench:
#                        wrk sends everything from 127.0.0.1)
#   SERVE_SKIP_DEMO=1    leave the database empty but migrated
#   SERVE_SEARCH_URL     the search engine to use (default none: the database backend; make chaos)
#   SERVE_CACHE=file     Django's file cache instead of Redis (make chaos: its disk-full fault)
#   SERVE_CACHE_DIR      that file cache (default SERVE_DIR/cache/django; make chaos: a small tmpfs)
#   SERVE_REDIS_MAXMEMORY  Redis's memory cap, least recently used keys evicted beyond it (default 256mb)
#   SERVE_READY_FILE     touched once the site answers (for scripts that start this one)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$PWD/.venv/bin/python
dir=$(realpath -m "${SERVE_DIR:-var/serve}")
port=${SERVE_PORT:-8080}
log() { echo "serve: $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

scripts/system-deps.sh serve
# The database is rebuilt below, so an earlier run's cached pages are stale; worse, they made
# the readiness check below pass while gunicorn was still starting.
rm -rf "$dir/nginx/cache"
mkdir -p "$dir/nginx"
# As root, nginx's workers run as www-data: they must reach the static, media and cache folders.
# Django's file cache creates missing parents with mode 700 (it sets umask 077), which locks
# them out of a var/ it happened to create first.
if [ "$(id -u)" = 0 ] && ! runuser -u www-data -- test -x "$dir/nginx"; then
  log "nginx's workers (user www-data) cannot reach $dir; let them in, e.g. chmod o+x on each"
  log "parent folder (var/ is 700 when Django's file cache created it first), or set SERVE_DIR"
  exit 1
fi
rm -f "${SERVE_READY_FILE:-/nonexistent}"

cache=${SERVE_CACHE:-redis}
case "$cache" in redis|file) ;; *) log "SERVE_CACHE must be redis (the default) or file, not '$cache'"; exit 2 ;; esac
redis_dir=$dir/redis
redis_sock=$redis_dir/redis.sock
# A unix socket's path is limited to 107 bytes; redis-server would refuse a longer one.
if [ "$cache" = redis ] && [ "${#redis_sock}" -gt 107 ]; then
  log "the Redis socket path $redis_sock is too long for a unix socket; set a shorter SERVE_DIR"
  exit 1
fi

gunicorn_pid='' nginx_pid='' redis_pid=''
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$nginx_pid" ]; then kill -QUIT "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$gunicorn_pid" ]; then kill -TERM "$gunicorn_pid" 2>/dev/null || true; wait "$gunicorn_pid" 2>/dev/null || true; fi
  # After gunicorn, which uses it until it stops. No persistence, so it exits at once.
  if [ -n "$redis_pid" ]; then kill -TERM "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
  scripts/postgres.sh stop "$dir/pg" >/dev/null 2>&1 || true
  log "stopped"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

db_url=$(scripts/postgres.sh start "$dir/pg" | tail -n 1)

cache_url=''
if [ "$cache" = redis ]; then
  # The shared Django cache: a private redis-server on a unix socket under SERVE_DIR, no TCP
  # port, nothing written to disk (the database is rebuilt on every start, so must the cache
  # be), memory capped with LRU eviction as a cache should be. It runs as this script's user,
  # as gunicorn and the manage.py commands below do: they are its only clients (nginx never
  # talks to it), so the socket is theirs alone (700).
  mkdir -p "$redis_dir"
  # A hard-killed earlier run may have left its server on this socket: stop it first.
  if [ -s "$redis_dir/redis.pid" ]; then
    old=$(cat "$redis_dir/redis.pid")
    if [ "$(cat "/proc/$old/comm" 2>/dev/null)" = redis-server ]; then
      log "stopping the Redis server an earlier run left (pid $old)"
      kill -TERM "$old" 2>/dev/null || true
      for _ in $(seq 50); do [ -e "/proc/$old" ] || break; sleep 0.1; done
    fi
  fi
  rm -f "$redis_sock" "$redis_dir/redis.pid"
  # In a session of its own, so that the terminal's Ctrl+C does not stop it before gunicorn
  # (whose requests would fail meanwhile): stop_all stops it last. (A background command of a
  # script is no process-group leader, so setsid runs it in place and $! is redis-server.)
  setsid redis-server --port 0 --unixsocket "$redis_sock" --unixsocketperm 700 --save '' --appendonly no \
    --maxmemory "${SERVE_REDIS_MAXMEMORY:-256mb}" --maxmemory-policy allkeys-lru --dir "$redis_dir" \
    --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" --daemonize no &
  redis_pid=$!
  for _ in $(seq 100); do
    [ "$(redis-cli -s "$redis_sock" ping 2>/dev/null)" = PONG ] && break
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ "$(redis-cli -s "$redis_sock" ping 2>/dev/null)" = PONG ] \
    || { log "redis-server did not answer on $redis_sock; see $redis_dir/redis.log"; exit 1; }
  cache_url=unix://$redis_sock
  log "Redis (the shared Django cache) on $redis_sock"
fi
app_port=$(free_port)
purge_port=$(free_port)
[ -s "$dir/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$dir/secret_key"
cat >"$dir/env" <<ENV
DJANGO_SETTINGS_MODULE=cms.settings.production
SECRET_KEY=$(cat "$dir/secret_key")
DATABASE_URL=$db_url
ALLOWED_HOSTS=127.0.0.1,localhost
CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$port,http://localhost:$port
WAGTAILADMIN_BASE_URL=http://127.0.0.1:$port
SECURE_SSL_REDIRECT=0
COOKIES_SECURE=0
SECURE_HSTS_SECONDS=0
STATIC_ROOT=$dir/static
MEDIA_ROOT=$dir/media
PRIVATE_MEDIA_ROOT=$dir/private
CACHE_URL=$cache_url
CACHE_DIR=${SERVE_CACHE_DIR:-$dir/cache/django}
SEARCH_URL=${SERVE_SEARCH_URL:-}
PAGE_CACHE_PURGE_URL=http://127.0.0.1:$purge_port
GUNICORN_BIND=127.0.0.1:$app_port
SERVE_PORT=$port
ENV
set -a; . "$dir/env"; set +a

log "database, translations, static files"
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py compilemessages --ignore=.venv -v0
"$PY" manage.py collectstatic --noinput -v0
if [ -z "${SERVE_SKIP_DEMO:-}" ]; then
  log "roles and demo content"
  "$PY" manage.py setup_roles -v0
  # Nothing is cached yet, so the demo's publishes need not be purged; with a search engine,
  # one update_index afterwards is quicker than a request to it per saved page.
  PAGE_CACHE_PURGE_URL='' SEARCH_URL='' "$PY" manage.py load_demo_content -v0
  [ -z "$SEARCH_URL" ] || "$PY" manage.py update_index -v0
fi
"$PY" manage.py prepare_local_stack --port "$port"

"$PY" -m cms.nginx local --dir "$dir/nginx" --listen "127.0.0.1:$port" --upstream "127.0.0.1:$app_port" \
  --purge-listen "127.0.0.1:$purge_port" --static-root "$STATIC_ROOT" --media-root "$MEDIA_ROOT" \
  ${SERVE_UNCACHED_PORT:+--uncached-listen "127.0.0.1:$SERVE_UNCACHED_PORT"} \
  $([ "${SERVE_RATE_LIMITS:-on}" = off ] && echo --no-rate-limits) >"$dir/nginx/nginx.conf"
nginx -t -q -c "$dir/nginx/nginx.conf"

.venv/bin/gunicorn -c deploy/gunicorn.conf.py cms.wsgi &
gunicorn_pid=$!
nginx -c "$dir/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!

for _ in $(seq 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
  [ "$code" = 200 ] && break
  sleep 0.5
done
[ "$code" = 200 ] || { log "the site did not answer (last status $code); see $dir/nginx/error.log"; exit 1; }
[ -z "${SERVE_READY_FILE:-}" ] || touch "$SERVE_READY_FILE"
log "ready: http://127.0.0.1:$port/  (admin: http://127.0.0.1:$port/${ADMIN_URL_PATH:-admin/})  — Ctrl+C stops it"
wait -n "$gunicorn_pid" "$nginx_pid" || true
log "gunicorn or nginx exited"
