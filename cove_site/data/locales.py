"""Which Babel locale each site language uses: data-side knowledge (the bundle names countries with it), kept
here so the data layer never imports the page formatting that also uses it."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

# English pages follow EU usage (7 September 2022, 17:00), which Babel's en_IE gives.
BABEL_LOCALE = {"nl": "nl", "en": "en_IE", "fr": "fr"}


def babel_locale(lang: str) -> Locale:
    """Babel's locale for a site language: BABEL_LOCALE's choice, else the language itself, else English (a
    language Babel does not know, such as the tests' pseudo-locale, gets English dates and numbers)."""
    try:
        return Locale.parse(BABEL_LOCALE.get(lang, lang))
    except (ValueError, LookupError, UnknownLocaleError):
        return Locale.parse(BABEL_LOCALE["en"])
