"""The staged browser runtime, exercised in Node without a browser: fast proof that the shipped
wheel is the engine, that Pyodide installs it from the site's own lock file with no network, and
that it answers exactly as CPython does for every table case."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cove_site.bundle import load_bundle
from cove_site.engine import run
from cove_site.runtime import ENGINE_DIST, RuntimeStagingError, build_engine_wheel, pyodide_version, stage_runtime

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "tests" / "cases").glob("*.json"))

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node is not installed")


@pytest.fixture(scope="module")
def staged(tmp_path_factory) -> tuple[Path, dict]:
    site = tmp_path_factory.mktemp("site")
    bundle = load_bundle(ROOT / "data")
    stage_runtime(site, bundle, ROOT)
    return site, bundle


def test_runtime_holds_only_what_the_browser_fetches(staged):
    site, _ = staged
    runtime = site / "assets" / "pyodide" / pyodide_version(ROOT)
    names = sorted(p.name for p in runtime.iterdir())
    assert [n for n in names if n.endswith(".whl")] == [n for n in names if n.startswith("cove_engine-")]
    assert {"pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"} <= set(names)
    assert not [n for n in names if n.endswith((".map", ".d.ts", ".html"))]
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    assert list(lock["packages"]) == [ENGINE_DIST]
    assert (runtime / lock["packages"][ENGINE_DIST]["file_name"]).is_file()


def test_engine_wheel_in_node_answers_like_cpython_for_every_case(staged, tmp_path):
    site, bundle = staged
    docs = [json.loads(p.read_text())["partnership"] for p in CASES if "partnership" in json.loads(p.read_text())]
    docs.append({"eqf_levels": [4], "work_based_learning": True, "organisations": [
        {"name": "<script>alert(1)</script> & \"Co\"", "country": "nl", "role": "coordinator", "type": "vet-provider"}]})
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps(docs), encoding="utf-8")
    runtime = site / "assets" / "pyodide" / pyodide_version(ROOT)
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "node_check.mjs"), str(runtime),
         str(site / "assets" / "checker" / "rules.json"), str(inputs), "fr"],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [run(doc, bundle, "fr") for doc in docs]


def test_engine_wheel_is_reproducible_and_holds_only_the_engine(tmp_path):
    first = build_engine_wheel(ROOT, _dir(tmp_path / "a"), "1.0.0")
    second = build_engine_wheel(ROOT, _dir(tmp_path / "b"), "1.0.0")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as wheel:
        packages = {name.split("/")[0] if "dist-info" in name else "/".join(name.split("/")[:2]) for name in wheel.namelist()}
    assert packages == {"cove_site/__init__.py", "cove_site/engine", "cove_engine-1.0.0.dist-info"}


def _dir(path: Path) -> Path:
    path.mkdir()
    return path


def test_missing_pyodide_says_run_npm_ci(tmp_path):
    (tmp_path / "cove_site" / "engine").mkdir(parents=True)
    (tmp_path / "cove_site" / "engine" / "__init__.py").write_text("")
    with pytest.raises(RuntimeStagingError, match="npm ci"):
        stage_runtime(tmp_path / "site", {}, tmp_path)
    assert not (tmp_path / "site" / "assets" / "checker").exists()
