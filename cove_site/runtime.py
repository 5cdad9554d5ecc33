"""Stage the in-browser checker runtime into a built site.

The browser runs the very same engine as the CLI. What it loads, all under the versioned path
`assets/pyodide/<version>/` and all immutable (content-addressed names), so hosts may cache it for a year:

- Pyodide's core files from `node_modules/pyodide`, unchanged (`pyodide.mjs`, `.asm.mjs`, `.asm.wasm`);
- `python_stdlib-<hash>.zip`: only the standard-library modules the checker needs, precompiled to
  `.pyc` by Pyodide's own interpreter (cove_site/site/compile_runtime.py says how the list is computed);
- the engine (`cove_site/engine/`) as a `py3-none-any` wheel holding its sources and their `.pyc`,
  registered with its sha256 in `pyodide-lock-<hash>.json` by pyodide-build's `pyodide lockfile
  add-wheels`, so the worker installs it with `loadPyodide({packages})` while the interpreter starts.

`pyodide build` is not used because it downloads cross-build metadata from the Pyodide website even for
a pure-Python package; a pure wheel needs no cross-compilation anyway. Every shipped runtime and checker
file gets precompressed `.br` and `.gz` siblings (cove_site/site/precompress.py).

The compiled files are cached under `node_modules/.cache/cove-runtime/`, keyed by everything they are
made from, and everything is written to a temporary directory first and then moved into place, so an
interrupted build never leaves a half-written runtime behind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cove_site.site.compile_runtime import TOOL_FILES, CompileError, case_files, compile_runtime, trace_job
from cove_site.site.hosting import write_host_files
from cove_site.site.precompress import link_or_copy, precompress_tree

#: Files of the npm package that the browser fetches unchanged (no source maps, no typings).
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
#: What the build needs from the npm package: the shipped files plus the full stdlib and lock it trims.
UPSTREAM_FILES = (*RUNTIME_FILES, "python_stdlib.zip", "pyodide-lock.json")
#: Distribution name of the engine wheel; the import package stays `cove_site`.
ENGINE_DIST = "cove-engine"
ENGINE_BASE_VERSION = "1.0.0"
#: Bump when the layout of the compiled files changes, so cached ones are rebuilt.
_BUILDER_REVISION = "3"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class RuntimeStagingError(Exception):
    """The runtime cannot be staged; the message says what to do (no traceback needed)."""


def pyodide_package_dir(repo_root: Path) -> Path:
    """Where `npm ci` puts the Pyodide runtime."""
    return Path(repo_root) / "node_modules" / "pyodide"


def pyodide_version(repo_root: Path) -> str:
    """Version of the installed npm `pyodide` package (it names the versioned asset path)."""
    manifest = pyodide_package_dir(repo_root) / "package.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except FileNotFoundError:
        raise RuntimeStagingError(
            f"Pyodide is not installed ({manifest} is missing): run `npm ci` in {repo_root}."
        ) from None
    except (ValueError, KeyError) as exc:
        raise RuntimeStagingError(f"{manifest} is unreadable ({exc}): run `npm ci` again.") from None


def runtime_url_path(repo_root: Path) -> str:
    """Site-relative directory of the runtime, e.g. `assets/pyodide/314.0.7/`."""
    return f"assets/pyodide/{pyodide_version(repo_root)}/"


def engine_sources(repo_root: Path) -> list[Path]:
    """The files that make up the browser engine: the empty package marker, the engine's modules and its
    compiled catalogues (`engine/locale/<lang>/LC_MESSAGES/cove.mo`, read with `gettext`)."""
    package = Path(repo_root) / "cove_site"
    engine = package / "engine"
    if not (engine / "__init__.py").is_file():
        raise RuntimeStagingError(f"The engine package is missing: {engine / '__init__.py'}.")
    files = [package / "__init__.py"] if (package / "__init__.py").is_file() else []
    files += sorted(p for p in engine.rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted((engine / "locale").glob("*/LC_MESSAGES/*.mo"))
    return files


def _digest(repo_root: Path, files: list[Path], *extra: bytes) -> str:
    """sha256 over a builder revision, `extra` and the files (their repo-relative names and contents)."""
    digest = hashlib.sha256(_BUILDER_REVISION.encode())
    for data in extra:
        digest.update(hashlib.sha256(data).digest())
    for path in files:
        name = path.relative_to(repo_root).as_posix() if path.is_relative_to(repo_root) else path.name
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_engine_wheel(repo_root: Path, out_dir: Path, version: str,
                       compiled: dict[str, bytes] | None = None, cache_tag: str = "") -> Path:
    """Write a reproducible `py3-none-any` wheel of the engine only (no dependencies).

    `compiled` maps source paths (`cove_site/engine/rules.py`) to their bytecode; each goes in as
    `__pycache__/<name>.<cache_tag>.pyc` next to its source, so the browser imports without compiling
    and a traceback still shows source lines. Entries are stored, not deflated: the server compresses
    the whole wheel better. Written directly with `zipfile` because the venv has no build backend and an
    isolated `pip wheel` would need the network; fixed timestamps make the bytes (and sha256) stable.
    """
    repo_root = Path(repo_root)
    dist = ENGINE_DIST.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    entries: list[tuple[str, bytes]] = []
    for path in engine_sources(repo_root):
        name = path.relative_to(repo_root).as_posix()
        entries.append((name, path.read_bytes()))
        if compiled is not None and name.endswith(".py"):
            folder, _, module = name.rpartition("/")
            entries.append((f"{folder}/__pycache__/{module[:-3]}.{cache_tag}.pyc", compiled[name]))
    if not any(name == "cove_site/__init__.py" for name, _ in entries):
        entries.insert(0, ("cove_site/__init__.py", b""))
    metadata = (
        "Metadata-Version: 2.1\n"
        f"Name: {ENGINE_DIST}\n"
        f"Version: {version}\n"
        "Summary: CoVE eligibility rules engine (cove_site.engine), packed for Pyodide\n"
        "Requires-Python: >=3.12\n"
    )
    wheel_meta = "Wheel-Version: 1.0\nGenerator: cove_site.runtime\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    entries += [(f"{info}/METADATA", metadata.encode()), (f"{info}/WHEEL", wheel_meta.encode())]
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in entries)
    entries.append((f"{info}/RECORD", (record + f"{info}/RECORD,,\n").encode()))
    wheel = Path(out_dir) / f"{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in entries:
            item = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            item.external_attr = 0o644 << 16
            zf.writestr(item, data)
    return wheel


def _trimmed_lock(lock: dict, runtime_dir: Path) -> dict:
    """Keep only lock entries whose files we ship: the npm package holds no wheels, and a
    lock that names 350 packages we cannot serve only costs bytes and invites 404s."""
    packages = {
        name: entry for name, entry in lock.get("packages", {}).items()
        if (runtime_dir / entry.get("file_name", "")).is_file()
    }
    return {**lock, "packages": packages}


def register_wheel(lock: dict, wheel: Path, work_dir: Path) -> Path:
    """Run `pyodide lockfile add-wheels` on `lock`; returns the written lock (next to the wheel, which is
    where Pyodide looks for the packages a lock file lists)."""
    source = work_dir / "input-lock.json"
    target = wheel.parent / "pyodide-lock.json"
    source.write_text(json.dumps(lock), encoding="utf-8")
    command = [
        sys.executable, "-m", "pyodide_cli", "lockfile", "add-wheels",
        "--input", str(source), "--output", str(target), "--base-path", str(wheel.parent), str(wheel),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not target.is_file():
        detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeStagingError(
            "`pyodide lockfile add-wheels` failed (is pyodide-build installed in the environment "
            f"running the build, {sys.executable}?): " + " | ".join(detail)
        )
    # Sorted keys and no run-dependent values: the same wheel gives the same lock bytes.
    target.write_text(json.dumps(json.loads(target.read_text(encoding="utf-8")), indent=1, sort_keys=True),
                      encoding="utf-8")
    return target


@dataclass(frozen=True)
class PreparedRuntime:
    """The compiled files of one set of inputs, in a cache directory; names are content-addressed."""

    directory: Path
    stdlib: str
    lock: str
    wheel: str

    @property
    def files(self) -> tuple[str, ...]:
        return (self.stdlib, self.lock, self.wheel)


def _cache_root(repo_root: Path) -> Path:
    return Path(repo_root) / "node_modules" / ".cache" / "cove-runtime"


def _upstream(repo_root: Path) -> Path:
    runtime_dir = pyodide_package_dir(repo_root)
    pyodide_version(repo_root)  # a clear message when the package is not there at all
    missing = [name for name in UPSTREAM_FILES if not (runtime_dir / name).is_file()]
    if missing:
        raise RuntimeStagingError(f"node_modules/pyodide lacks {', '.join(missing)}: run `npm ci`.")
    return runtime_dir


def prepare_runtime(repo_root: Path) -> PreparedRuntime:
    """The compiled stdlib, engine wheel and lock for the current sources, compiled on first use.

    Keyed by Pyodide (its lock and full stdlib), the engine sources, the cases and data the trace runs,
    and the compiler itself; a cache hit costs hashing a few hundred kilobytes.
    """
    repo_root = Path(repo_root).resolve()
    upstream = _upstream(repo_root)
    inputs = [upstream / "pyodide-lock.json", upstream / "python_stdlib.zip", *engine_sources(repo_root),
              *case_files(repo_root), *sorted(p for p in (repo_root / "data").rglob("*") if p.is_file()),
              *TOOL_FILES, repo_root / "cove_site" / "bundle.py"]
    # Within one build (the page config asks once per language, staging once more), unchanged file
    # stamps mean unchanged contents: hash them only once.
    stamps = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in inputs)
    if stamps not in _KEYS:
        _KEYS[stamps] = _digest(repo_root, inputs)
    return _prepared(repo_root, _KEYS[stamps])


_KEYS: dict[tuple, str] = {}


@cache
def _prepared(repo_root: Path, key: str) -> PreparedRuntime:
    cached = _cache_root(repo_root) / key[:24]
    manifest = cached / "manifest.json"
    if manifest.is_file():
        names = json.loads(manifest.read_text(encoding="utf-8"))
        return PreparedRuntime(cached, names["stdlib"], names["lock"], names["wheel"])
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cached.parent, prefix=".work-") as tmp:
        prepared = _compile(repo_root, Path(tmp))
        if cached.exists():
            shutil.rmtree(cached)
        os.replace(prepared, cached)
    return _prepared(repo_root, key)


def _compile(repo_root: Path, work: Path) -> Path:
    """Trace and compile in Node, then pack the engine wheel with its bytecode and register it."""
    from cove_site.bundle import load_bundle  # the data stack is needed only on a cache miss

    upstream = pyodide_package_dir(repo_root)
    upstream_lock = json.loads((upstream / "pyodide-lock.json").read_text(encoding="utf-8"))
    version = f"{ENGINE_BASE_VERSION}+g{_digest(repo_root, engine_sources(repo_root), json.dumps(upstream_lock['info'], sort_keys=True).encode())[:12]}"
    source = work / "source"
    source.mkdir()
    source_lock = register_wheel(_trimmed_lock(upstream_lock, upstream), build_engine_wheel(repo_root, source, version), work)
    compiled_dir = work / "compiled"
    try:
        compile_runtime(upstream, source_lock, ENGINE_DIST, trace_job(repo_root, load_bundle(repo_root / "data")), compiled_dir)
    except CompileError as error:
        raise RuntimeStagingError(str(error)) from None
    cache_tag = (compiled_dir / "cache_tag").read_text(encoding="utf-8").strip()
    compiled = {p.relative_to(compiled_dir / "engine").as_posix()[:-1]: p.read_bytes()
                for p in sorted((compiled_dir / "engine").rglob("*.pyc"))}
    out = work / "out"
    out.mkdir()
    wheel = build_engine_wheel(repo_root, out, version, compiled, cache_tag)
    lock_path = register_wheel(_trimmed_lock(upstream_lock, upstream), wheel, work)
    lock_bytes = lock_path.read_bytes()
    lock = f"pyodide-lock-{hashlib.sha256(lock_bytes).hexdigest()[:16]}.json"
    lock_path.rename(out / lock)
    stdlib_bytes = (compiled_dir / "python_stdlib.zip").read_bytes()
    stdlib = f"python_stdlib-{hashlib.sha256(stdlib_bytes).hexdigest()[:16]}.zip"
    (out / stdlib).write_bytes(stdlib_bytes)
    shutil.copyfile(compiled_dir / "modules.json", out / "modules.json")
    (out / "manifest.json").write_text(json.dumps({"stdlib": stdlib, "lock": lock, "wheel": wheel.name}, indent=1),
                                       encoding="utf-8")
    return out


def runtime_urls(repo_root: Path) -> dict[str, str]:
    """Site-relative URLs the checker page hands its worker: the runtime folder, the trimmed stdlib and
    the lock file listing the engine (content-addressed names: the page carries their hashes)."""
    base = runtime_url_path(repo_root)
    prepared = prepare_runtime(repo_root)
    return {"runtime": base, "stdlib": base + prepared.stdlib, "lock": base + prepared.lock}


def _replace_dir(staged: Path, target: Path) -> None:
    """Move a fully written directory into place (old content removed first)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        shutil.rmtree(target)
    os.replace(staged, target)


