#!/usr/bin/env bash
# Single-node OpenSearch 2.19.6 for development and tests, assembled from
# Maven Central jars (see search/engine/README.md).
#
#   scripts/search-engine.sh ensure               # install JDK/Maven if missing, resolve + compile
#   scripts/search-engine.sh run PORT DATADIR     # foreground (make search-engine)
#   scripts/search-engine.sh start PORT DATADIR   # background; prints http://127.0.0.1:PORT last
#       reuses DATADIR's running node when healthy on PORT, else replaces it; fails when
#       PORT is held by anything else (another data dir's node, another program)
#   scripts/search-engine.sh stop DATADIR         # TERM, then KILL after SEARCH_ENGINE_STOP_TIMEOUT s
#   scripts/search-engine.sh free-port            # prints a free TCP port on 127.0.0.1
#   scripts/search-engine.sh start-cluster N DIR  # N nodes (DIR/node1..N) forming one cluster; prints
#       the comma-separated SEARCH_URL last; again on the same DIR restarts the nodes that are down
#   scripts/search-engine.sh stop-cluster DIR     # stops every node of DIR's cluster
#
# Environment:
#   SEARCH_ENGINE_HEAP           JVM heap (-Xms/-Xmx), default 512m
#   SEARCH_ENGINE_JAVA_OPTS      extra JVM options
#   SEARCH_ENGINE_CLUSTER        cluster name, default dinsos-search
#   SEARCH_ENGINE_START_TIMEOUT  seconds to wait for start, default 90
#   SEARCH_ENGINE_STOP_TIMEOUT   seconds before KILL on stop, default 10
#   SEARCH_ENGINE_SETTINGS       extra node settings, "key=value key=value" (start-cluster sets them)
#   SEARCH_ENGINE_CLUSTER_HEAP   heap of each start-cluster node, default 384m
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENGINE_DIR="$ROOT/search/engine"
POM="$ENGINE_DIR/pom.xml"
SRC="$ENGINE_DIR/src/main/java/id/go/jogjaprov/dinsos/search/EngineNode.java"
TARGET="$ENGINE_DIR/target"
CLASSPATH_FILE="$TARGET/classpath.txt"
CLASSES="$TARGET/classes"
MAIN_CLASS="id.go.jogjaprov.dinsos.search.EngineNode"
CLASS_FILE="$CLASSES/id/go/jogjaprov/dinsos/search/EngineNode.class"

HEAP="${SEARCH_ENGINE_HEAP:-512m}"
CLUSTER="${SEARCH_ENGINE_CLUSTER:-dinsos-search}"
START_TIMEOUT="${SEARCH_ENGINE_START_TIMEOUT:-90}"
STOP_TIMEOUT="${SEARCH_ENGINE_STOP_TIMEOUT:-10}"

die() { echo "search-engine: $*" >&2; exit 1; }
log() { echo "search-engine: $*" >&2; }

