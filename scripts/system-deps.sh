#!/usr/bin/env bash
# Install the Debian 12 system packages the project needs, only those missing.
#
# Usage: scripts/system-deps.sh GROUP...
#   base  what `make run` needs: python3-venv (ensurepip), gettext (msgfmt)
#   test  what `make test` needs on top: postgresql (+ its rum extension), chromium + fonts, a JRE, node + npm,
#         nginx with the cache-purge module (page-cache integration test), redis-server
#         (the shared-cache test)
#   serve what `make serve` needs: postgresql (+ rum), nginx with the cache-purge module, redis-server
#   bench what `make bench` needs on top of serve: wrk
#
# Runs `apt-get update` at most once, and only when something must be installed.
# Not root and something missing: says what to install and exits 1.
set -euo pipefail

usage() { echo "usage: $0 {base|test|serve|bench}..." >&2; exit 2; }
[ $# -ge 1 ] || usage

pkgs=()     # packages to install
reasons=()  # one short reason per package
need() {
  local p
  for p in "${pkgs[@]+"${pkgs[@]}"}"; do [ "$p" = "$1" ] && return 0; done
  pkgs+=("$1"); reasons+=("$2")
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
have() { command -v "$1" >/dev/null 2>&1; }

check_base() {
  # Debian's python3 has the venv module but ships ensurepip (needed by
  # `python3 -m venv` to install pip) in python3-venv.
  if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
    need python3-venv "python3 -m venv (ensurepip)"
  fi
  have msgfmt || need gettext "msgfmt/xgettext (translations)"
  # Pillow and psycopg[binary] wheels bundle their native libraries: nothing else.
}

# The PostgreSQL major version the server runs: the installed one, else Debian 12's.
pg_major() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  d=${d%/bin}
  echo "${d##*/}" | grep -E '^[0-9]+$' || echo 15
}

# Search ranks a pool the RUM indexes pick instead of every match (search/postgres_rum.py).
check_rum() {
  local v
  v=$(pg_major)
  [ -e "/usr/share/postgresql/$v/extension/rum.control" ] || need "postgresql-$v-rum" "RUM indexes for search"
}

check_test() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need postgresql "PostgreSQL server for tests"
  check_rum
  [ -x /usr/bin/chromium ] || need chromium "headless browser for screenshots"
  # Playwright's bundled node driver links against libatomic, absent from minimal Debian.
  installed libatomic1 || need libatomic1 "Playwright's node driver"
  # fontconfig alone pulls one font; these give screenshots a sans/serif/mono set
  # (fonts-liberation is metric-compatible with Arial/Times/Courier).
  installed fonts-dejavu-core || need fonts-dejavu-core "fonts for screenshots"
  installed fonts-liberation || need fonts-liberation "fonts for screenshots"
  have java || need default-jre-headless "Java for the HTML validator"
  # npm installs the pinned test-only tools of package-lock.json (axe-core, vnu.jar).
  have node || need nodejs "runs npm"
  have npm || need npm "installs axe-core and the HTML validator (scripts/frontend-deps.sh)"
  # The benchmark's tools have tests of their own (bench/tests): its wrk script among them.
  check_bench
}

check_serve() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need postgresql "PostgreSQL server"
  check_rum
  [ -x /usr/sbin/nginx ] || need nginx "reverse proxy with the page cache"
  installed libnginx-mod-http-cache-purge || need libnginx-mod-http-cache-purge "page-cache purge on publish"
  # The cache every gunicorn worker shares (counters, frame fragments): scripts/serve.sh starts
  # a private one on a unix socket. The package's own service stays off (policy-rc.d below).
  [ -x /usr/bin/redis-server ] || need redis-server "the shared Django cache (CACHE_URL)"
}

check_bench() {
  check_serve
  have wrk || need wrk "HTTP load generator for make bench"
}

for g in "$@"; do
  case "$g" in
    base) check_base ;;
    test) check_test ;;
    serve) check_serve ;;
    bench) check_bench ;;
    *) echo "$0: unknown group '$g'" >&2; usage ;;
  esac
done

[ ${#pkgs[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages; install them as root with:" >&2
  echo "  apt-get update && apt-get install --no-install-recommends ${pkgs[*]}" >&2
  echo "(or run: sudo $0 $*)" >&2
  exit 1
fi

# Don't let package scripts start services (e.g. postgresql's default cluster on
# port 5432): the tests start their own throwaway cluster. policy-rc.d is Debian's
# switch for that; put one only for the duration of the install, if none exists.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  trap 'rm -f "$policy"' EXIT
  trap 'exit 130' INT TERM
  printf '#!/bin/sh\n# temporary, from scripts/system-deps.sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
fi

for i in "${!pkgs[@]}"; do
  echo "system-deps: installing ${pkgs[$i]} (${reasons[$i]})"
done
export DEBIAN_FRONTEND=noninteractive
aptlog=$(mktemp /tmp/system-deps.XXXXXX.log)
if ! { apt-get update -qq &&
       apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${pkgs[@]}"; } >"$aptlog" 2>&1; then
  tail -n 40 "$aptlog" >&2
  echo "system-deps: apt-get failed (full log: $aptlog)" >&2
  exit 1
fi
rm -f "$aptlog"
echo "system-deps: done"
