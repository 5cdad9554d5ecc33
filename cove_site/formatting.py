"""Facts as text for one language: Babel does the locale work, this module adds what each fact's status means.

Every function takes a fact (`{"value": ..., "status": ..., "sources": [...]}`) and returns safe HTML:
values are escaped, and a fact that is not plainly `seen` carries a badge (icon + word) next to its value that
links to the page explaining the statuses once.

Pages are Markdown, so escaping HTML is not enough: `[x](javascript:...)`, `![x](https://...)` or
`{: onclick=...}` in a fact would become a link, an image or an attribute. `md_escape` writes every
character Markdown reads as syntax as a character reference, which Markdown leaves alone and the browser
shows as the character; the plugin applies it to every `{{ value }}` of its templates (Jinja's `finalize`).
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from markupsafe import Markup, escape

from .call_state import call_state
from .data.locales import babel_locale
from .model import fact_paths
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
def collation_key(name: str) -> str:
    """Sort names as readers expect ("Österreich" near "Oostenrijk") without ICU: accents folded, case folded."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


class Formatter:
    """Jinja helpers bound to one language."""

    def __init__(self, lang: str, explain_url: str | None = None, now: datetime | None = None):
        self.lang = lang
        self.locale = babel_locale(lang)
        # Link from the page being rendered to the page that explains the statuses (None: badges do not link).
        self.explain_url = explain_url
        # The moment of the build: what a reader without JavaScript is told about a call's state, with this date.
        self.now = now or datetime.now(timezone.utc)

    # -- status -------------------------------------------------------------------------------------
    def badge(self, status: str, hint: str | None = None, link: bool = True) -> Markup:
        """Icon and word for a fact that is `unconfirmed`, `inferred` or `unknown`; it links to the explanation
        of that status, with the fact's own note (or the status's general meaning) as the tooltip."""
        word = text("unknown" if status == "unknown" else f"status_{status}", self.lang)
        hint = hint or text("unknown_hint" if status == "unknown" else f"status_{status}_hint", self.lang)
        if link and self.explain_url is not None:
            return Markup('<a class="cove-badge cove-badge--{0}" href="{1}#{0}" title="{2}" aria-label="{3}">'
                          '<span class="cove-badge__word">{4}</span></a>').format(
                status, self.explain_url, md_escape(hint), md_escape(text("badge_name", self.lang, status=word)),
                md_escape(word))
        return Markup('<span class="cove-badge cove-badge--{0}" title="{1}"><span class="cove-badge__word">{2}'
                      '</span></span>').format(status, md_escape(hint), md_escape(word))

    def call_state(self, call: dict) -> str:
        """The state of a year's call at the moment of the build (the reader's browser replaces it with today's)."""
        return call_state(call, self.now)

    def as_of(self) -> Markup:
        """`status on 1 December 2025`: the date a build-time call state holds for."""
        return Markup(escape(format_date(self.as_of_date(), "long", locale=self.locale)))

    def as_of_date(self) -> date:
        """That date in Brussels (also in the page as an ISO date: a page built twice on one day is the same page,
        so the build cache knows it)."""
        return self.now.astimezone(BRUSSELS).date()

    def mark(self, fact: dict) -> Markup:
        """The badge for a value that is shown although no first-hand source states it; nothing for `seen`."""
        status = fact.get("status", "seen")
        if status in ("unconfirmed", "inferred"):
            return Markup(" ") + self.badge(status, (fact.get("note") or {}).get(self.lang))
        return Markup("")

    @staticmethod
    def flagged(call: dict) -> list[tuple[str, dict]]:
        return [(path, fact) for path, fact in fact_paths(call) if fact.get("status") != "seen"]

    def _shown(self, fact: dict, render) -> Markup:
        if fact.get("status") == "unknown" or fact.get("value") is None:
            return self.badge("unknown", (fact.get("note") or {}).get(self.lang))
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
        """`7 september 2022, 17:00 (Brusselse tijd)` (fr `17 h`), with the instant in a <time> element for scripts."""
        if fact.get("status") == "unknown":
            return self._shown(fact, str)
        instant = datetime.fromisoformat(fact["value"])
        shown = "{0}, {1} ({2})".format(
            format_date(instant.astimezone(BRUSSELS), "long", locale=self.locale),
            self.time(instant), text("brussels_time", self.lang))
        return Markup('<time datetime="{0}">{1}</time>').format(instant.isoformat(), md_escape(shown)) + self.mark(fact)

    def time(self, instant: datetime) -> str:
        """The time of day in Brussels as the language writes it: `17:00` (nl, en); French writes `17 h` and
        `17 h 30` (the style of the Imprimerie nationale's Lexique), with a no-break space before the `h`."""
        local = instant.astimezone(BRUSSELS)
        if self.lang == "fr":
            return f"{local.hour}\u00a0h" + (f"\u00a0{local.minute:02d}" if local.minute else "")
        return format_datetime(instant, "HH:mm", tzinfo=BRUSSELS, locale=self.locale)

    def publisher(self, source: dict) -> str:
        """Who published a source, in the page's language where the publisher has a name in it
        (`publisher_names`), else the publisher's own name, else the document's title."""
        return (source.get("publisher_names") or {}).get(self.lang) or source.get("publisher") or source["title"]

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

    # -- helpers for the issue-10 pages (money, sources, programme-wide facts) ------------------------
    def colon(self) -> Markup:
        """': ' after a label; French puts a no-break space before the colon."""
        return Markup("\u00a0: " if self.lang == "fr" else ": ")

    def sep(self) -> Markup:
        """'; ' between items of a list of sources; French puts a narrow no-break space before it."""
        return Markup("\u202f; " if self.lang == "fr" else "; ")

    def percent(self, fact: dict) -> Markup:
        return self._shown(fact, lambda v: text("percent", self.lang, n=format_decimal(v, locale=self.locale)))

    def derived_money(self, amount: int | None, *facts: dict) -> Markup:
        """An amount computed from facts: shown with the weakest status of the facts it comes from."""
        order = ("seen", "unconfirmed", "inferred", "unknown")
        worst = max((f.get("status", "seen") for f in facts), key=order.index, default="seen")
        if amount is None or worst == "unknown":
            return self.money({"status": "unknown"})
        return self.money({"value": amount, "status": worst})

    def source_date(self, raw: str | None) -> str:
        """'2024-03-20' -> '20 March 2024', '2024-03' -> 'March 2024', '2024' -> '2024'; no date -> 'undated'."""
        if not raw:
            return text("undated", self.lang)
        parts = raw.split("-")
        if len(parts) == 3:
            return format_date(date.fromisoformat(raw), "long", locale=self.locale)
        if len(parts) == 2:
            return format_date(date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=self.locale)
        return parts[0]

    def tm(self, key: str, **params) -> Markup:
        """A sentence whose parameters are HTML already (formatted facts): the text is escaped, Markup is kept."""
        parts = []
        for literal, field, _spec, _conv in string.Formatter().parse(text(key, self.lang)):
            parts.append(md_escape(literal))
            if field is not None:
                parts.append(md_escape(params[field]))
        return Markup("").join(parts)
