"""`cove-site check`: read a partnership file (YAML or JSON), run the engine, print the verdict.

The CLI does what the engine must not: read files, parse YAML, load the data. Exit codes: 0 eligible,
1 not eligible, 3 depends (a point to verify), 2 input or data that cannot be used. User mistakes never end
in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .data.bundle_cache import cached_bundle
from .data.errors import DataError
from .engine import LANGS, Texts, run

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
ELIGIBLE, NOT_ELIGIBLE, UNUSABLE, DEPENDS = 0, 1, 2, 3
EXIT_CODES = {"eligible": ELIGIBLE, "not-eligible": NOT_ELIGIBLE, "depends": DEPENDS}


class InputError(Exception):
    """The input cannot be parsed; carries a message key and its parameters."""

    def __init__(self, key: str, **params: object):
        super().__init__(key)
        self.key, self.params = key, params


def read_text(source: str) -> str:
    """The file (or standard input for '-') as text; a UTF-8 byte order mark is dropped."""
    try:
        if source == "-":
            stream = getattr(sys.stdin, "buffer", None)
            data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        else:
            data = Path(source).read_bytes()
    except OSError as error:
        raise InputError("error-unreadable", source=source, reason=error.strerror or str(error)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("error-encoding", source=source) from None


def parse(text: str, source: str) -> object:
    """JSON for *.json files, YAML otherwise (YAML also reads most JSON, e.g. from standard input)."""
    if not text.strip():
        raise InputError("error-empty")
    if source.lower().endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError("error-syntax", problem=error.msg, line=error.lineno, column=error.colno) from None
    import yaml  # only here: a JSON check should not pay for loading the YAML parser

    from .yamlsource import Yaml12Loader as PartnershipLoader  # only true/false are booleans: NO stays Norway

    try:
        return yaml.load(text, Loader=PartnershipLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise InputError("error-syntax", problem=error.problem or error.context or "?",
                         line=mark.line + 1 if mark else 1, column=mark.column + 1 if mark else 1) from None
    except yaml.YAMLError as error:
        raise InputError("error-syntax", problem=str(error), line=1, column=1) from None


def format_text(result: dict, texts: Texts) -> str:
    """For people: the verdict, what is not confirmed for the year, then one line per finding (failures
    first) with its plain rule name and, under it, what to change."""
    if "errors" in result:
        lines = [texts("verdict-invalid")]
        lines += [f"{error['path']}: {error['message']}" if error["path"] else error["message"]
                  for error in result["errors"]]
        return "\n".join(lines) + "\n"
    lines = [result["summary"]]
    if result.get("caveat"):
        lines.append(result["caveat"])
    for finding in result["findings"]:
        lines.append(f"[{texts('status-' + finding['status'])}] {finding['title']}: "
                     f"{finding['message']}")
        if finding.get("action"):
            lines.append(f"    {texts('what-to-change')}: {finding['action']}")
    return "\n".join(lines) + "\n"


def check(args: argparse.Namespace) -> int:
    try:
        bundle = cached_bundle(args.data)  # cached as JSON, keyed by the data files' hashes
    except DataError as error:
        sys.stderr.write("".join(f"{problem}\n" for problem in error.problems))
        return UNUSABLE
    texts = Texts(args.lang, bundle["country_names"].get(args.lang))
    try:
        result = run(parse(read_text(args.path), args.path), bundle, lang=args.lang, call=args.call)
    except InputError as error:
        result = {"errors": [{"path": "", "message": texts(error.key, **error.params)}]}
    if args.format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        (sys.stderr if "errors" in result else sys.stdout).write(format_text(result, texts))
    return UNUSABLE if "errors" in result else EXIT_CODES[result["verdict"]]


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="cove-site", description="Tools for the CoVE portal.")
    commands = main_parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser(
        "check", help="check a partnership file against a call year's formal rules",
        description="Check a partnership file against the formal rules of a CoVE call year.",
        epilog="exit codes: 0 eligible (meets the formal rules), 1 not eligible (a rule is not met), "
               "3 depends (a rule depends on a reading of the call or on a value no official source confirms; "
               "the output says what to verify), 2 the input or the data cannot be used.")
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
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
