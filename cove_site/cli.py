"""`cove-site check`: read a partnership file (YAML or JSON), run the engine, print the verdict.

The CLI does what the engine must not: read files, parse YAML, load the data. Exit codes: 0 eligible,
1 not eligible, 3 depends (a point to verify), 2 input or data that cannot be used, 4 an internal error (a bug:
never 0, 1 or 3). User mistakes never end in a traceback, and hostile input never in a crash or a hang: every
limit is in cove_site/engine/limits.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from pathlib import Path

from .data.bundle_cache import cached_bundle
from .data.errors import DataError
from .engine import LANGS, Texts, limits, run
from .engine.document import DocumentError, check_values, decode, error_result, load_json
from .engine.typography import typeset

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
ELIGIBLE, NOT_ELIGIBLE, UNUSABLE, DEPENDS = 0, 1, 2, 3
EXIT_CODES = {"eligible": ELIGIBLE, "not-eligible": NOT_ELIGIBLE, "depends": DEPENDS}
INTERNAL_ERROR = 4  # an unexpected error must never look like a verdict
# Characters that would act on a terminal or reorder text instead of being shown: C0 and C1 controls, DEL,
# bidirectional overrides and isolates, lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def read_bytes(source: str) -> bytes:
    """The file, or standard input for '-', up to the size limit: a FIFO, a device or a directory is
    refused before anything is read from it (opening never blocks: O_NONBLOCK, then fstat)."""
    cap = limits.MAX_INPUT_BYTES + 1
    try:
        if source == "-":
            stream = sys.stdin
            if stream is None:
                raise DocumentError("error-unreadable", source="-", reason="standard input is closed")
            data = getattr(stream, "buffer", stream).read(cap)
            data = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
        else:
            fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise DocumentError("error-not-regular", source=source)
                with os.fdopen(os.dup(fd), "rb") as stream:
                    data = stream.read(cap)
            finally:
                os.close(fd)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise DocumentError("error-unreadable", source=source, reason=reason) from None
    if len(data) >= cap:
        raise DocumentError("error-too-large", limit=limits.MAX_INPUT_BYTES // 1_000_000)
    return data


def parse(data: bytes, source: str) -> object:
    """JSON for *.json files (the parser the browser uses), YAML otherwise (YAML also reads most JSON)."""
    text = decode(data, source)
    if source.lower().endswith(".json"):
        return load_json(text, source)
    if not text.strip():
        raise DocumentError("error-empty")
    from .yamlsource import build as build_yaml  # only here: a JSON check does not pay for the YAML parser

    value = build_yaml(text)  # YAML 1.2 core schema: NO stays Norway, 010 is ten
    check_values(value)
    return value


def printable(text: str) -> str:
    """`text` with every control, bidi or surrogate character written as an escape (\\x1b, \\u202e), so
    a name in a partnership file cannot move the cursor, recolour the terminal or hide part of a line."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def printable_result(result: object) -> object:
    """The result with `printable` applied to every text in it (paths hold the file's own keys)."""
    if isinstance(result, str):
        return printable(result)
    if isinstance(result, dict):
        return {key: printable_result(value) for key, value in result.items()}
    if isinstance(result, list):
        return [printable_result(value) for value in result]
    return result


