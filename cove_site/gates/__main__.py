"""Run the quality gates against an already built site and print a readable summary.

    python -m cove_site.gates SITE_DIR [--only NAME ...] [--skip NAME ...]

Exit status 1 when any gate has an error (warnings are listed, they do not fail). Needs the `test`
extra (Playwright, BeautifulSoup), `npm ci` (vnu-jar, axe-core, lighthouse), Java 17 and Chromium.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from . import Report
from .site import site_url

STATIC = ("html", "links", "language", "safety", "consistency")
BROWSER = ("accessibility", "weight", "main-thread")
SERVED = ("lighthouse",)
GATES = STATIC + BROWSER + SERVED
DEFAULT_REPORTS = Path("bench/results/gates")
_LINE = re.compile(r"^line \d+: ")


def run(site: Path, names: list[str], reports: Path = DEFAULT_REPORTS) -> list[Report]:
    from . import accessibility, consistency, html_validity, language, lighthouse, links, main_thread, safety, weight

    static = {"html": html_validity.check, "links": lambda s: links.check(s, reports / "external-links.txt"),
              "language": language.check, "safety": safety.check, "consistency": consistency.check}
    browser_gates = {"accessibility": accessibility.check, "weight": weight.check, "main-thread": main_thread.check}
    results = []
    with ExitStack() as stack:
        base = browser = None
        for name in names:
            started = time.monotonic()
            if name in static:
                report = static[name](site)
            else:
                if base is None:
                    from .browser import chromium, serve

                    base = stack.enter_context(serve(site, site_url(site)))
                if name == "lighthouse":
                    with lighthouse.compressed_server(site) as compressed:
                        report = lighthouse.check(compressed)
                else:
                    browser = browser or stack.enter_context(chromium())
                    report = browser_gates[name](site, base, browser)
            report.figures.append(f"took {time.monotonic() - started:.0f} s")
            results.append(report)
            print(summary([report]), flush=True)
    return results


def summary(reports: list[Report], pages_shown: int = 4) -> str:
    """One block per gate: PASS/FAIL and its figures, then each distinct finding once (severity, rule, message)
    with the pages and languages where it occurs, so 200 copies of one theme bug read as one line."""
    lines = []
    for report in reports:
        lines.append(f"{'FAIL' if report.failed else 'PASS'}  {report.gate}: {len(report.errors)} error(s), "
                     f"{len(report.problems) - len(report.errors)} warning(s)")
        lines += [f"      {figure}" for figure in report.figures]
        grouped: dict[tuple, list] = {}
        for p in report.problems:
            grouped.setdefault((p.severity != "error", p.rule, _LINE.sub("", p.message)), []).append(p)
        for (warning, rule, message), found in sorted(grouped.items()):
            where = ", ".join(f"{p.page} [{p.lang}]" for p in found[:pages_shown])
            more = f" and {len(found) - pages_shown} more" if len(found) > pages_shown else ""
            lines.append(f"  {'warning' if warning else 'error':7} {rule}: {message}\n            at {where}{more}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder (make build writes site/)")
    parser.add_argument("--only", nargs="+", choices=GATES, metavar="NAME", help=f"run only these: {', '.join(GATES)}")
    parser.add_argument("--skip", nargs="+", choices=GATES, default=[], metavar="NAME")
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS, help="where report files go (external links)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site} holds no built site (index.html missing): run `make build` first")
    names = [n for n in (args.only or GATES) if n not in args.skip]
    results = run(args.site, names, args.reports)
    failed = [r.gate for r in results if r.failed]
    print(f"\n{len(results) - len(failed)} of {len(results)} gates passed" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
