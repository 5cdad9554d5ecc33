"""Constants and small helpers the test modules share (a plain module: conftest.py names clash across folders)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("nl", "en", "fr")
PAGES = ("", "objectives/", "participation/", "funding/", "apply/", "sources/", "before-you-apply/", "project/",
         "contact/", "glossary/", "next-call/")


def lang_prefix(lang: str) -> str:
    return "" if lang == "nl" else f"{lang}/"


def engine_sentences(lang: str):
    """(key, text) for every message the engine can say in `lang`, each placeholder filled with a sample value
    (so tests read the sentences as readers get them, typography included)."""
    import string

    from cove_site.engine.messages import Texts

    texts = Texts(lang)
    for key in texts.keys():
        fields = {field for _, field, _, _ in string.Formatter().parse(texts.pattern(key)) if field}
        yield key, texts(key, **{field: f"<{field}>" for field in fields})