usage() {
    sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Run a command quietly; show its output only if it fails.
quiet() {
    local out rc=0
    out="$(mktemp)"
    "$@" >"$out" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$out" >&2
        rm -f "$out"
        die "command failed ($rc): $*"
    fi
    rm -f "$out"
}

install_toolchain() {
    command -v javac >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1 && return 0
    command -v apt-get >/dev/null 2>&1 || die "javac/mvn missing and apt-get not available; install a JDK (17+) and Maven"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "javac/mvn missing; run as root or install default-jdk-headless and maven"
        sudo="sudo"
    fi
    log "installing default-jdk-headless and maven via apt-get ..."
    quiet $sudo apt-get update -qq
    quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        default-jdk-headless maven
}

classpath_ok() {
    [ -s "$CLASSPATH_FILE" ] || return 1
    [ "$CLASSPATH_FILE" -nt "$POM" ] || return 1
    local jar
    local -a jars
    IFS=':' read -r -a jars <"$CLASSPATH_FILE" || true
    [ "${#jars[@]}" -gt 0 ] || return 1
    for jar in "${jars[@]}"; do
        [ -f "$jar" ] || return 1   # e.g. ~/.m2 was wiped
    done
}

build() {
    install_toolchain
    mkdir -p "$TARGET"
    if ! classpath_ok; then
        quiet mvn -B -q -Dstyle.color=never -f "$POM" dependency:build-classpath \
            -Dmdep.outputFile="$CLASSPATH_FILE.tmp"
        mv -f "$CLASSPATH_FILE.tmp" "$CLASSPATH_FILE"
    fi
    if [ ! -f "$CLASS_FILE" ] || [ "$SRC" -nt "$CLASS_FILE" ] || [ "$CLASSPATH_FILE" -nt "$CLASS_FILE" ]; then
        local tmp="$TARGET/classes.tmp.$$"
        rm -rf "$tmp"
        mkdir -p "$tmp"
        quiet javac --release 17 -nowarn -encoding UTF-8 -cp "$(cat "$CLASSPATH_FILE")" -d "$tmp" "$SRC"
        rm -rf "$CLASSES"
        mv "$tmp" "$CLASSES"
    fi
}

ensure() {
    mkdir -p "$TARGET"
    # serialise concurrent ensure runs (e.g. parallel test workers)
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$TARGET/.ensure.lock"
        flock 9
        build
        flock -u 9
        exec 9>&-
    else
        build
    fi
}

# OpenSearch maps its data path to a mount point from /proc/self/mounts and refuses to start
# when none matches. That happens in a chroot (e.g. ../shared/tools/fresh-debian-check), whose
# root is not a mount: then the node's home goes to a tmpfs that is a visible mount, and
# DATADIR/engine.home remembers it so that `stop` can remove it.
engine_home() {
    local datadir="$1" home
    if python3 - "$datadir" <<'PY'
import os, sys
dev = os.stat(sys.argv[1]).st_dev
with open("/proc/self/mounts") as mounts:
    points = [line.split()[1].encode().decode("unicode_escape") for line in mounts]
sys.exit(0 if any(os.path.exists(p) and os.stat(p).st_dev == dev for p in points) else 1)
PY
    then
        echo "$datadir"
        return
    fi
    home="$(cat "$datadir/engine.home" 2>/dev/null || true)"
    if [ -z "$home" ] || [ ! -d "$home" ]; then
        home="$(mktemp -d /dev/shm/dinsos-engine.XXXXXX)"
        echo "$home" >"$datadir/engine.home"
        log "no mount point for $datadir (chroot?); node home is $home"
    fi
    echo "$home"
}

java_cmd() {
    local port="$1" datadir
    datadir="$(engine_home "$2")"
    # shellcheck disable=SC2206
    local extra=(${SEARCH_ENGINE_JAVA_OPTS:-})
    local setting node_settings=()
    for setting in ${SEARCH_ENGINE_SETTINGS:-}; do
        node_settings+=("-E$setting")
    done
    JAVA_CMD=(java
        "-Xms$HEAP" "-Xmx$HEAP"
        -XX:+UseG1GC -Xss1m -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 "-Djava.locale.providers=SPI,COMPAT"
        -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true -Dlog4j2.formatMsgNoLookups=true
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0
        "${extra[@]}"
        -cp "$CLASSES:$(cat "$CLASSPATH_FILE")"
        "$MAIN_CLASS" "$port" "$datadir" "$CLUSTER" "${node_settings[@]}")
}

remove_tmpfs_home() {
    local home
    home="$(cat "$1/engine.home" 2>/dev/null || true)"
    case "$home" in /dev/shm/dinsos-engine.*) rm -rf "$home" ;; esac
    rm -f "$1/engine.home"
}

check_port() {
    if ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ] || [ "$1" -gt 65535 ]; then
        die "invalid port: $1"
    fi
}

abspath() {
    mkdir -p "$1"
    (cd "$1" && pwd)
}

# GET a URL, print the body; non-zero if unreachable or HTTP error.
http_get() {
    if command -v curl >/dev/null 2>&1; then
        curl -fsS -m 3 "$1" 2>/dev/null
    else
        python3 -c 'import sys, urllib.request
sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=3).read().decode())' "$1" 2>/dev/null
    fi
}

