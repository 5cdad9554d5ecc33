"""What an earlier build computed, kept by content in `.cache/cove-build/` beside mkdocs.yml.

A maintainer rebuilds the site after every edit (`make serve` does it on each save), and most of what a build
computes does not change between two builds: the validated data, the compiled templates, the safety gate's
verdict on a page whose bytes are the same, the calendar files. Each entry is named by the sha256 of
everything it is made from (the inputs and the code that turns them into the output), so an edit to either
makes a new entry and a stale one is never read; only results of a build that passed are stored. Where the
folder cannot be written the build simply computes everything. `COVE_BUILD_CACHE=off` turns it off (the
build benchmark uses it to print the build without the cache); `COVE_BUILD_CACHE=<folder>` puts it there.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
#: Entries of one kind kept (each data or code edit makes a new one; older ones are removed).
KEEP = 8


def digest(*parts: bytes | str) -> str:
    """sha256 over the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def code_digest(*modules: str) -> str:
    """The digest of some of the package's source files (paths relative to cove_site/)."""
    return digest(*(part for name in modules for part in (name, (PACKAGE / name).read_bytes())))


class BuildCache:
    """Entries by kind and key: `read` gives the bytes stored or None, `write` stores them atomically."""

    def __init__(self, root: Path | None):
        setting = os.environ.get("COVE_BUILD_CACHE", "")
        if setting.lower() in ("off", "0", "no"):
            root = None
        elif setting:  # a folder of its own (the tests give each build under test one)
            root = Path(setting)
        self.root = root

    @classmethod
    def beside(cls, config_dir: Path) -> BuildCache:
        return cls(Path(config_dir) / ".cache" / "cove-build")

    def path(self, kind: str) -> Path | None:
        """A folder of its own for a kind whose entries another tool writes (Jinja2's bytecode cache)."""
        if self.root is None:
            return None
        try:
            (self.root / kind).mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        return self.root / kind

    def read(self, kind: str, key: str) -> bytes | None:
        if self.root is None:
            return None
        try:
            return (self.root / kind / key[:40]).read_bytes()
        except OSError:
            return None

    def write(self, kind: str, key: str, data: bytes) -> None:
        if self.root is None:
            return
        folder = self.root / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, delete=False, prefix=".", suffix=".tmp") as out:
                out.write(data)
            os.replace(out.name, folder / key[:40])
            entries = sorted((p for p in folder.iterdir() if not p.name.startswith(".")),
                             key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in entries[KEEP:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass


def package_digest() -> str:
    """The digest of the whole package (code, templates, catalogues): what a page is rendered with."""
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return digest(*(part for p in files for part in (p.relative_to(PACKAGE).as_posix(), p.read_bytes())))


class PageMemo:
    """One build step's result per page, from the last build that passed: a page whose inputs are the same gets
    the same result without the work. Each build stores only what it used, so the entry stays one site large."""

    def __init__(self, cache: BuildCache, kind: str, key: str):
        self.cache, self.kind, self.key = cache, kind, key
        self.new: dict[str, object] = {}
        try:
            self.old = pickle.loads(cache.read(kind, key) or pickle.dumps({}))
        except Exception:  # noqa: BLE001 - an unreadable entry (another Python, a cut write) is computed again
            self.old = {}

    def get(self, key: str, compute):
        if key in self.new:
            return self.new[key]
        value = self.old[key] if key in self.old else compute()
        self.new[key] = value
        return value

    def save(self) -> None:
        """Store what this build used (after it passed), unless the last build used the same."""
        if self.new.keys() != self.old.keys():
            self.cache.write(self.kind, self.key, pickle.dumps(self.new, protocol=pickle.HIGHEST_PROTOCOL))
