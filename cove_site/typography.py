"""French typography for a whole page: a no-break space before :, a narrow no-break space before ; ? ! and
inside « » (so the sign never starts a line), in the text readers see and in tooltips and accessible names.
The rule itself is `cove_site.engine.typography.french_text`, which the engine and the checker strings use too.

Applied to the built HTML, so every French text gets it wherever it comes from: pages, site strings and the
data files. Code, scripts (including JSON data blocks) and styles are left as they are.
"""

from __future__ import annotations

import re

from .engine.typography import NBSP, NNBSP, french_text  # the one rule; the engine uses it too

_SKIP = ("script", "style", "pre", "code", "textarea")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--.*?-->", re.S)
_READ_ATTRIBUTES = re.compile(r'(\s(?:title|aria-label|alt|placeholder)=")([^"]*)(")')

__all__ = ["NBSP", "NNBSP", "french_spacing", "french_text"]
#: Signs that data reaches the HTML as character references (formatting.md_escape keeps Markdown from reading
#: them); in rendered HTML text they are plain characters again, and take their space like any other.
_REFERENCES = {"&#33;": "!", "&#58;": ":", "&#59;": ";", "&#63;": "?"}
_REFERENCE = re.compile("|".join(_REFERENCES))
#: A piece of text without any of these (most of a page: indentation, words) is left as it is, unread twice.
_SIGNS = re.compile("[:;?!«»]")


def _page_text(text: str) -> str:
    if _SIGNS.search(text) is None:
        return text
    return french_text(_REFERENCE.sub(lambda m: _REFERENCES[m.group(0)], text))


def french_spacing(html: str) -> str:
    out, at, skipping = [], 0, None
    for match in _TAG.finditer(html):
        text = html[at:match.start()]
        out.append(text if skipping else _page_text(text))
        tag = match.group(0)
        name = (match.group(2) or "").lower()
        if skipping:
            if match.group(1) and name == skipping:
                skipping = None
        elif name in _SKIP and not match.group(1) and not tag.endswith("/>"):
            skipping = name
        elif name:
            tag = _READ_ATTRIBUTES.sub(lambda m: m.group(1) + _page_text(m.group(2)) + m.group(3), tag)
        out.append(tag)
        at = match.end()
    rest = html[at:]
    out.append(rest if skipping else _page_text(rest))
    return "".join(out)