def stage_runtime(site_dir: Path, bundle: dict, repo_root: Path) -> None:
    """Put Pyodide, the compiled stdlib, the engine wheel, the rule bundle and the checker's JS/CSS into
    `site_dir`, each with `.br`/`.gz` siblings, plus the hosts' header files (cove_site/site/hosting.py).

    Writes `assets/pyodide/<version>/` (immutable files) and `assets/checker/` (`worker.mjs`,
    `checker.mjs`, `checker.css`, `rules.json`, ...). Raises RuntimeStagingError with an actionable
    message when something is missing.
    """
    site_dir, repo_root = Path(site_dir), Path(repo_root)
    upstream = _upstream(repo_root)
    prepared = prepare_runtime(repo_root)
    static = Path(__file__).with_name("static") / "checker"
    assets = site_dir / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=assets, prefix=".staging-") as tmp:
        runtime_tmp = Path(tmp) / "runtime"
        runtime_tmp.mkdir()
        for name in RUNTIME_FILES:
            link_or_copy(upstream / name, runtime_tmp / name)
        for name in prepared.files:
            link_or_copy(prepared.directory / name, runtime_tmp / name)
        checker_tmp = Path(tmp) / "checker"
        shutil.copytree(static, checker_tmp, ignore=shutil.ignore_patterns(".*", "*.map"))
        (checker_tmp / "rules.json").write_text(
            json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
        )
        precompress_tree([runtime_tmp, checker_tmp], _cache_root(repo_root) / "compressed")
        _replace_dir(runtime_tmp, assets / "pyodide" / pyodide_version(repo_root))
        _replace_dir(checker_tmp, assets / "checker")
    write_host_files(site_dir)