# Ready = all primaries of existing indices are allocated (health yellow/green;
# HTTP 408 otherwise) and EngineNode has applied cluster.default_number_of_replicas=0.
# A cluster node is ready once it answers: cluster health needs an elected cluster manager,
# which may be the very node still down (start-cluster then waits for green on its own), and
# a running node must not be replaced for its peer's absence.
is_ready() {
    local port="$1" body
    if [[ "${SEARCH_ENGINE_SETTINGS:-}" == *discovery.seed_hosts=* ]]; then
        http_get "http://127.0.0.1:$port/" >/dev/null
        return
    fi
    http_get "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null || return 1
    body="$(http_get "http://127.0.0.1:$port/_cluster/settings?flat_settings=true")" || return 1
    [[ "$body" == *'"cluster.default_number_of_replicas":"0"'* ]]
}

port_in_use() {
    python3 -c 'import socket, sys
s = socket.socket()
s.settimeout(1)
sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)' "$1"
}

is_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null
}

read_pid() {
    local pidfile="$1/engine.pid"
    if [ -f "$pidfile" ]; then
        tr -dc '0-9' <"$pidfile" 2>/dev/null || true
    fi
}

procs() {
    python3 "$ROOT/scripts/search_engine_procs.py" "$@"
}

# "PID<tab>PORT<tab>HOME" per running node of DATADIR (its home is DATADIR or the tmpfs home
# remembered in DATADIR/engine.home), from the process table: a hard kill of the caller or
# `make clean` leaves the pid file stale or gone while the node keeps its port.
own_nodes() {
    local datadir="$1" tmpfs_home
    tmpfs_home="$(cat "$datadir/engine.home" 2>/dev/null || true)"
    procs own "$MAIN_CLASS" "$datadir" ${tmpfs_home:+"$tmpfs_home"}
}

# Whether PID is the first field of one of the NODES lines.
listed() {
    local pid="$1" node
    shift
    for node in "$@"; do
        [ "${node%%$'\t'*}" != "$pid" ] || return 0
    done
    return 1
}

# TERM, then KILL after STOP_TIMEOUT s.
kill_node() {
    local pid="$1" i
    kill -TERM "$pid" 2>/dev/null || true
    kill -CONT "$pid" 2>/dev/null || true   # a stopped (SIGSTOP) node acts on TERM only then
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
        is_alive "$pid" || return 0
        sleep 0.1
    done
    log "pid $pid did not stop within ${STOP_TIMEOUT}s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        is_alive "$pid" || return 0
        sleep 0.1
    done
}

# Whether the running node PID of DATADIR (home HOME) on PORT can be reused: it is ready, the
# node answering on PORT is that very process with our home and cluster name, and it still
# holds its data dir (not deleted under it by `make clean`). A node still starting (an earlier
# `start` was killed while waiting) is waited for until START_TIMEOUT s after its own start.
# When not, UNUSABLE says why.
node_reusable() {
    local pid="$1" port="$2" home="$3" datadir="$4" told=
    UNUSABLE="it exited"
    while is_alive "$pid"; do
        if is_ready "$port"; then
            if ! procs serves "$port" "$pid" "$home" "$CLUSTER"; then
                UNUSABLE="the node answering on port $port is not this process (or not cluster $CLUSTER)"
                return 1
            fi
            if ! procs holds-home "$pid" "$home"; then
                UNUSABLE="its data dir was deleted or replaced under it"
                return 1
            fi
            return 0
        fi
        if [ "$(procs age "$pid" 2>/dev/null || echo 0)" -ge "$START_TIMEOUT" ]; then
            UNUSABLE="not ready ${START_TIMEOUT}s after its start"
            return 1
        fi
        if [ -z "$told" ]; then
            log "the search engine of $datadir (pid $pid) is still starting; waiting for it"
            told=1
        fi
        sleep 0.5
    done
    return 1
}

# Why PORT is taken, when no node of DATADIR holds it.
port_taken_message() {
    local port="$1" datadir="$2" pid node_port home holder
    while IFS=$'\t' read -r pid node_port home; do
        if [ "$node_port" = "$port" ]; then
            echo "port $port on 127.0.0.1 is held by the search engine of another data dir" \
                "($home, pid $pid; another checkout's?), not by the one of $datadir;" \
                "stop it (scripts/search-engine.sh stop $home) or choose another port"
            return
        fi
    done < <(procs all "$MAIN_CLASS")
    holder="$(procs port-holder "$port" 2>/dev/null || true)"
    if [ -n "$holder" ]; then
        holder="pid ${holder%%$'\t'*} (${holder#*$'\t'})"
    fi
    echo "port $port on 127.0.0.1 is held by ${holder:-a process of another user}," \
        "not by the search engine of $datadir; stop it or choose another port"
}

