"""The project's translations, read with the standard library's `gettext` from the compiled catalogues that
ship inside this package (`locale/<lang>/LC_MESSAGES/cove.mo`), so the CLI and the browser (Pyodide, which
installs this package from the engine wheel) read the very same file.

English is the source language: every text is written in English in the module that uses it (`SOURCE` in
engine/messages.py, site_strings.py, checker_strings.py) and its key, prefixed by the module's area, is the
message context ("engine.verdict-eligible"). A language is available when its catalogue is; a text its
catalogue lacks falls back to English (the tests make sure none is missing). HACKING.md: Catalogues.
"""

from __future__ import annotations

import gettext
import os

DOMAIN = "cove"
SOURCE_LANG = "en"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")

_LOADED: dict[str, gettext.NullTranslations] = {}


def mo_path(lang: str, locale_dir: str = LOCALE_DIR) -> str:
    return os.path.join(locale_dir, lang, "LC_MESSAGES", DOMAIN + ".mo")


def catalogue_languages(locale_dir: str = LOCALE_DIR) -> list[str]:
    """The languages that have a compiled catalogue, sorted."""
    if not os.path.isdir(locale_dir):
        return []
    return sorted(lang for lang in os.listdir(locale_dir) if os.path.isfile(mo_path(lang, locale_dir)))


def has_language(lang: str) -> bool:
    return lang == SOURCE_LANG or os.path.isfile(mo_path(lang))


def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang`, read once (English: the source texts themselves). Opened directly rather than
    through `gettext.translation`, which would consult the environment and the `locale` module."""
    if lang not in _LOADED:
        if lang == SOURCE_LANG:
            _LOADED[lang] = gettext.NullTranslations()
        else:
            if not has_language(lang):
                raise ValueError(f"no catalogue for language {lang!r}")
            with open(mo_path(lang), "rb") as handle:
                _LOADED[lang] = gettext.GNUTranslations(handle)
    return _LOADED[lang]


def translate(lang: str, context: str, source: str) -> str:
    """`source` (English) in `lang`, looked up by its context ("engine.and")."""
    return translations(lang).pgettext(context, source)
