"""Safety scan of the built pages: a Content-Security-Policy on every page (before any script, no inline or
remote script, images from this site only), no inline event handlers, no javascript: URLs, and inline
scripts only of the kinds the templates put there on purpose. It runs at the end of every build (the
plugin's on_post_build) and fails it, and in `python -m cove_site.gates`.

Allowed inline scripts (decided here, on purpose narrow):
- data blocks: `<script type="application/json">` whose text is valid JSON (Material's `__config`,
  our `cove-page-config` and `cove-checker-config`); they never run;
- Material's own bootstrap scripts, exactly as its installed `partials/javascripts/*.html` templates
  write them (template expressions may vary, nothing else), so a theme upgrade needs no edit here;
- the checker page's head script, exactly `cove_site.checker_page.HEAD_SCRIPT`.
Everything else, and any script whose text differs, is an injected script. On a page with a
Content-Security-Policy, every inline script that must run has to be allowed by hash, or it is silently blocked.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from cove_site.checker_page import HEAD_SCRIPT

from . import Report
from .site import html_pages, lang_of

OWN_SCRIPTS = (HEAD_SCRIPT,)

MATERIAL_SCRIPTS = Path(__import__("material").__file__).parent / "templates" / "partials" / "javascripts"
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc")
DATA_TYPES = ("application/json", "application/ld+json")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_CONTROL = re.compile(r"[\x00-\x20]+")


@cache
def material_patterns() -> tuple[re.Pattern, ...]:
    """Material's inline scripts as patterns: literal text, with each `{{ ... }}` matching a quoted-string body."""
    patterns = []
    for template in sorted(MATERIAL_SCRIPTS.glob("*.html")):
        for body in re.findall(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.S):
            pieces = _JINJA.split(body.strip())
            patterns.append(re.compile(r'[^"<>\\]*'.join(re.escape(p) for p in pieces)))
    return tuple(patterns)


def is_material_script(text: str) -> bool:
    return any(p.fullmatch(text.strip()) for p in material_patterns())


class _Page(HTMLParser):
    """One pass over a page with the standard library's parser (4x faster than BeautifulSoup, and the gate
    runs in every build): every tag with its attributes, every inline script with its text, the CSP."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.policy: str | None = None
        self.policy_after_script = False
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        named = {name: value or "" for name, value in attrs}
        if tag == "meta" and named.get("http-equiv", "").lower() == "content-security-policy" and self.policy is None:
            self.policy = named.get("content", "")
            self.policy_after_script = any(t == "script" for t, _ in self.tags)
        if tag == "script":
            self._script = (named, [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None


def _scan(text: str) -> _Page:
    parser = _Page()
    parser.feed(text)
    parser.close()
    return parser


def _directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0].lower(): d.split()[1:] for d in policy.split(";") if d.split()}


def _check_policy(report: Report, page: str, lang: str, scan: _Page) -> set[str]:
    """Every page has a CSP before its first script, with no inline or remote script and images from here only.
    Returns the script sources it allows (hashes without quotes)."""
    if scan.policy is None:
        report.add(page, lang, "csp-missing", "the page has no Content-Security-Policy <meta>")
        return set()
    if scan.policy_after_script:
        report.add(page, lang, "csp-late", "the CSP <meta> comes after a <script>: scripts before it are not covered")
    directives = _directives(scan.policy)
    scripts = directives.get("script-src", directives.get("default-src", []))
    if "'unsafe-inline'" in scripts or "'unsafe-eval'" in scripts:
        report.add(page, lang, "csp-unsafe", f"the page's CSP allows 'unsafe-inline' or 'unsafe-eval': {scan.policy}")
    loose = [s for s in scripts if s not in ("'self'", "'wasm-unsafe-eval'") and not s.startswith("'sha256-")]
    images = directives.get("img-src", directives.get("default-src", []))
    loose += [s for s in images if s not in ("'self'", "data:")]
    if directives.get("default-src") != ["'self'"]:
        loose.append(f"default-src {' '.join(directives.get('default-src', ['(none)']))}")
    if loose:
        report.add(page, lang, "csp-loose", f"the page's CSP allows more than this site: {', '.join(loose)}")
    return {s.strip("'") for s in scripts}


def check(site: Path, memo=None) -> Report:
    """The gate over every page of `site`. With `memo` (the build's PageMemo), a page whose bytes passed in the
    last build that passed is not parsed again: what it holds is keyed by the sha256 of those bytes."""
    report = Report("safety")
    inline_counts = {"data": 0, "material": 0, "own": 0}
    for page in html_pages(site):
        data = (site / page).read_bytes()
        counts = (memo.get(hashlib.sha256(data).hexdigest(), lambda: _check_page(report, page, data)) if memo
                  else _check_page(report, page, data))
        for kind, count in counts.items():
            inline_counts[kind] = inline_counts.get(kind, 0) + count
    report.figures.append(f"inline scripts: {inline_counts.get('data', 0)} JSON data blocks, "
                          f"{inline_counts.get('material', 0)} Material bootstrap scripts, "
                          f"{inline_counts.get('own', 0)} checker head scripts, "
                          f"{inline_counts.get('injected', 0)} not allowed")
    return report


def _check_page(report: Report, page: str, data: bytes) -> dict[str, int]:
    """Every problem of one page into `report`; returns how many inline scripts of each kind it has."""
    counts: dict[str, int] = {}
    lang, scan = lang_of(page), _scan(data.decode("utf-8"))
    allowed = _check_policy(report, page, lang, scan)
    for name, attrs in scan.tags:
        for attr, value in attrs:
            value = value or ""
            if attr.startswith("on"):
                report.add(page, lang, "event-handler", f"<{name} {attr}=...> inline event handler: {value[:80]!r}")
            elif attr in URL_ATTRS and _CONTROL.sub("", value).lower().startswith(("javascript:", "vbscript:")):
                report.add(page, lang, "javascript-url", f"<{name} {attr}={value[:80]!r}>")
    for attrs, text in scan.scripts:
        if attrs.get("src"):
            continue
        kind = _inline_script(report, page, lang, attrs, text)
        counts[kind] = counts.get(kind, 0) + 1
        if kind in ("material", "own") and scan.policy is not None and _sha256(text) not in allowed:
            report.add(page, lang, "csp-blocks-inline",
                       f"the page's CSP blocks the inline script {text[:40]!r}...: "
                       f"add '{_sha256(text)}' to script-src (or the theme misbehaves)")
    return counts


def _inline_script(report: Report, page: str, lang: str, attrs: dict, text: str) -> str:
    kind = (attrs.get("type") or "").lower()
    if kind in DATA_TYPES:
        try:
            json.loads(text)
        except ValueError as error:
            report.add(page, lang, "inline-script", f"<script type={kind}> #{attrs.get('id', '?')} is not valid JSON: {error}")
            return "injected"
        if re.search(r"<(/?script|!--)", text, re.I):
            report.add(page, lang, "inline-script", f"<script type={kind}> #{attrs.get('id', '?')} contains raw markup "
                                                    "(escape < as \\u003c so the block cannot end early)")
            return "injected"
        return "data"
    if kind in ("", "text/javascript") and text.strip() in OWN_SCRIPTS:
        return "own"
    if kind not in ("", "text/javascript", "module") or not is_material_script(text):
        report.add(page, lang, "inline-script", f"inline <script{' type=' + kind if kind else ''}> that no template "
                                                f"puts there on purpose: {' '.join(text.split())[:100]!r}")
        return "injected"
    return "material"


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
