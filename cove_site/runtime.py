"""Stage the in-browser checker runtime into a built site.

The browser runs the very same engine as the CLI: this module packs `cove_site/engine/` as a pure
`py3-none-any` wheel, registers it (with its sha256) in a copy of Pyodide's `pyodide-lock.json`
via pyodide-build's `pyodide lockfile add-wheels`, and copies the self-hosted Pyodide core files
from `node_modules/pyodide` into `assets/pyodide/<version>/`. `pyodide build` is not used because
it downloads cross-build metadata from the Pyodide website even for a pure-Python package; a pure
wheel needs no cross-compilation anyway.

Everything is written to a temporary directory first and then moved into place, so an
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
from pathlib import Path

#: Files of the npm package that the browser actually fetches (no source maps, no typings).
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
#: Distribution name of the engine wheel; the import package stays `cove_site`.
ENGINE_DIST = "cove-engine"
ENGINE_BASE_VERSION = "1.0.0"
#: Bump when the wheel layout changes, so cached wheels are rebuilt.
_BUILDER_REVISION = "1"
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
    """The files that make up the browser engine: the empty package marker plus the engine."""
    package = Path(repo_root) / "cove_site"
    engine = package / "engine"
    if not (engine / "__init__.py").is_file():
        raise RuntimeStagingError(f"The engine package is missing: {engine / '__init__.py'}.")
    files = [package / "__init__.py"] if (package / "__init__.py").is_file() else []
    files += sorted(p for p in engine.rglob("*.py") if "__pycache__" not in p.parts)
    return files


def _source_digest(repo_root: Path, files: list[Path], lock_bytes: bytes) -> str:
    digest = hashlib.sha256(_BUILDER_REVISION.encode())
    digest.update(hashlib.sha256(lock_bytes).digest())
    for path in files:
        digest.update(path.relative_to(repo_root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_engine_wheel(repo_root: Path, out_dir: Path, version: str) -> Path:
    """Write a reproducible `py3-none-any` wheel of the engine only (no dependencies).

    Written directly with `zipfile` because the venv has no build backend and an isolated
    `pip wheel` would need the network; fixed timestamps make the bytes (and sha256) stable.
    """
    repo_root = Path(repo_root)
    dist = ENGINE_DIST.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    entries: list[tuple[str, bytes]] = [
        (p.relative_to(repo_root).as_posix(), p.read_bytes()) for p in engine_sources(repo_root)
    ]
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
    with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            item = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            item.compress_type = zipfile.ZIP_DEFLATED
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


def register_wheel(lock: dict, wheel: Path, work_dir: Path) -> dict:
    """Run `pyodide lockfile add-wheels` on `lock` and return the lock with the wheel in it."""
    source = work_dir / "input-lock.json"
    target = work_dir / "pyodide-lock.json"
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
    return json.loads(target.read_text(encoding="utf-8"))


def _cached_engine(repo_root: Path, runtime_dir: Path) -> Path:
    """Return a cache directory holding the engine wheel and the lock that lists it.

    Keyed by the engine sources and the upstream lock, so `mkdocs serve` rebuilds stay fast.
    """
    lock_bytes = (runtime_dir / "pyodide-lock.json").read_bytes()
    digest = _source_digest(repo_root, engine_sources(repo_root), lock_bytes)
    cache_root = Path(repo_root) / "node_modules" / ".cache" / "cove-runtime"
    cached = cache_root / digest[:16]
    if (cached / "pyodide-lock.json").is_file():
        return cached
    cache_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_root) as tmp:
        work = Path(tmp)
        wheels = work / "out"
        wheels.mkdir()
        wheel = build_engine_wheel(repo_root, wheels, f"{ENGINE_BASE_VERSION}+g{digest[:12]}")
        lock = register_wheel(_trimmed_lock(json.loads(lock_bytes), runtime_dir), wheel, work)
        (wheels / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")
        if cached.exists():
            shutil.rmtree(cached)
        os.replace(wheels, cached)
    return cached


def _replace_dir(staged: Path, target: Path) -> None:
    """Move a fully written directory into place (old content removed first)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        shutil.rmtree(target)
    os.replace(staged, target)


def stage_runtime(site_dir: Path, bundle: dict, repo_root: Path) -> None:
    """Put Pyodide, the engine wheel, the rule bundle and the checker's JS/CSS into `site_dir`.

    Writes `assets/pyodide/<version>/` (runtime + `pyodide-lock.json` listing `cove-engine`)
    and `assets/checker/` (`worker.mjs`, `checker.mjs`, `checker.css`, `rules.json`).
    Raises RuntimeStagingError with an actionable message when something is missing.
    """
    site_dir, repo_root = Path(site_dir), Path(repo_root)
    runtime_dir = pyodide_package_dir(repo_root)
    version = pyodide_version(repo_root)
    missing = [name for name in (*RUNTIME_FILES, "pyodide-lock.json") if not (runtime_dir / name).is_file()]
    if missing:
        raise RuntimeStagingError(f"node_modules/pyodide lacks {', '.join(missing)}: run `npm ci`.")
    static = Path(__file__).with_name("static") / "checker"
    cached = _cached_engine(repo_root, runtime_dir)
    assets = site_dir / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=assets, prefix=".staging-") as tmp:
        runtime_tmp = Path(tmp) / "runtime"
        runtime_tmp.mkdir()
        for name in RUNTIME_FILES:
            shutil.copy2(runtime_dir / name, runtime_tmp / name)
        for item in cached.iterdir():
            shutil.copy2(item, runtime_tmp / item.name)
        checker_tmp = Path(tmp) / "checker"
        shutil.copytree(static, checker_tmp, ignore=shutil.ignore_patterns(".*", "*.map"))
        (checker_tmp / "rules.json").write_text(
            json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
        )
        _replace_dir(runtime_tmp, assets / "pyodide" / version)
        _replace_dir(checker_tmp, assets / "checker")
