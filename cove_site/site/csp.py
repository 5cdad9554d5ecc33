"""A Content-Security-Policy on every page: content pages run no script but the site's own files and
Material's inline bootstrap scripts, each pinned by its sha256 hash (no 'unsafe-inline').

The policy goes into a <meta> right after <meta charset>, before any script, because a static host may
send no headers at all. The checker page brings its own policy (it also needs WebAssembly and a worker:
checker_page.CSP); pages that already have one are left to `checker_page.finalize_checker_html`.
"""

from __future__ import annotations

import re

from ..checker_page import inline_script_hashes

CONTENT_CSP = (
    "default-src 'self'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
_CSP_META = re.compile(r'<meta\s+http-equiv="Content-Security-Policy"', re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)


def content_policy(html: str) -> str:
    """The content-page policy for this page, with the hashes of its inline scripts."""
    hashes = inline_script_hashes(html)
    return CONTENT_CSP.format(hashes="".join(f" {source}" for source in hashes))


def add_page_csp(html: str) -> str:
    """`html` with a CSP <meta> first in its <head> (after <meta charset>); unchanged if it has one already."""
    if _CSP_META.search(html) or "<head" not in html:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_policy(html)}">'
    charset = _CHARSET.search(html)
    if charset:
        return html[:charset.end()] + "\n    " + meta + html[charset.end():]
    head = re.search(r"<head[^>]*>", html, re.I)
    return html[:head.end()] + meta + html[head.end():]
