"""The build cache (cove_site/site/build_cache.py, issue 15): a rebuild reads what did not change from
`.cache/cove-build/` and makes the same site, byte for byte, as a build without it; an edit to the data shows on
the next build; a page the safety gate refuses is refused again, never remembered as passing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from cove_site.build import build_site
from test_hostile_build import tree_digest

from site_helpers import ROOT

# One moment for every build of a test: the pages' "status on <date>" is the same whatever the clock says.
EPOCH = "1764583200"  # 1 December 2025, 10:00 UTC


def build(site: Path, cache: Path | str, data: Path = ROOT / "data", config: Path = ROOT / "mkdocs.yml"):
    env = {"COVE_BUILD_CACHE": str(cache), "COVE_DATA_DIR": str(data), "COVE_BROWSER_CHECKER": "false",
           "SOURCE_DATE_EPOCH": EPOCH}
    return build_site(site, config, env)


def snapshot(cache: Path) -> dict[str, int]:
    return {p.relative_to(cache).as_posix(): p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}


def test_a_build_from_the_cache_is_the_site_a_build_without_it_makes(tmp_path):
    cache = tmp_path / "cache"
    first, again, without = (build(tmp_path / name, cache if name != "without" else "off")
                             for name in ("first", "again", "without"))
    assert first.returncode == again.returncode == without.returncode == 0, first.stderr + again.stderr
    kinds = {p.name for p in cache.iterdir()}
    assert {"data", "page-markdown", "page-html", "page-safety", "calendars", "jinja-pages", "jinja-theme"} <= kinds
    assert tree_digest(tmp_path / "first") == tree_digest(tmp_path / "again") == tree_digest(tmp_path / "without")


def test_a_rebuild_with_nothing_changed_reads_everything_and_writes_nothing(tmp_path):
    cache = tmp_path / "cache"
    assert build(tmp_path / "first", cache).returncode == 0
    before = snapshot(cache)
    assert build(tmp_path / "again", cache).returncode == 0
    assert snapshot(cache) == before


def test_an_edit_to_the_data_shows_on_the_next_build(tmp_path, data_copy):
    cache = tmp_path / "cache"
    assert build(tmp_path / "before", cache, data_copy).returncode == 0
    year = data_copy / "calls" / "2022.yaml"
    old = "One partner applies on behalf of all participating organisations."
    year.write_text(year.read_text(encoding="utf-8").replace(old, "One partner applies for all of them, edited."),
                    encoding="utf-8")
    assert build(tmp_path / "after", cache, data_copy).returncode == 0
    page = "en/years/2022/apply/index.html"
    assert old in (tmp_path / "before" / page).read_text(encoding="utf-8")
    assert "One partner applies for all of them, edited." in (tmp_path / "after" / page).read_text(encoding="utf-8")


def test_a_page_the_safety_gate_refuses_is_refused_again_on_the_next_build(tmp_path):
    cache = tmp_path / "cache"
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "funding.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    watch = text[text.index("\nwatch:"):text.index("\nnav:")]  # folders of `mkdocs serve`, relative to the config
    config = tmp_path / "mkdocs.yml"
    config.write_text(text.replace(watch, "").replace("docs_dir: docs", f"docs_dir: {docs}")
                      .replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}"), encoding="utf-8")
    for attempt in ("first", "again"):
        done = build(tmp_path / attempt, cache, config=config)
        assert done.returncode != 0, attempt
        assert "The safety gate failed" in done.stderr and "en/funding/index.html" in done.stderr, done.stderr[-2000:]
    assert not (cache / "page-safety").exists() or not any((cache / "page-safety").iterdir())


def test_the_cli_build_runs_without_a_writable_cache(tmp_path):
    """Where the cache folder cannot be made (here: a file is in its way) the build computes everything."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cove_site.build", "--site-dir", str(tmp_path / "site"),
                           "--config-file", str(ROOT / "mkdocs.yml")], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "COVE_BUILD_CACHE": str(blocker / "cache"), "COVE_BROWSER_CHECKER": "false"},
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "site" / "en" / "funding" / "index.html").is_file()