cmd_run() {
    [ $# -eq 2 ] || usage
    check_port "$1"
    ensure
    local datadir
    datadir="$(abspath "$2")"
    java_cmd "$1" "$datadir"
    exec "${JAVA_CMD[@]}"
}

cmd_start() {
    [ $# -eq 2 ] || usage
    local port="$1" datadir pid pidfile logfile node node_pid node_port node_home UNUSABLE
    local -a nodes
    check_port "$port"
    ensure
    datadir="$(abspath "$2")"
    pidfile="$datadir/engine.pid"
    logfile="$datadir/engine.log"

    mapfile -t nodes < <(own_nodes "$datadir")
    pid="$(read_pid "$datadir")"
    if [ -n "$pid" ] && ! listed "$pid" "${nodes[@]}"; then
        log "stale pid file: pid $pid is not a search engine of $datadir"
    fi
    # Reuse this data dir's node when it is healthy on PORT; replace it otherwise (one data
    # dir takes one node: OpenSearch locks it).
    for node in "${nodes[@]}"; do
        IFS=$'\t' read -r node_pid node_port node_home <<<"$node"
        if [ "$node_port" = "$port" ] && node_reusable "$node_pid" "$port" "$node_home" "$datadir"; then
            echo "$node_pid" >"$pidfile"
            echo "$port" >"$datadir/engine.port"
            log "reusing the running search engine of $datadir (pid $node_pid)"
            echo "http://127.0.0.1:$port"
            return 0
        fi
        if [ "$node_port" = "$port" ]; then
            log "replacing the search engine of $datadir (pid $node_pid): $UNUSABLE"
        else
            log "replacing the search engine of $datadir on port $node_port (pid $node_pid): port $port is asked for"
        fi
        kill_node "$node_pid"
    done
    rm -f "$pidfile"
    if port_in_use "$port"; then
        die "$(port_taken_message "$port" "$datadir")"
    fi

    java_cmd "$port" "$datadir"
    echo "$port" >"$datadir/engine.port"
    # own session: not killed by Ctrl-C in the calling terminal; the pid file
    # is written by the process that then execs java, so it is the JVM's pid.
    # shellcheck disable=SC2016
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" "${JAVA_CMD[@]}" \
        </dev/null >"$logfile" 2>&1 &
    # ... but one interrupted before it is ready is stopped, not left behind half-started.
    trap 'log "interrupted; stopping the engine being started"; cmd_stop "$datadir"; exit 130' INT TERM HUP

    local ticks=0   # half-seconds
    while :; do
        pid="$(read_pid "$datadir")"
        if is_ready "$port"; then
            break
        fi
        if [ -n "$pid" ] && ! is_alive "$pid"; then
            log "engine exited during start-up; last lines of $logfile:"
            tail -n 40 "$logfile" >&2 || true
            rm -f "$pidfile"
            exit 1
        fi
        if [ "$ticks" -ge $((START_TIMEOUT * 2)) ]; then
            log "engine did not answer within ${START_TIMEOUT}s; last lines of $logfile:"
            tail -n 40 "$logfile" >&2 || true
            cmd_stop "$datadir" || true
            exit 1
        fi
        sleep 0.5
        ticks=$((ticks + 1))
    done
    trap - INT TERM HUP
    log "started (pid $pid, log $logfile) in ~$((ticks / 2))s"
    echo "http://127.0.0.1:$port"
}

# Stops every node of DATADIR found in the process table (the pid file may be stale or gone).
cmd_stop() {
    [ $# -eq 1 ] || usage
    local datadir="$1" pid node
    local -a nodes
    mapfile -t nodes < <(own_nodes "$datadir")
    pid="$(read_pid "$datadir")"
    if is_alive "$pid" && ! listed "$pid" "${nodes[@]}"; then
        log "pid $pid is not a search engine of $datadir; removing stale pid file"
    fi
    for node in "${nodes[@]}"; do
        kill_node "${node%%$'\t'*}"
    done
    [ -d "$datadir" ] || return 0
    rm -f "$datadir/engine.pid"
    remove_tmpfs_home "$datadir"
}

cmd_free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# A cluster on loopback: DIR/cluster.conf fixes its name and ports on the first start, so a
# node started again (after a crash, or a test's kill -9) rejoins the same cluster.
cluster_conf() {
    local n="$1" dir="$2" k ports="" transports=""
    if [ -f "$dir/cluster.conf" ]; then
        # shellcheck disable=SC1091
        . "$dir/cluster.conf"
        [ "$NODES" = "$n" ] || die "$dir holds a cluster of $NODES nodes, not $n"
        return
    fi
    for ((k = 1; k <= n; k++)); do
        ports+="$(cmd_free_port) "
        transports+="$(cmd_free_port) "
    done
    printf 'NODES=%s\nNAME=dinsos-cluster-%s\nHTTP_PORTS="%s"\nTRANSPORT_PORTS="%s"\n' \
        "$n" "$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')" "${ports% }" "${transports% }" >"$dir/cluster.conf"
    cluster_conf "$n" "$dir"
}

cmd_start_cluster() {
    [ $# -eq 2 ] || usage
    local n="$1" dir k rc=0 seeds="" managers="" urls=""
    local -a http transport pids
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 2 ] && [ "$n" -le 9 ] || die "start-cluster: N must be 2 to 9"
    ensure
    dir="$(abspath "$2")"
    cluster_conf "$n" "$dir"
    read -r -a http <<<"$HTTP_PORTS"
    read -r -a transport <<<"$TRANSPORT_PORTS"
    for ((k = 1; k <= n; k++)); do
        seeds+="127.0.0.1:${transport[k - 1]},"
        managers+="$NAME-$k,"
        urls+="http://127.0.0.1:${http[k - 1]},"
    done
    # Side by side: the first election needs the listed cluster-manager-eligible nodes up.
    for ((k = 1; k <= n; k++)); do
        SEARCH_ENGINE_CLUSTER="$NAME" SEARCH_ENGINE_HEAP="${SEARCH_ENGINE_CLUSTER_HEAP:-384m}" \
        SEARCH_ENGINE_SETTINGS="discovery.type=zen node.name=$NAME-$k transport.port=${transport[k - 1]} discovery.seed_hosts=${seeds%,} cluster.initial_cluster_manager_nodes=${managers%,}" \
            "${BASH_SOURCE[0]}" start "${http[k - 1]}" "$dir/node$k" >"$dir/node$k.start.log" 2>&1 &
        pids+=($!)
    done
    for ((k = 1; k <= n; k++)); do
        if ! wait "${pids[k - 1]}"; then
            log "node $k of $NAME did not start:"
            cat "$dir/node$k.start.log" >&2
            rc=1
        fi
    done
    [ "$rc" -eq 0 ] || exit 1
    # Every node has joined and every shard copy (replicas included) is allocated. Polled in short
    # requests: a restarted node may first have to win the election (HTTP 503 until then).
    local deadline=$((SECONDS + START_TIMEOUT))
    until http_get "http://127.0.0.1:${http[0]}/_cluster/health?wait_for_nodes=$n&wait_for_status=green&timeout=2s" >/dev/null; do
        [ "$SECONDS" -lt "$deadline" ] || die "cluster $NAME did not reach $n nodes and green health within ${START_TIMEOUT}s"
        sleep 1
    done
    log "cluster $NAME: $n nodes, green"
    echo "${urls%,}"
}

cmd_stop_cluster() {
    [ $# -eq 1 ] || usage
    local node
    for node in "$1"/node*/; do
        if [ -d "$node" ]; then
            cmd_stop "${node%/}"
        fi
    done
}

[ $# -ge 1 ] || usage
command="$1"
shift
case "$command" in
    ensure) [ $# -eq 0 ] || usage; ensure ;;
    run) cmd_run "$@" ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    free-port) [ $# -eq 0 ] || usage; cmd_free_port ;;
    start-cluster) cmd_start_cluster "$@" ;;
    stop-cluster) cmd_stop_cluster "$@" ;;
    -h | --help | help) usage ;;
    *) usage ;;
esac
