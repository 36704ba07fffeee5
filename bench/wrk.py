"""Run wrk (Debian package) against one URL and read its summary."""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int


def _ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)]


def parse(output):
    percentile = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    total = re.search(r"^\s+(\d+) requests in", output, re.MULTILINE)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = (sum(int(n) for n in sockets.groups()) if sockets else 0) + (int(non_2xx.group(1)) if non_2xx else 0)
    # With every request timed out wrk prints no (or an all-zero) latency distribution.
    nan = float("nan")
    if set(percentile.values()) <= {"0.00us"}:
        percentile = {}
    return Result(requests_per_second=float(rps.group(1)), p50_ms=_ms(percentile["50"]) if "50" in percentile else nan,
                  p99_ms=_ms(percentile["99"]) if "99" in percentile else nan, errors=errors,
                  requests=int(total.group(1)))


CYCLE = Path(__file__).with_name("cycle.lua")


def run(url, seconds=10, connections=16, threads=2, save_to=None, paths_file=None):
    """wrk against `url`; with `paths_file`, against each path listed there in turn (cycle.lua)."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    command += ["-s", str(CYCLE), url, "--", str(paths_file)] if paths_file else [url]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True)
    if save_to:
        save_to.write_text(completed.stdout)
    return parse(completed.stdout)
