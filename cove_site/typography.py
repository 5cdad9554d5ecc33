"""French typography for a whole page: a no-break space before : and inside « », a narrow no-break space
before ; ? ! (so the sign never starts a line), in the text readers see and in tooltips and accessible names.

Applied to the built HTML, so every French text gets it wherever it comes from: pages, site strings and the
data files. Code, scripts (including JSON data blocks) and styles are left as they are.
"""

from __future__ import annotations

import re

NBSP, NNBSP = "\u00a0", "\u202f"
_SKIP = ("script", "style", "pre", "code", "textarea")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--.*?-->", re.S)
_READ_ATTRIBUTES = re.compile(r'(\s(?:title|aria-label|alt|placeholder)=")([^"]*)(")')
_BEFORE = [(re.compile(r"[ \u00a0\u202f]+:(?=\s|$|<|&)"), NBSP + ":"),
           (re.compile(r"[ \u00a0\u202f]+([;?!])"), NNBSP + r"\1"),
           (re.compile(r"«[ \u00a0\u202f]+"), "«" + NBSP),
           (re.compile(r"[ \u00a0\u202f]+»"), NBSP + "»")]


def french_text(text: str) -> str:
    for pattern, replacement in _BEFORE:
        text = pattern.sub(replacement, text)
    return text


def french_spacing(html: str) -> str:
    out, at, skipping = [], 0, None
    for match in _TAG.finditer(html):
        text = html[at:match.start()]
        out.append(text if skipping else french_text(text))
        tag = match.group(0)
        name = (match.group(2) or "").lower()
        if skipping:
            if match.group(1) and name == skipping:
                skipping = None
        elif name in _SKIP and not match.group(1) and not tag.endswith("/>"):
            skipping = name
        elif name:
            tag = _READ_ATTRIBUTES.sub(lambda m: m.group(1) + french_text(m.group(2)) + m.group(3), tag)
        out.append(tag)
        at = match.end()
    rest = html[at:]
    out.append(rest if skipping else french_text(rest))
    return "".join(out)
