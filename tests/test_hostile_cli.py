"""Hostile input to `cove-site check` (issue 11): every attack ends in a clear message and a proper exit code,
within a time and memory ceiling, never a crash, a hang, a traceback or raw control characters on the terminal.

Each row runs the real CLI as a subprocess under resource limits (address space, CPU seconds) and measures
its wall time and peak memory (ru_maxrss of that process alone: tests/measured.py). The ceilings are generous on purpose: they catch
the old behaviour (segfaults, GBs of memory, minutes, a FIFO that blocks forever), not a slow machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from measured import Measured, run_measured

from cove_site import cli
from cove_site.engine import limits

ROOT = Path(__file__).resolve().parent.parent
ADDRESS_SPACE = 1536 << 20  # the CLI itself needs about 150 MB of address space
CPU_SECONDS = 60
CEILING_SECONDS = 20  # what a run may take, load of other workers included (a normal run: under 1 s)
CEILING_MB = 300  # peak resident memory (a normal run: about 40 MB)
ESC = "\x1b"

ORG = {"name": "Noorderpoort", "country": "NL", "role": "coordinator", "type": "vet-provider"}


def partnership(orgs: list[dict] | None = None, **extra) -> dict:
    return {"eqf_levels": [4], "organisations": orgs if orgs is not None else [ORG], **extra}


def run_limited(args: list[str], workdir: Path, stdin=subprocess.DEVNULL) -> Measured:
    """`python -m cove_site.cli check ARGS` under an address-space and CPU limit, with its time and peak memory."""
    return run_measured([sys.executable, "-m", "cove_site.cli", "check", *args], workdir, address_space=ADDRESS_SPACE,
                        cpu_seconds=CPU_SECONDS, timeout=CEILING_SECONDS * 3, stdin=stdin, cwd=ROOT)


# -- the inputs: each maker writes what it needs into the test's folder and returns (args, stdin) --------

def file(name: str, content: bytes | str):
    def make(tmp: Path):
        path = tmp / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return [str(path)], subprocess.DEVNULL
    return make


def big_file(name: str, megabytes: int):
    def make(tmp: Path):
        path = tmp / name
        with path.open("wb") as stream:
            line = b"  - {name: Noorderpoort, country: NL, role: full-partner, type: vet-provider}\n"
            stream.write(b"eqf_levels: [4]\norganisations:\n")
            stream.write(line * (megabytes * 1_000_000 // len(line)))
        return [str(path)], subprocess.DEVNULL
    return make


def path_arg(path: str):
    return lambda tmp: ([path], subprocess.DEVNULL)


def fifo_without_writer(tmp: Path):
    path = tmp / "partnership.yaml"
    os.mkfifo(path)
    return [str(path)], subprocess.DEVNULL


def stdin_from(path: str):
    def make(tmp: Path):
        stream = open(path, "rb")
        endless_stdin.writers.append(stream)
        return ["-"], stream
    return make


def stdin_closed(tmp: Path):
    return ["-"], None  # see run_row: the child starts with file descriptor 0 closed


def endless_stdin(tmp: Path):
    writer = subprocess.Popen(["yes", "organisations: []"], stdout=subprocess.PIPE)
    endless_stdin.writers.append(writer)
    return ["-"], writer.stdout


endless_stdin.writers = []


def orgs_json(count: int, org: dict) -> str:
    return json.dumps(partnership([org] * count))


def alias_bomb() -> str:
    lines = ["eqf_levels: [4]", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    return "\n".join(lines) + "\norganisations: *a8\n"


CONTROL_NAME = f"ROC {ESC}[31mred{ESC}]0;owned\x07 nul\x00 \u202eevil"
INVALID = {"name": "", "country": "XX", "role": "boss", "type": "shop"}

# (id, maker, extra args, expected exit, phrase in the output (English), phrase that must NOT appear)
ROWS = [
    ("yaml-nested-30000", file("deep.yaml", "eqf_levels: [4]\norganisations: " + "[" * 30_000), [], 2,
     "nested too deeply: more than 32 levels of lists and mappings (line 2)", None),
    ("json-nested-10000", file("deep.json", "[" * 10_000 + "]" * 10_000), [], 2,
     "nested too deeply: more than 32 levels of lists and mappings (line 1)", None),
    ("json-lone-surrogate", file("p.json", '{"eqf_levels": [4], "organisations": [{"name": "\\ud800", "country": '
                                           '"NL", "role": "coordinator", "type": "vet-provider"}]}'), [], 2,
     "organisations[0].name: contains U+D800, a lone surrogate", None),
    ("json-5000-digit-integer", file("p.json", '{"call": ' + "7" * 5000 + ', "eqf_levels": [4], "organisations": []}'),
     [], 2, "a number with more than 50 digits (line 1)", None),
    ("yaml-5000-digit-integer", file("p.yaml", "call: " + "7" * 5000 + "\neqf_levels: [4]\norganisations: []\n"),
     [], 2, "a number with more than 50 digits (line 1)", None),
    ("stdin-closed", stdin_closed, [], 2, "standard input is closed", None),
    ("path-dev-zero", path_arg("/dev/zero"), [], 2, "/dev/zero is not a regular file", None),
    ("path-dev-urandom", path_arg("/dev/urandom"), [], 2, "/dev/urandom is not a regular file", None),
    ("path-fifo-without-writer", fifo_without_writer, [], 2, "is not a regular file", None),
    ("path-directory", path_arg("/tmp"), [], 2, "/tmp is not a regular file", None),
    ("stdin-dev-zero", stdin_from("/dev/zero"), [], 2, "the input is larger than 2 MB", None),
    ("stdin-dev-urandom", stdin_from("/dev/urandom"), [], 2, "the input is larger than 2 MB", None),
    ("stdin-endless", endless_stdin, [], 2, "the input is larger than 2 MB", None),
    ("yaml-50-mb", big_file("big.yaml", 50), [], 2, "the input is larger than 2 MB", None),
    ("json-1000000-organisations", file("p.json", orgs_json(1_000_000, {})), [], 2,
     "the input is larger than 2 MB", None),
    ("json-450000-organisations", file("p.json", orgs_json(450_000, {})), [], 2,
     "the input holds more than 200000 values", None),
    ("json-6000-organisations", file("p.json", orgs_json(6_000, ORG)), [], 2,
     "organisations: the partnership has 6000 organisations; the checker takes at most 5000", None),
    ("json-4000-invalid-organisations", file("p.json", orgs_json(4_000, INVALID)), [], 2,
     "and 15950 more problems", None),
    ("yaml-alias-bomb", file("p.yaml", alias_bomb()), [], 2, "the input holds more than 200000 values", None),
    ("yaml-recursive-alias", file("p.yaml", "eqf_levels: &e [4, *e]\norganisations: []\n"), [], 2,
     "the alias *e refers to a value that contains the alias itself (line 1)", None),
    ("yaml-python-tag", file("p.yaml", "eqf_levels: !!python/object/apply:os.system ['echo owned']\n"
                                       "organisations: []\n"), [], 2,
     "the tag tag:yaml.org,2002:python/object/apply:os… is not supported", "owned\n"),
    ("yaml-duplicate-organisations", file("p.yaml", "eqf_levels: [4]\norganisations: []\ncall: 2022\n"
                                                    "organisations: []\n"), [], 2,
     "the key 'organisations' appears twice in the same mapping (lines 2 and 4)", None),
    ("json-duplicate-country", file("p.json", '{"eqf_levels": [4], "organisations": [{"name": "A",\n'
                                              '"country": "NO",\n"country": "CH", "role": "coordinator", '
                                              '"type": "vet-provider"}]}'), [], 2,
     "organisations[0]: the key 'country' appears twice in the same mapping (lines 2 and 3)", None),
    ("yaml-1.1-hex-integer", file("p.yaml", "call: 0x7E6\neqf_levels: [4]\norganisations: []\n"), [], 2,
     "call: must be a whole number, not the text '0x7E6'", None),
    ("yaml-1.1-octal-integer", file("p.yaml", "eqf_levels: [010]\norganisations: []\n"), [], 2,
     "eqf_levels[0]: EQF level 10 does not exist", None),
    ("yaml-1.1-sexagesimal", file("p.yaml", "eqf_levels: [1:30]\norganisations: []\n"), [], 2,
     "eqf_levels[0]: must be a whole number, not the text '1:30'", None),
    ("country-fi-ligature", file("p.json", json.dumps(partnership([{**ORG, "country": "\ufb01"}]))), [], 2,
     "organisations[0].country: unknown country code '\ufb01'", None),
    ("country-dotless-i", file("p.json", json.dumps(partnership([{**ORG, "country": "\u0131s"}]))), [], 2,
     "organisations[0].country: unknown country code '\u0131s'", None),
    ("control-characters-in-a-name", file("p.yaml", json.dumps(partnership([{**ORG, "name": CONTROL_NAME}]))),
     ["--call", "2022"], 1,
     "ROC \\x1b[31mred\\x1b]0;owned\\x07 nul\\x00 \\u202eevil", ESC),
    ("control-characters-as-json", file("p.json", json.dumps(partnership([{**ORG, "name": CONTROL_NAME}]))),
     ["--format", "json", "--call", "2022"], 1, "ROC \\u001b[31mred\\u001b]0;owned\\u0007 nul\\u0000 \\u202eevil", ESC),
    ("control-characters-in-a-key", file("p.json", json.dumps(partnership(**{f"x{ESC}[2J": 1}))), [], 2,
     "x\\x1b[2J: unknown key 'x\\x1b[2J'", ESC),
    ("json-nan", file("p.json", '{"eqf_levels": [4],\n "call": NaN, "organisations": []}'), [], 2,
     "NaN is not a JSON number (line 2, column 10)", None),
    ("json-1e400", file("p.json", '{"eqf_levels": [1e400], "organisations": []}'), [], 2,
     "eqf_levels[0]: must be a whole number, not the number inf", None),
    ("text-too-long", file("p.json", json.dumps(partnership([{**ORG, "name": "N" * 100_000}]))), [], 2,
     "organisations[0].name: the text is 100000 characters long; at most 500 are allowed", None),
    ("not-utf8", file("p.yaml", b"eqf_levels: [4]\norganisations: []\nname: \xff\xfe\xfa\n"), [], 2,
     "is not UTF-8 text", None),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_hostile_input_gets_a_clear_answer_within_time_and_memory(tmp_path, row):
    _, make, extra, code, phrase, forbidden = row
    args, stdin = make(tmp_path)
    if stdin is None:
        done = _run_with_stdin_closed([*args, *extra, "--lang", "en"])
    else:
        done = run_limited([*args, *extra, "--lang", "en"], tmp_path, stdin=stdin)
    for opened in endless_stdin.writers:  # the `yes` writers and the opened devices
        if isinstance(opened, subprocess.Popen):
            opened.kill()
            opened.wait()
        else:
            opened.close()
    endless_stdin.writers.clear()
    output = done.out + done.err
    assert done.code == code, output[-2000:]
    assert phrase in output, output[-2000:]
    assert "Traceback" not in output
    if forbidden:
        assert forbidden not in output
    assert done.seconds < CEILING_SECONDS, f"{done.seconds:.1f} s"
    assert done.peak_mb < CEILING_MB, f"{done.peak_mb:.0f} MB"


def _run_with_stdin_closed(args: list[str]) -> Measured:
    """The CLI started with file descriptor 0 closed (`cove-site check - <&-`)."""
    started = time.monotonic()
    done = subprocess.run(["bash", "-c", 'exec "$@" <&-', "-", sys.executable, "-m", "cove_site.cli", "check", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=CEILING_SECONDS * 3)
    return Measured(done.returncode, done.stdout, done.stderr, time.monotonic() - started, 0)


def test_many_invalid_organisations_list_fifty_problems_and_count_the_rest(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(orgs_json(4_000, INVALID), encoding="utf-8")
    done = run_limited([str(path), "--lang", "fr"], tmp_path)
    lines = done.err.splitlines()
    assert done.code == 2
    assert len(lines) == 1 + limits.MAX_LISTED_ERRORS + 1
    assert lines[-1] == "et 15950 autres problèmes"


def test_help_states_every_limit(capsys):
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    shown = capsys.readouterr().out
    for number in (limits.MAX_INPUT_BYTES, limits.MAX_ORGANISATIONS, limits.MAX_VALUES, limits.MAX_TEXT_LENGTH):
        assert f"{number:,}" in shown
    assert f"{limits.MAX_DEPTH} levels" in shown and f"{limits.MAX_DIGITS} digits" in shown
    assert "4 internal error" in shown


def test_an_internal_error_exits_4_with_one_line_and_no_traceback(tmp_path, capsys, monkeypatch):
    """No input reaches this path (that is the point), so the engine is made to fail on purpose."""
    path = tmp_path / "p.json"
    path.write_text(json.dumps(partnership()), encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyError("findings")

    monkeypatch.setattr(cli, "run", broken)
    code = cli.main(["check", str(path), "--lang", "nl"])
    out, err = capsys.readouterr()
    assert code == cli.INTERNAL_ERROR == 4
    assert out == "" and err.count("\n") == 1
    assert err.startswith("cove-site: interne fout in de subsidiabiliteitstoets (KeyError: 'findings')")
