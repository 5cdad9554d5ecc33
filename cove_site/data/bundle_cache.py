"""The rule bundle for the CLI, cached as JSON next to the data and keyed by the data files' hashes.

Loading, validating and converting six years of YAML costs 130-160 ms (YAML, JSON Schema and Babel
imports included); `cove-site check` itself needs a few. The cache file is named by the sha256 of every
file in the data folder (name and content) and of the code that turns data into a bundle, so an edit to
either is picked up on the next run and an invalid data folder is never cached (it is validated, and
its problems reported, every time). Where the cache cannot be written, the bundle is simply built.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.util import find_spec
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
KEEP = 8
#: The code whose output the bundle is: a change in any of it makes a new cache entry.
BUILDERS = ("bundle.py", "model.py", "data/locales.py", "site_strings.py", "yamlsource.py", "data/bundle_cache.py",
            "engine/messages.py")


def cache_dir(data_dir: Path) -> Path:
    """`.cache/cove-bundle/` beside the data folder (the repository's `.cache/` is git-ignored)."""
    return Path(data_dir).resolve().parent / ".cache" / "cove-bundle"


def bundle_key(data_dir: Path) -> str:
    digest = hashlib.sha256()
    data_dir = Path(data_dir)
    inputs = [(f"data/{p.relative_to(data_dir).as_posix()}", p) for p in sorted(data_dir.rglob("*")) if p.is_file()]
    inputs += [(name, PACKAGE / name) for name in BUILDERS]
    # The languages the bundle names countries in are those with a catalogue (engine/catalogue.py).
    inputs += [(p.relative_to(PACKAGE).as_posix(), p) for p in sorted((PACKAGE / "engine" / "locale").glob("*/LC_MESSAGES/*.mo"))]
    babel = find_spec("babel")  # country names come from Babel's data: its version is part of the key
    if babel and babel.origin:
        inputs.append(("babel", Path(babel.origin)))
    for name, path in inputs:
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cached_bundle(data_dir: Path) -> dict:
    """The bundle of `data_dir` (raises cove_site.data.errors.DataError, with every problem, when the
    data is invalid)."""
    path = None
    try:
        path = cache_dir(data_dir) / f"bundle-{bundle_key(data_dir)[:32]}.json"
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    from cove_site.bundle import load_bundle

    bundle = load_bundle(Path(data_dir))
    if path is not None:
        _store(path, bundle)
    return bundle


def _store(path: Path, bundle: dict) -> None:
    """Write atomically and keep the newest KEEP entries (each data edit makes one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when the cache is written: `cove-site check` with a warm cache never needs it

        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
            json.dump(bundle, out, ensure_ascii=False)
        os.replace(out.name, path)
        entries = sorted(path.parent.glob("bundle-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
