"""Build the site into a fresh folder and swap it in, so a failed build never leaves a broken site behind.

    python -m cove_site.build --site-dir site      (what `make build` runs)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build_site(site_dir: Path, config: Path = Path("mkdocs.yml"), env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` into `site_dir` (which must not exist yet)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(site_dir)],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, capture_output=True, text=True)


def build_atomically(site_dir: Path, config: Path = Path("mkdocs.yml")) -> int:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.new-", dir=site_dir.parent))
    fresh.rmdir()
    result = build_site(fresh, config)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"The build failed; {site_dir.name}/ was left as it was.", file=sys.stderr)
        return result.returncode
    old = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}")
    if site_dir.exists():
        site_dir.rename(old)
    fresh.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Built the site into {site_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    return build_atomically(args.site_dir, args.config_file)


if __name__ == "__main__":
    sys.exit(main())
