"""How long the engine takes for a 2,000-organisation partnership, next to a baseline in the same run.

The baseline is json.loads + json.dumps of the same partnership: the least any checker must do to read
and write it. Run: `python bench/bench_engine.py [RUNS]`. Prints figures only; no test times anything.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cove_site.bundle import load_bundle  # noqa: E402
from cove_site.engine import run  # noqa: E402

SIZE = 2000
COUNTRIES = ("NL", "BE", "DE", "NO", "ES", "PT", "IT", "EL", "rs", "tr", "UA", "XK")
ROLES = ("full-partner", "full-partner", "full-partner", "affiliated-entity", "associated-partner")
TYPES = ("vet-provider", "enterprise", "sector-representative", "higher-education", "employer", "other")


def partnership(size: int = SIZE) -> dict:
    orgs = [{"name": f"Organisation {n}", "country": COUNTRIES[n % len(COUNTRIES)],
             "role": "coordinator" if n == 0 else ROLES[n % len(ROLES)], "type": TYPES[n % len(TYPES)]}
            for n in range(size)]
    return {"call": 2022, "eqf_levels": [4, 5, 6], "work_based_learning": True, "organisations": orgs}


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(runs: int = 51) -> None:
    bundle = load_bundle(ROOT / "data")
    doc = partnership()
    text = json.dumps(doc)
    for lang in ("nl", "en", "fr"):
        assert "findings" in run(doc, bundle, lang)
    engine = median_ms(lambda: run(doc, bundle, "nl"), runs)
    baseline = median_ms(lambda: json.dumps(json.loads(text)), runs)
    print(f"python {sys.version.split()[0]}, {SIZE} organisations, median of {runs} runs")
    print(f"engine.run:              {engine:8.2f} ms")
    print(f"json.loads + json.dumps: {baseline:8.2f} ms (baseline)")
    print(f"ratio engine / baseline: {engine / baseline:8.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 51)
