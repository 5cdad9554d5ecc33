"""The staged browser runtime, exercised in Node without a browser: every engine case runs against
exactly the shipped files (trimmed stdlib, lock file, engine wheel), so an import the trimmed library
lacks fails here, not in a reader's browser; and the compiled files are the same bytes every time."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import brotli
import pytest

from cove_site.bundle import load_bundle
from cove_site.engine import run
from cove_site.runtime import (ENGINE_DIST, RUNTIME_FILES, RuntimeStagingError, _compile, build_engine_wheel,
                               prepare_runtime, pyodide_package_dir, pyodide_version, runtime_urls, stage_runtime)
from cove_site.site.compile_runtime import case_files, trace_job

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = {"eqf_levels": [4], "work_based_learning": True, "organisations": [
    {"name": "<script>alert(1)</script> & \"Co\"", "country": "nl", "role": "coordinator", "type": "vet-provider"}]}

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node is not installed")


@pytest.fixture(scope="module")
def staged(tmp_path_factory) -> tuple[Path, dict]:
    site = tmp_path_factory.mktemp("site")
    bundle = load_bundle(ROOT / "data")
    stage_runtime(site, bundle, ROOT)
    return site, bundle


def test_runtime_holds_only_what_the_browser_fetches_with_compressed_siblings(staged):
    site, _ = staged
    runtime = site / "assets" / "pyodide" / pyodide_version(ROOT)
    urls = runtime_urls(ROOT)
    shipped = {name for name in (p.name for p in runtime.iterdir()) if not name.endswith((".br", ".gz"))}
    wheel = next(name for name in shipped if name.endswith(".whl"))
    assert shipped == {*RUNTIME_FILES, Path(urls["stdlib"]).name, Path(urls["lock"]).name, wheel}
    lock = json.loads((runtime / Path(urls["lock"]).name).read_text())
    assert list(lock["packages"]) == [ENGINE_DIST] and lock["packages"][ENGINE_DIST]["file_name"] == wheel
    for name in shipped - {Path(urls["lock"]).name}:  # the lock is too small to gain from compression
        original = (runtime / name).read_bytes()
        assert brotli.decompress((runtime / f"{name}.br").read_bytes()) == original
        assert gzip.decompress((runtime / f"{name}.gz").read_bytes()) == original
    assert (site / "assets" / "checker" / "worker.mjs.br").is_file()
    assert "immutable" in (site / "_headers").read_text() and "Content-Encoding br" in (site / ".htaccess").read_text()


def test_trimmed_stdlib_is_sourceless_stored_and_smaller_than_pyodides(staged):
    site, _ = staged
    stdlib = site / runtime_urls(ROOT)["stdlib"]
    with zipfile.ZipFile(stdlib) as shipped, zipfile.ZipFile(pyodide_package_dir(ROOT) / "python_stdlib.zip") as full:
        names = shipped.namelist()
        assert names == sorted(names) and all(name.endswith(".pyc") for name in names)
        assert {"json/__init__.pyc", "encodings/utf_8.pyc", "pyodide/_package_loader.pyc"} <= set(names)
        assert all(entry.compress_type == zipfile.ZIP_STORED for entry in shipped.infolist())
        assert len(names) < len([n for n in full.namelist() if n.endswith(".py")]) / 2


def test_every_engine_case_in_node_answers_like_cpython(staged, tmp_path):
    site, bundle = staged
    job = trace_job(ROOT, bundle)
    assert len(job["runs"]) >= 3 * len([p for p in case_files(ROOT) if "partnership" in json.loads(p.read_text())])
    job["runs"].append({"doc": json.dumps(HOSTILE), "bundle": 0, "lang": "fr"})
    runtime = site / "assets" / "pyodide" / pyodide_version(ROOT)
    urls = runtime_urls(ROOT)
    job.update(runtime_dir=str(runtime), stdlib=str(site / urls["stdlib"]), lock=str(site / urls["lock"]),
               engine_package=ENGINE_DIST)
    (tmp_path / "job.json").write_text(json.dumps(job), encoding="utf-8")
    done = subprocess.run(["node", str(ROOT / "tests" / "browser" / "node_check.mjs"), str(tmp_path / "job.json")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    bundles = [json.loads(text) for text in job["bundles"]]
    expected = [run(json.loads(r["doc"]), bundles[r["bundle"]], r["lang"], r.get("call")) for r in job["runs"]]
    assert json.loads(done.stdout) == expected


def test_compiled_runtime_is_the_same_bytes_when_made_again(tmp_path):
    cached = prepare_runtime(ROOT)
    again = _compile(ROOT.resolve(), tmp_path)
    for name in (*cached.files, "modules.json"):
        assert (again / name).read_bytes() == (cached.directory / name).read_bytes(), name


def test_engine_wheel_is_reproducible_and_holds_only_the_engine(tmp_path):
    compiled = {p.relative_to(ROOT).as_posix(): b"bytecode" for p in (ROOT / "cove_site" / "engine").glob("*.py")}
    compiled["cove_site/__init__.py"] = b""
    first = build_engine_wheel(ROOT, _dir(tmp_path / "a"), "1.0.0", compiled, "cpython-314")
    second = build_engine_wheel(ROOT, _dir(tmp_path / "b"), "1.0.0", compiled, "cpython-314")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as wheel:
        names = wheel.namelist()
    assert {name.split("/")[0] for name in names} == {"cove_site", "cove_engine-1.0.0.dist-info"}
    assert {n for n in names if n.startswith("cove_site/") and "/engine/" not in n} == {
        "cove_site/__init__.py", "cove_site/__pycache__/__init__.cpython-314.pyc"}
    assert "cove_site/engine/__pycache__/rules.cpython-314.pyc" in names
    # The compiled catalogues the engine reads with gettext (the Node replay above proves they load in Pyodide).
    assert {"cove_site/engine/locale/nl/LC_MESSAGES/cove.mo", "cove_site/engine/locale/fr/LC_MESSAGES/cove.mo"} <= set(names)
    assert not [name for name in names if name.endswith((".po", ".pot"))]


def test_the_trimmed_stdlib_keeps_gettext_for_the_catalogues():
    with zipfile.ZipFile(prepare_runtime(ROOT).directory / prepare_runtime(ROOT).stdlib) as shipped:
        assert {"gettext.pyc", "struct.pyc"} <= set(shipped.namelist())


def _dir(path: Path) -> Path:
    path.mkdir()
    return path


def test_missing_pyodide_says_run_npm_ci(tmp_path):
    (tmp_path / "cove_site" / "engine").mkdir(parents=True)
    (tmp_path / "cove_site" / "engine" / "__init__.py").write_text("")
    with pytest.raises(RuntimeStagingError, match="npm ci"):
        stage_runtime(tmp_path / "site", {}, tmp_path)
    assert not (tmp_path / "site" / "assets" / "checker").exists()
