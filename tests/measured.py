"""Run a command under resource limits and measure it: wall time and the peak memory of that command alone.

A child forked from the test process starts as a copy of it, and Linux counts that copy in the child's peak
(ru_maxrss), so a 400 MB pytest would make every child look 400 MB big. The command is therefore started by
a small Python wrapper that sets the limits, starts it with posix_spawn, waits for it with wait4 and writes
its rusage to a file: the peak then includes at most the wrapper's 10 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

_WRAPPER = r"""
import json, os, resource, sys
report, address_space, cpu = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
pid = os.posix_spawnp(sys.argv[4], sys.argv[4:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    json.dump({"status": status, "peak_kb": usage.ru_maxrss}, out)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


@dataclass
class Measured:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def run_measured(command: list[str], workdir: Path, *, address_space: int, cpu_seconds: int, timeout: float,
                 stdin=subprocess.DEVNULL, cwd: Path | None = None, env: dict | None = None) -> Measured:
    """`command` under the limits; a run past `timeout` seconds is killed and fails the test."""
    report = workdir / "rusage.json"
    with open(workdir / "stdout", "w+b") as out, open(workdir / "stderr", "w+b") as err:
        started = time.monotonic()
        wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, str(report), str(address_space), str(cpu_seconds),
                                    *command], stdin=stdin, stdout=out, stderr=err, cwd=cwd, env=env,
                                   start_new_session=True)
        try:
            wrapper.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(wrapper.pid, 9)
            wrapper.wait()
            pytest.fail(f"{' '.join(command[:4])} ... still ran after {timeout} s")
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        usage = json.loads(report.read_text())
        return Measured(os.waitstatus_to_exitcode(usage["status"]), out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), seconds, usage["peak_kb"] / 1024)
