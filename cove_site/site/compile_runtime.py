"""Compile the checker's Python for the browser with Pyodide's own interpreter (Node, offline).

The browser spends most of its start-up compiling the standard library from `.py` source, and most of
that library is never used. `compile_runtime` runs `compile_runtime.mjs`, which starts the pinned
Pyodide in Node with the engine wheel, runs every engine case (tests/cases/, with any `year_patch`) in
every language plus every programme year, and then writes:

- `python_stdlib.zip`: only the stdlib modules that were loaded, as sourceless `.pyc`, stored
  uncompressed (the server's brotli/gzip compress the whole file better than per-entry deflate);
- `modules.json`: which ones (the computed list, for people and tests);
- `engine/<path>.pyc` and `cache_tag`: the engine compiled by the same interpreter.

The list is computed, never kept by hand: a new import in the engine is traced on the next build, and
tests/test_runtime_node.py replays every case against exactly the shipped files.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

from cove_site.engine import LANGS

SCRIPT = Path(__file__).with_name("compile_runtime.mjs")
#: Files whose content decides the compiled output besides the engine, the cases and Pyodide itself.
TOOL_FILES = (SCRIPT, Path(__file__).with_name("in_pyodide.py"), Path(__file__))
ENGINE_MODULE = "cove_site.engine"


class CompileError(Exception):
    """Node or Pyodide could not compile the runtime; the message says why."""


def case_files(repo_root: Path) -> list[Path]:
    """The engine's cases: the same files the engine, CLI and browser tests replay."""
    return sorted((Path(repo_root) / "tests" / "cases").glob("*.json"))


def _with_year_patch(bundle: dict, case: dict) -> dict:
    """The bundle with the case's `year_patch` applied (tests/cases/README.md: mappings merge one level)."""
    patched = copy.deepcopy(bundle)
    year = patched["years"][str(case.get("call") or case["partnership"].get("call") or bundle["latest"])]
    year.update({key: year[key] | value if isinstance(value, dict) else value
                 for key, value in case["year_patch"].items()})
    return patched


def trace_job(repo_root: Path, bundle: dict) -> dict:
    """What the trace runs: every case in every language, one case in every programme year, and the raw bytes
    of every case through the JSON reader the worker calls (`engine.document.check_json`), JSON files in other
    encodings included, so the codecs they need are shipped too."""
    bundles, runs, raw = [json.dumps(bundle)], [], []
    docs = []
    for path in case_files(repo_root):
        case = json.loads(path.read_text(encoding="utf-8"))
        if "text" in case and case.get("filename", "").endswith(".json"):
            raw.append(list(case["text"].encode(case.get("encoding", "utf-8"))))
        if "partnership" not in case:
            continue
        index = 0
        if "year_patch" in case:
            bundles.append(json.dumps(_with_year_patch(bundle, case)))
            index = len(bundles) - 1
        docs.append(json.dumps(case["partnership"]))
        raw.append(list(docs[-1].encode("utf-8")))
        runs += [{"doc": docs[-1], "bundle": index, "lang": lang} for lang in LANGS]
    for year in sorted(bundle["years"]):
        runs += [{"doc": doc, "bundle": 0, "lang": lang, "call": int(year)} for doc in docs[:1] for lang in LANGS]
    return {"engine_module": ENGINE_MODULE, "bundles": bundles, "runs": runs, "raw": raw}


def compile_runtime(upstream: Path, lock_file: Path, engine_package: str, trace: dict, out_dir: Path) -> None:
    """Run the compiler in Node; raises CompileError with the end of its output when it fails."""
    node = shutil.which("node")
    if node is None:
        raise CompileError("Node.js 20 is needed to compile the browser runtime (it runs Pyodide's own Python).")
    out_dir.mkdir(parents=True, exist_ok=True)
    job = out_dir.parent / f"{out_dir.name}.job.json"
    job.write_text(json.dumps({"runtime_dir": str(upstream), "lock_file": str(lock_file),
                               "engine_package": engine_package, "engine_module": ENGINE_MODULE,
                               "trace": trace, "out_dir": str(out_dir)}), encoding="utf-8")
    try:
        done = subprocess.run([node, str(SCRIPT), str(job)], capture_output=True, text=True, timeout=900, check=False)
    except subprocess.TimeoutExpired:
        raise CompileError("compiling the runtime in Node took more than 15 minutes") from None
    finally:
        job.unlink(missing_ok=True)
    if done.returncode != 0 or not (out_dir / "python_stdlib.zip").is_file():
        detail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-6:])
        raise CompileError(f"compiling the runtime in Node failed: {detail}")
