"""Build the site into a fresh folder and swap it in, so a failed build never leaves a broken site behind.

    python -m cove_site.build --site-dir site      (what `make build` runs)

SIGTERM and SIGINT are passed on to the mkdocs child, whose half-written folder is then removed; if this
process is killed outright (SIGKILL), the child gets SIGTERM from the kernel (PR_SET_PDEATHSIG on Linux)
and the next build removes the folder it left (`site.new-<pid>-*` of a process that no longer runs).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_PR_SET_PDEATHSIG = 1


def _parent_death_signal():
    """The child-side hook asking Linux for SIGTERM when the build process dies, however it dies; None
    elsewhere (signals are still forwarded; only a SIGKILL then leaves an orphan). prctl is looked up here,
    in the parent, so the hook itself only makes one system call between fork and exec."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _command(config: Path, site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(site_dir)]


def _env(env: dict | None) -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}


def build_site(site_dir: Path, config: Path = Path("mkdocs.yml"), env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` into `site_dir` (which must not exist yet)."""
    return subprocess.run(_command(config, site_dir), env=_env(env), capture_output=True, text=True)


def remove_stale(site_dir: Path) -> list[Path]:
    """Remove the `site.new-<pid>-*` and `site.old-<pid>` folders of builds whose process no longer runs."""
    removed = []
    for folder in site_dir.parent.glob(f"{site_dir.name}.*-*"):
        kind, _, rest = folder.name[len(site_dir.name) + 1:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in ("new", "old") or not folder.is_dir() or (pid.isdigit() and _running(int(pid))):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_atomically(site_dir: Path, config: Path = Path("mkdocs.yml")) -> int:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    for folder in remove_stale(site_dir):
        print(f"Removed {folder.name}/, left by an interrupted build.", file=sys.stderr)
    fresh = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.new-{os.getpid()}-", dir=site_dir.parent))
    fresh.rmdir()
    single = threading.active_count() == 1  # preexec_fn and signal handlers are for a plain `make build`
    child = subprocess.Popen(_command(config, fresh), env=_env(None), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, preexec_fn=_parent_death_signal() if single else None)
    stopped: list[int] = []

    def forward(signum, frame):
        stopped.append(signum)
        if child.poll() is None:
            child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGTERM, signal.SIGINT)} \
        if threading.current_thread() is threading.main_thread() else {}
    try:
        _, stderr = child.communicate()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stderr.write(stderr)
    if stopped or child.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        reason = f"stopped by {signal.Signals(stopped[0]).name}" if stopped else "failed"
        print(f"The build {reason}; {site_dir.name}/ was left as it was.", file=sys.stderr)
        return 128 + stopped[0] if stopped else child.returncode
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
