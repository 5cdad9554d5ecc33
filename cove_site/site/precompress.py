"""Precompressed `.br` and `.gz` siblings for the runtime files, for hosts (and `make serve`) that serve them.

Brotli at its best quality takes minutes for Pyodide's 9.6 MB WebAssembly file, so results are cached
by content hash and reused by every later build. Measured on these 2-core machines (loaded), for
`pyodide.asm.wasm`: quality 11 gives 2.74 MB in ~190 s, quality 10 2.79 MB in ~56 s, quality 9 3.10 MB
in ~14 s. Files above LARGE_FILE get quality 10: 2 % more bytes for a third of the first build's wait.
gzip uses level 9 with a zero timestamp, so both encodings are reproducible.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

ENCODINGS = {".br": "br", ".gz": "gzip"}
LARGE_FILE = 4 * 1024 * 1024
#: Bump when the encoder settings change, so cached results are remade.
_REVISION = "1"


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=10 if len(data) > LARGE_FILE else 11)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


_ENCODERS = {".br": _brotli, ".gz": _gzip}


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link `source` to `target` (instant, no second copy on disk), or copy it across file systems.
    The cache never changes a file in place, so a linked site file stays as it was built."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _cached(cache_dir: Path, key: str, data: bytes, suffix: str) -> Path:
    path = cache_dir / f"{key}{suffix}"
    if not path.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache_dir, delete=False) as handle:
            handle.write(_ENCODERS[suffix](data))
        os.replace(handle.name, path)
    path.chmod(0o644)  # temporary files are private; the linked site copy must be readable by the web server
    return path


def precompress_file(path: Path, cache_dir: Path) -> None:
    """Write `path.br` and `path.gz` next to `path`, each only when it is smaller than the file itself."""
    data = path.read_bytes()
    key = hashlib.sha256(_REVISION.encode() + data).hexdigest()
    for suffix in _ENCODERS:
        encoded = _cached(cache_dir, key, data, suffix)
        if encoded.stat().st_size < len(data):
            link_or_copy(encoded, path.with_name(path.name + suffix))


def precompress_tree(folders: list[Path], cache_dir: Path) -> None:
    """Precompress every file below `folders` (the two cores each take one file at a time)."""
    files = [p for folder in folders for p in sorted(Path(folder).rglob("*"))
             if p.is_file() and p.suffix not in ENCODINGS]
    # Largest first, so the long Brotli runs start at once and overlap the small ones.
    files.sort(key=lambda p: -p.stat().st_size)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in pool.map(lambda p: precompress_file(p, cache_dir), files):
            pass
