"""Facts as text for one language: Babel does the locale work, this module adds what each fact's status means.

Every function takes a fact (`{"value": ..., "status": ..., "sources": [...]}`) and returns safe HTML:
values are escaped, and a fact that is not plainly `seen` says so next to its value.

Pages are Markdown, so escaping HTML is not enough: `[x](javascript:...)`, `![x](https://...)` or
`{: onclick=...}` in a fact would become a link, an image or an attribute. `md_escape` writes every
character Markdown reads as syntax as a character reference, which Markdown leaves alone and the browser
shows as the character; the plugin applies it to every `{{ value }}` of its templates (Jinja's `finalize`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from markupsafe import Markup

from .site_strings import text

# HTML's own five, and every character that starts Markdown syntax anywhere in a line (links, images,
# emphasis, code, attribute lists, tables, escapes, headings, strikethrough).
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;",
            **{c: f"&#{ord(c)};" for c in "\\`*_{}[]()!|~#"}}
_SPECIAL = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
# What only counts at the start of a line (list, heading-underline and definition marks, "1." lists),
# matched after the escaping above, which leaves these characters alone.
_LINE_START = re.compile(r"^(?:[-+=:]|\d+\.)")
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]\s*")


def md_escape(value: object) -> Markup:
    """Text as itself in a Markdown page: one line, HTML-escaped, Markdown syntax as character references.

    Markup (already safe HTML from a template or a Formatter method) passes unchanged.
    """
    if isinstance(value, Markup):
        return value
    text = _SPECIAL.sub(lambda m: _ESCAPES[m[0]], _LINE_BREAKS.sub(" ", str(value)))
    return Markup(_LINE_START.sub(lambda m: m[0][:-1] + f"&#{ord(m[0][-1])};", text))


BRUSSELS = ZoneInfo("Europe/Brussels")
# English pages follow EU usage (7 September 2022, 17:00), which Babel's en_IE gives.
BABEL_LOCALE = {"nl": "nl", "en": "en_IE", "fr": "fr"}


def collation_key(name: str) -> str:
    """Sort names as readers expect ("Österreich" near "Oostenrijk") without ICU: accents folded, case folded."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


class Formatter:
    """Jinja helpers bound to one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.locale = Locale.parse(BABEL_LOCALE[lang])

    # -- status -------------------------------------------------------------------------------------
    def mark(self, fact: dict) -> Markup:
        """A visible note for facts that are not plainly seen in a source (its own note as the tooltip)."""
        status = fact.get("status", "seen")
        if status in ("unconfirmed", "inferred"):
            hint = (fact.get("note") or {}).get(self.lang) or text(f"status_{status}_hint", self.lang)
            return Markup(' <span class="cove-status cove-status--{0}" title="{1}">({2})</span>').format(
                md_escape(status), md_escape(hint), md_escape(text(f"status_{status}", self.lang)))
        return Markup("")

    @staticmethod
    def flagged(call: dict) -> list[tuple[str, dict]]:
        return [(path, fact) for path, fact in fact_paths(call) if fact.get("status") != "seen"]

    def _shown(self, fact: dict, render) -> Markup:
        if fact.get("status") == "unknown" or fact.get("value") is None:
            return Markup('<span class="cove-status cove-status--unknown" title="{0}">{1}</span>').format(
                md_escape(text("unknown_hint", self.lang)), md_escape(text("unknown", self.lang)))
        return md_escape(render(fact["value"])) + self.mark(fact)

    # -- values -------------------------------------------------------------------------------------
    def money(self, fact: dict) -> Markup:
        pattern = self.locale.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
        return self._shown(fact, lambda v: format_currency(v, "EUR", format=pattern, locale=self.locale,
                                                           currency_digits=False))

    def number(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: format_decimal(v, locale=self.locale))

    def months(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: text("months", self.lang, n=format_decimal(v, locale=self.locale)))

    def day(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: format_date(date.fromisoformat(v), "long", locale=self.locale))

    def deadline(self, fact: dict) -> Markup:
        """`7 september 2022, 17:00 (Brusselse tijd)`, with the instant in a <time> element for scripts."""
        if fact.get("status") == "unknown":
            return self._shown(fact, str)
        instant = datetime.fromisoformat(fact["value"])
        shown = "{0}, {1} ({2})".format(
            format_date(instant.astimezone(BRUSSELS), "long", locale=self.locale),
            format_datetime(instant, "HH:mm", tzinfo=BRUSSELS, locale=self.locale),
            text("brussels_time", self.lang))
        return Markup('<time datetime="{0}">{1}</time>').format(instant.isoformat(), md_escape(shown)) + self.mark(fact)

    def yesno(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: text("yes" if v else "no", self.lang))

    def text(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: v[self.lang])

    def texts(self, fact: dict) -> list[Markup]:
        return [md_escape(item[self.lang]) for item in fact.get("value") or []]

    def link(self, fact: dict) -> Markup:
        if fact.get("status") == "unknown":
            return self._shown(fact, str)
        value = fact["value"]
        return Markup('<a href="{0}">{1}</a>').format(md_escape(value["url"]), md_escape(value["title"][self.lang])) \
            + self.mark(fact)

    def org_types(self, fact: dict) -> Markup:
        """`onderneming, organisatie die ... of andere werkgever`: the types a rule accepts, as a phrase."""
        names = [text(f"org_{kind}", self.lang) for kind in fact.get("value") or []]
        return md_escape(format_list(names, style="or", locale=self.locale)) + self.mark(fact)

    def country(self, code: str) -> str:
        return self.locale.territories.get(code, code)

    def countries(self, fact: dict) -> Markup:
        """Country names in the page language, sorted as a reader of that language expects."""
        names = sorted((self.country(c) for c in fact.get("value") or []), key=collation_key)
        if fact.get("status") == "unknown":
            return self._shown(fact, str)
        return md_escape(format_list(names, locale=self.locale) if names else text("none", self.lang)) + self.mark(fact)


    def t(self, key: str, **params) -> str:
        return text(key, self.lang, **params)


def fact_paths(node: dict, prefix: str = ""):
    """(dotted path, fact) for every fact in a year's data, in file order."""
    for key, value in node.items():
        if isinstance(value, dict) and "status" in value:
            yield prefix + key, value
        elif isinstance(value, dict) and key != "sources":
            yield from fact_paths(value, f"{prefix}{key}.")
