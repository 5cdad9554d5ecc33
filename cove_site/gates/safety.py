"""Safety scan of the built pages: no inline event handlers, no javascript: URLs, and inline scripts
only of the kinds the templates put there on purpose.

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
from pathlib import Path

from cove_site.checker_page import HEAD_SCRIPT

from . import Report
from .site import html_pages, lang_of, soup

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


def _csp_hashes(doc) -> tuple[str | None, set[str]]:
    meta = doc.find("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
    if not meta:
        return None, set()
    policy = meta.get("content", "")
    directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.split()}
    sources = directives.get("script-src", directives.get("default-src", []))
    return policy, {s.strip("'") for s in sources}


def check(site: Path) -> Report:
    report = Report("safety")
    inline_counts = {"data": 0, "material": 0, "own": 0}
    for page in html_pages(site):
        lang, doc = lang_of(page), soup(site, page)
        policy, allowed = _csp_hashes(doc)
        if policy and ("unsafe-inline" in allowed or "unsafe-eval" in allowed):
            report.add(page, lang, "csp-unsafe", f"the page's CSP allows 'unsafe-inline' or 'unsafe-eval': {policy}")
        for tag in doc.find_all(True):
            for attr, value in tag.attrs.items():
                if attr.lower().startswith("on"):
                    report.add(page, lang, "event-handler", f"<{tag.name} {attr}=...> inline event handler: {str(value)[:80]!r}")
                elif attr.lower() in URL_ATTRS and isinstance(value, str) \
                        and _CONTROL.sub("", value).lower().startswith(("javascript:", "vbscript:")):
                    report.add(page, lang, "javascript-url", f"<{tag.name} {attr}={value[:80]!r}>")
            if tag.name == "script" and not tag.get("src"):
                kind = _inline_script(report, page, lang, tag)
                inline_counts[kind] = inline_counts.get(kind, 0) + 1
                if kind in ("material", "own") and policy and _sha256(tag.string or "") not in allowed:
                    report.add(page, lang, "csp-blocks-inline",
                               f"the page's CSP blocks the inline script {(tag.string or '')[:40]!r}...: "
                               f"add '{_sha256(tag.string or '')}' to script-src (or the theme misbehaves)")
    report.figures.append(f"inline scripts: {inline_counts.get('data', 0)} JSON data blocks, "
                          f"{inline_counts.get('material', 0)} Material bootstrap scripts, "
                          f"{inline_counts.get('own', 0)} checker head scripts, "
                          f"{inline_counts.get('injected', 0)} not allowed")
    return report


def _inline_script(report: Report, page: str, lang: str, tag) -> str:
    text = tag.string or tag.get_text()
    kind = (tag.get("type") or "").lower()
    if kind in DATA_TYPES:
        try:
            json.loads(text)
        except ValueError as error:
            report.add(page, lang, "inline-script", f"<script type={kind}> #{tag.get('id', '?')} is not valid JSON: {error}")
            return "injected"
        if re.search(r"<(/?script|!--)", text, re.I):
            report.add(page, lang, "inline-script", f"<script type={kind}> #{tag.get('id', '?')} contains raw markup "
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
