"""`python -m cove_site.gates SITE_DIR` prints which gate failed where, and exits non-zero when one did."""

from __future__ import annotations

import subprocess
import sys

from gate_helpers import broken_site, edit  # noqa: F401 (fixture)

PAGE = "fr/apply/index.html"


def _run(site, *args):
    return subprocess.run([sys.executable, "-m", "cove_site.gates", str(site), *args],
                          capture_output=True, text=True, timeout=300)


def test_runner_passes_a_clean_site_and_names_gate_page_language_and_rule_of_a_broken_one(built_site, broken_site, tmp_path):
    clean = _run(built_site, "--only", "safety", "links", "--reports", str(tmp_path))
    assert clean.returncode == 0, clean.stdout
    assert "PASS  safety" in clean.stdout and "2 of 2 gates passed" in clean.stdout
    assert (tmp_path / "external-links.txt").is_file()

    edit(broken_site, PAGE, "</body>", '<div onmouseover="x()"></div></body>')
    broken = _run(broken_site, "--only", "safety")
    assert broken.returncode == 1
    assert "FAIL  safety" in broken.stdout
    assert "event-handler" in broken.stdout and f"{PAGE} [fr]" in broken.stdout


def test_runner_refuses_a_folder_without_a_built_site(tmp_path):
    result = _run(tmp_path)
    assert result.returncode == 2 and "make build" in result.stderr
