"""bench/cpu.py: CPU per request by process group, read from /proc."""

import subprocess
import sys
import time

import pytest

from bench import cpu

BURN = "import time\nend = time.process_time() + {seconds}\nwhile time.process_time() < end: pass\n"


def test_a_busy_group_is_charged_and_an_idle_one_is_not(tmp_path):
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    pid_file = tmp_path / "idle.pid"
    pid_file.write_text(f"{idle.pid}\nsecond line, as postmaster.pid has\n")
    try:
        meter = cpu.Meter({"idle": cpu.from_pid_file(pid_file),
                           "missing": cpu.from_pid_file(tmp_path / "none.pid")})
        with meter:
            # Waited for, as wrk is: charged to "wrk" through os.times().
            subprocess.run([sys.executable, "-c", BURN.format(seconds=0.3)], check=True)
        usage = meter.usage(requests=10)
    finally:
        idle.kill()
        idle.wait()
    assert usage.per_request_ms["wrk"] == pytest.approx(30, abs=15)  # 0.3 s over 10 requests
    assert usage.per_request_ms["idle"] < 2 and usage.per_request_ms["missing"] == 0
    assert usage.machine_ms >= usage.per_request_ms["wrk"] * 0.5
    assert usage.server_ms() == usage.per_request_ms["idle"]  # wrk is the client, not a server


def test_a_group_follows_the_processes_below_its_root(tmp_path):
    script = tmp_path / "grandchild.py"
    script.write_text(BURN.format(seconds=0.4))
    # The parent finds the script through the environment, so only the grandchild's command
    # line names it.
    busy = subprocess.Popen([sys.executable, "-c", "import os, subprocess, sys\n"
                             "subprocess.run([sys.executable, os.environ['SCRIPT']])"],
                            env={"SCRIPT": str(script)})
    try:
        group = cpu.matching(busy.pid, "grandchild.py")
        deadline = time.monotonic() + 5
        while not group() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(group()) == 1 and group() != [busy.pid]
        meter = cpu.Meter({"grandchild": group})
        with meter:
            time.sleep(0.2)
        assert meter.usage(requests=1).per_request_ms["grandchild"] > 50
    finally:
        busy.wait(timeout=10)


def test_the_ceiling_is_the_cores_over_the_servers_sum():
    usage = cpu.Usage(per_request_ms={"gunicorn": 6.0, "nginx": 2.0, "wrk": 5.0}, machine_ms=14.0, cores=2)
    assert usage.server_ms() == 8.0
    assert usage.ceiling() == 250
