"""How long `cove-site check FILE` takes next to `python -c pass` (same interpreter, same venv), in pairs.

Each pair runs both commands back to back, alternating which goes first, so drift in the machine's
load hits both alike; the figure is the median of the paired ratios, with their range. The bundle cache
is warmed first (a first run after a data edit also validates the YAML: about 10x slower, once).
Budget (issue 15): <= 3.

Run: `python bench/bench_cli.py [PAIRS]` (default 21). Prints figures only; no test times anything.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CASE = ROOT / "tests" / "cases" / "pass-minimal-eligible.json"


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def paired(command: list[str], baseline: list[str], pairs: int) -> list[float]:
    ratios = []
    for n in range(pairs):
        if n % 2:
            base, cost = seconds(baseline), seconds(command)
        else:
            cost, base = seconds(command), seconds(baseline)
        ratios.append(cost / base)
    return ratios


def main(pairs: int = 21) -> None:
    baseline = [sys.executable, "-c", "pass"]
    partnership = json.loads(CASE.read_text(encoding="utf-8"))["partnership"]
    with tempfile.TemporaryDirectory() as tmp:
        as_json = Path(tmp) / "partnership.json"
        as_json.write_text(json.dumps(partnership), encoding="utf-8")
        as_yaml = Path(tmp) / "partnership.yaml"
        as_yaml.write_text(json.dumps(partnership, indent=1), encoding="utf-8")  # JSON is YAML: the YAML path
        cli = str(BIN / "cove-site")
        seconds([cli, "check", str(as_json)])  # warm the bundle cache
        base_s = statistics.median(seconds(baseline) for _ in range(5))
        print(f"python -c pass: {base_s * 1000:.0f} ms (median of 5); {pairs} interleaved pairs per row")
        for label, path in (("cove-site check partnership.json", as_json), ("cove-site check partnership.yaml", as_yaml)):
            ratios = paired([cli, "check", str(path)], baseline, pairs)
            print(f"{label} / python -c pass: median {statistics.median(ratios):.2f}x "
                  f"(min {min(ratios):.2f}, max {max(ratios):.2f}; budget <= 3)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