def json_text(result: dict) -> str:
    """The result as JSON; C1 controls, bidi controls and surrogates as \\u escapes (still the same JSON)."""
    text = json.dumps(result, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def format_text(result: dict, texts: Texts) -> str:
    """For people: the verdict, what is not confirmed for the year, then one line per finding (failures
    first) with its plain rule name and, under it, what to change."""
    if "errors" in result:
        colon = typeset(": ", texts.lang)  # "eqf_levels[1] : le niveau ..." in French
        lines = [texts("verdict-invalid")]
        lines += [f"{error['path']}{colon}{error['message']}" if error["path"] else error["message"]
                  for error in result["errors"]]
        return "\n".join(lines) + "\n"
    lines = [result["summary"]]
    if result.get("caveat"):
        lines.append(result["caveat"])
    for finding in result["findings"]:
        # A dash, not a colon, before each sentence: it starts with a capital (issue 14).
        lines.append(f"[{texts('status-' + finding['status'])}] {finding['title']} — {finding['message']}")
        if finding.get("action"):
            lines.append(f"    {texts('what-to-change')} — {finding['action']}")
    return "\n".join(lines) + "\n"


def check(args: argparse.Namespace) -> int:
    try:
        bundle = cached_bundle(args.data)  # cached as JSON, keyed by the data files' hashes
    except DataError as error:
        sys.stderr.write("".join(f"{problem}\n" for problem in error.problems))
        return UNUSABLE
    texts = Texts(args.lang, bundle["country_names"].get(args.lang))
    try:
        result = run(parse(read_bytes(args.path), args.path), bundle, lang=args.lang, call=args.call)
    except DocumentError as error:
        result = error_result(error, args.lang)
    if args.format == "json":
        sys.stdout.write(json_text(result) + "\n")
    else:
        (sys.stderr if "errors" in result else sys.stdout).write(format_text(printable_result(result), texts))
    return UNUSABLE if "errors" in result else EXIT_CODES[result["verdict"]]


LIMITS_HELP = f"""limits (the browser checker has the same; cove_site/engine/limits.py):
  input                 a regular file or '-' (standard input); at most {limits.MAX_INPUT_BYTES:,} bytes,
                        UTF-8 (UTF-16 or UTF-32 with a byte order mark also read)
  organisations         at most {limits.MAX_ORGANISATIONS:,}; any other list at most {limits.MAX_LIST_ITEMS:,} entries
  nesting               at most {limits.MAX_DEPTH} levels of lists and mappings
  values                at most {limits.MAX_VALUES:,} in all (YAML aliases counted at their full size)
  text                  at most {limits.MAX_TEXT_LENGTH:,} characters per value
  numbers               at most {limits.MAX_DIGITS} digits
  problems listed       at most {limits.MAX_LISTED_ERRORS}, then "and N more problems"

exit status: 0 eligible (meets the formal rules), 1 not eligible (a rule is not met), 3 depends (a rule
  depends on a reading of the call or on a value no official source confirms; the output says what to
  verify), 2 the input (or the data) cannot be used, 4 internal error (a bug)"""


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="cove-site", description="Tools for the CoVE portal.")
    commands = main_parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser(
        "check", help="check a partnership file against a call year's formal rules",
        description="Check a partnership file against the formal rules of a CoVE call year.",
        epilog=LIMITS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    checker.add_argument("path", metavar="PATH", help="partnership file (YAML or JSON); '-' reads standard input")
    checker.add_argument("--call", type=int, metavar="YEAR", help="programme year (default: the file's, else latest)")
    checker.add_argument("--lang", choices=LANGS, default="nl", help="language of the messages (default: nl)")
    checker.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    checker.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data directory (default: the repo's data/)")
    checker.set_defaults(handler=check)
    new_year = commands.add_parser("new-year", help="start next programme year's data file from the latest one")
    new_year.add_argument("year", type=int, metavar="YEAR", help="the new programme year, e.g. 2027")
    new_year.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data directory (default: the repo's data/)")
    new_year.set_defaults(handler=start_year)
    return main_parser


def start_year(args: argparse.Namespace) -> int:
    from .new_year import MARK, start_new_year

    try:
        target = start_new_year(args.data, args.year)
    except DataError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return UNUSABLE
    marked = target.read_text(encoding="utf-8").count(f"en: '{MARK}:")
    print(f"Wrote {target}: {marked} facts are marked {MARK} and must be checked before publishing.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:  # `cove-site check ... | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13
    except KeyboardInterrupt:
        return 128 + 2
    except Exception as error:  # noqa: BLE001 - a bug: one short line and a code that is no verdict
        lang = getattr(args, "lang", "en") if getattr(args, "lang", None) in LANGS else "en"
        detail = printable(f"{type(error).__name__}: {error}")[:200]
        sys.stderr.write(f"cove-site: {Texts(lang)('error-internal', error=detail)}\n")
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
