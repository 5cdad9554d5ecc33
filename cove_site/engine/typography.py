"""The French spacing rule, once, for every text the project writes: a no-break space (U+00A0) before ":", a
narrow no-break space (U+202F) before ";", "?" and "!" and inside « », so the sign never starts a line.

Standard library only: the engine applies it to its French sentences (CLI and browser alike), the checker's
strings and the page renderer (`cove_site.typography`) import it from here. Texts are written with ordinary
spaces, or none ("Appel {call}: ..." becomes "Appel {call} : ..."); times (17:00), addresses (https://) and
code are left alone because the sign there is not followed by a space.
"""

from __future__ import annotations

import re

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACES = "[ \u00a0\u202f]"
_COLON = re.compile(rf"{_SPACES}*:(?=\s|$|<|&)")
_HIGH = re.compile(rf"({_SPACES}*)([;?!])(?=\s|$|<|&|»|\))")
_ENTITY = re.compile(r"&#?[0-9A-Za-z]+$")  # "&amp;" in HTML text is no semicolon
_GUILLEMETS = [(re.compile(rf"«{_SPACES}*"), "«" + NNBSP), (re.compile(rf"{_SPACES}*»"), NNBSP + "»")]


def _high(match: re.Match) -> str:
    before = match.string[max(0, match.start() - 12):match.start()]
    if not match.group(1) and (not before or before[-1] in "\n\t;?!" or _ENTITY.search(before)):
        return match.group(0)
    return NNBSP + match.group(2)


def french_text(text: str) -> str:
    """`text` with the French spaces before high punctuation and inside guillemets (idempotent)."""
    text = _COLON.sub(NBSP + ":", text)
    text = _HIGH.sub(_high, text)
    for pattern, replacement in _GUILLEMETS:
        text = pattern.sub(replacement, text)
    return text


def typeset(text: str, lang: str) -> str:
    """The text as `lang` writes it: French spacing for "fr", unchanged otherwise."""
    return french_text(text) if lang == "fr" else text
