"""How long `cove-site check FILE` takes next to `python -c pass` (same interpreter, same venv), in pairs.

Each pair runs both commands back to back, alternating which goes first, so drift in the machine's
load hits both alike; the figures are the medians of the paired ratios, with their range, of wall time
and of CPU time (user+sys of the command: less sensitive to other work on a shared machine). The bundle cache
is warmed first (a first run after a data edit also validates the YAML: about 10x slower, once), and the
package's bytecode is brought up to date, as an installed package has it: with PYTHONDONTWRITEBYTECODE=1 (set on
these machines) an editable install whose `__pycache__` is stale compiles its sources again on every run, which
alone made the JSON check 2.8x instead of 2.0x.
Budget (issue 15): <= 3.

Run: `python bench/bench_cli.py [PAIRS]` (default 21). Prints figures only; no test times anything.
"""

from __future__ import annotations

import compileall
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CASE = ROOT / "tests" / "cases" / "pass-minimal-eligible.json"


def seconds(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run; CPU (user+sys of the child) barely moves with other work on the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(command: list[str], baseline: list[str], pairs: int) -> tuple[list[float], list[float]]:
    """Paired (wall, CPU) ratios command / baseline."""
    wall, cpu = [], []
    for n in range(pairs):
        if n % 2:
            base, cost = seconds(baseline), seconds(command)
        else:
            cost, base = seconds(command), seconds(baseline)
        wall.append(cost[0] / base[0])
        cpu.append(cost[1] / base[1])
    return wall, cpu


def _spread(ratios: list[float]) -> str:
    return f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"


def main(pairs: int = 21) -> None:
    baseline = [sys.executable, "-c", "pass"]
    partnership = json.loads(CASE.read_text(encoding="utf-8"))["partnership"]
    with tempfile.TemporaryDirectory() as tmp:
        as_json = Path(tmp) / "partnership.json"
        as_json.write_text(json.dumps(partnership), encoding="utf-8")
        as_yaml = Path(tmp) / "partnership.yaml"
        as_yaml.write_text(json.dumps(partnership, indent=1), encoding="utf-8")  # JSON is YAML: the YAML path
        cli = str(BIN / "cove-site")
        compileall.compile_dir(ROOT / "cove_site", quiet=1)
        seconds([cli, "check", str(as_json)])  # warm the bundle cache
        base = [seconds(baseline) for _ in range(5)]
        print(f"python -c pass: wall {statistics.median(b[0] for b in base) * 1000:.0f} ms, "
              f"cpu {statistics.median(b[1] for b in base) * 1000:.0f} ms (median of 5); "
              f"{pairs} interleaved pairs per row, median (min-max); budget <= 3")
        for label, path in (("cove-site check partnership.json", as_json), ("cove-site check partnership.yaml", as_yaml)):
            wall, cpu = paired([cli, "check", str(path)], baseline, pairs)
            print(f"{label} / python -c pass: wall {_spread(wall)}, cpu {_spread(cpu)}")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
