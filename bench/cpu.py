"""Where the machine's CPU goes during one wrk run: per request, for each server process group.

req/s on a 2-core machine is bounded by the CPU one request costs across every process that
serves it (gunicorn, the search node, PostgreSQL, nginx), plus wrk's own. `make bench` prints
that cost next to each run so a missed throughput target says which process it is spent in
and what ceiling the sum implies, instead of only that it was missed.

Linux only (/proc). A process that exits during the run (a recycled gunicorn worker) takes its
CPU time with it; the whole machine's figure, from /proc/stat, still holds it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str] | None:
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may hold spaces: split after its last ")".
    return text.rsplit(")", 1)[1].split()


def process_seconds(pid: int) -> float:
    """User + system CPU seconds of one process (0 when it is gone)."""
    fields = _stat_fields(pid)
    return (int(fields[11]) + int(fields[12])) / TICKS if fields else 0.0


def descendants(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields:
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def command_line(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def machine_busy_seconds() -> float:
    """CPU seconds every core spent not idle since boot (/proc/stat's first line)."""
    values = [int(v) for v in (PROC / "stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / TICKS


@dataclass
class Usage:
    """CPU ms per request, by group, over one run."""

    per_request_ms: dict[str, float]
    machine_ms: float
    cores: int

    def server_ms(self) -> float:
        return sum(ms for name, ms in self.per_request_ms.items() if name != "wrk")

    def ceiling(self) -> float:
        """Requests/s the cores could serve if they did nothing but this: cores / server CPU."""
        server = self.server_ms()
        return self.cores * 1000 / server if server else float("inf")


class Meter:
    """``groups``: {name: callable returning the pids of that group now}. Pids are listed again
    at the end, so workers forked during the run count from where they started (zero)."""

    def __init__(self, groups):
        self.groups = groups

    def _snapshot(self):
        return {name: {pid: process_seconds(pid) for pid in pids()} for name, pids in self.groups.items()}

    def __enter__(self):
        self.before, self.busy_before = self._snapshot(), machine_busy_seconds()
        self.children_before = os.times().children_user + os.times().children_system
        return self

    def __exit__(self, *exc):
        self.after, self.busy_after = self._snapshot(), machine_busy_seconds()
        self.children_after = os.times().children_user + os.times().children_system
        return False

    def usage(self, requests: int) -> Usage:
        requests = max(requests, 1)
        spent = {}
        for name, pids in self.after.items():
            start = self.before.get(name, {})
            spent[name] = sum(max(seconds - start.get(pid, 0.0), 0.0) for pid, seconds in pids.items())
        # wrk is this process's child, waited for by subprocess.run: its time is in os.times().
        spent["wrk"] = self.children_after - self.children_before
        return Usage(per_request_ms={name: 1000 * s / requests for name, s in spent.items()},
                     machine_ms=1000 * (self.busy_after - self.busy_before) / requests, cores=os.cpu_count() or 1)


def matching(root_pid: int, needle: str):
    """A group: the processes under ``root_pid`` whose command line holds ``needle``."""
    return lambda: [pid for pid in descendants(root_pid) if needle in command_line(pid)]


def from_pid_file(path: Path):
    """A group: the process whose pid is the first line of ``path``, and its children."""
    def pids():
        try:
            return descendants(int(path.read_text().split()[0]))
        except (OSError, ValueError, IndexError):
            return []
    return pids
