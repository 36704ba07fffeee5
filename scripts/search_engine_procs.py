"""What scripts/search-engine.sh asks about running search-engine nodes (EngineNode JVMs).

A node outlives whatever started it (its own session, so Ctrl-C in a terminal leaves it be):
after a hard kill of `make run`, or with its pid file gone (`make clean`), only the process
table still says which node belongs to which data dir. Linux only: it reads /proc.

    own MAIN_CLASS HOME...            "PID PORT HOME" per node whose home is one of HOME
    all MAIN_CLASS                    "PID PORT HOME" per node (tab-separated, as for own)
    age PID                           whole seconds since PID started
    holds-home PID HOME               exit 0 if PID holds the node lock under HOME (exit 1 when the
                                      data dir was deleted or replaced under the running node)
    serves PORT PID HOME CLUSTER      exit 0 if the node answering on 127.0.0.1:PORT says it is PID,
                                      with that home and cluster name (its _nodes/_local API)
    port-holder PORT                  "PID COMMAND" of the process listening on PORT, when visible
"""

import json
import os
import sys
import urllib.request

DEFAULT_PORT = "9200"  # EngineNode's defaults when started without positional arguments
DEFAULT_HOME = "var/search-engine"
NODE_LOCK = ("data", "nodes", "0", "node.lock")


def pids():
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def read_argv(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            raw = file.read()
    except OSError:
        return []
    return [arg.decode(errors="replace") for arg in raw.split(b"\0")[:-1]]


def engine_nodes(main_class):
    """(pid, port, home) of every process running MAIN_CLASS, home made absolute and real."""
    for pid in pids():
        argv = read_argv(pid)
        if main_class not in argv or pid == os.getpid():
            continue
        # The wrapper that execs the JVM (`bash -c ... java ... MAIN_CLASS`) has the same pid
        # as the JVM it becomes, so it counts as the node.
        positional = [arg for arg in argv[argv.index(main_class) + 1:] if not arg.startswith("-E")]
        port = positional[0] if positional else DEFAULT_PORT
        home = positional[1] if len(positional) > 1 else DEFAULT_HOME
        try:
            home = os.path.join(os.readlink(f"/proc/{pid}/cwd"), home)
        except OSError:
            pass
        yield pid, port, os.path.realpath(home)


def start_ticks(pid):
    with open(f"/proc/{pid}/stat") as file:
        # the command name (field 2) may hold spaces and parentheses: split after its ")"
        return int(file.read().rsplit(")", 1)[1].split()[19])


def age(pid):
    with open("/proc/uptime") as file:
        uptime = float(file.read().split()[0])
    return int(uptime - start_ticks(pid) / os.sysconf("SC_CLK_TCK"))


def holds_home(pid, home):
    try:
        lock = os.stat(os.path.join(home, *NODE_LOCK))
    except OSError:
        return False
    fd_dir = f"/proc/{pid}/fd"
    try:
        fds = os.listdir(fd_dir)
    except OSError:
        return False
    for fd in fds:
        try:
            held = os.stat(os.path.join(fd_dir, fd))
        except OSError:
            continue
        if (held.st_dev, held.st_ino) == (lock.st_dev, lock.st_ino):
            return True
    return False


def serves(port, pid, home, cluster):
    url = (f"http://127.0.0.1:{port}/_nodes/_local/process,settings?filter_path="
           "nodes.*.process.id,nodes.*.settings.path.home,nodes.*.settings.cluster.name")
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            nodes = list(json.load(response)["nodes"].values())
    except (OSError, ValueError, KeyError, AttributeError):
        return False
    if len(nodes) != 1:
        return False
    node = nodes[0]
    settings = node.get("settings", {})
    return (node.get("process", {}).get("id") == pid
            and os.path.realpath(settings.get("path", {}).get("home", "")) == os.path.realpath(home)
            and settings.get("cluster", {}).get("name") == cluster)


def listening_inodes(port):
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as file:
                rows = file.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # 0A: LISTEN
                inodes.add(fields[9])
    return inodes


def port_holder(port):
    sockets = {f"socket:[{inode}]" for inode in listening_inodes(port)}
    for pid in pids() if sockets else ():
        fd_dir = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue  # another user's process: not ours to look into
        for fd in fds:
            try:
                if os.readlink(os.path.join(fd_dir, fd)) in sockets:
                    command = " ".join(read_argv(pid)) or "?"
                    return pid, command if len(command) <= 100 else command[:99] + "…"
            except OSError:
                continue
    return None


def main(argv):
    command, args = argv[0], argv[1:]
    if command == "own":
        homes = {os.path.realpath(home) for home in args[1:]}
        for pid, port, home in engine_nodes(args[0]):
            if home in homes:
                print(pid, port, home, sep="\t")
    elif command == "all":
        for pid, port, home in engine_nodes(args[0]):
            print(pid, port, home, sep="\t")
    elif command == "age":
        print(age(int(args[0])))
    elif command == "holds-home":
        return 0 if holds_home(int(args[0]), args[1]) else 1
    elif command == "serves":
        return 0 if serves(int(args[0]), int(args[1]), args[2], args[3]) else 1
    elif command == "port-holder":
        holder = port_holder(int(args[0]))
        if holder:
            print(*holder, sep="\t")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
