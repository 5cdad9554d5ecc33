"""Constants and small helpers the test modules share (a plain module: conftest.py names clash across folders)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("nl", "en", "fr")
PAGES = ("", "objectives/", "participation/", "funding/", "apply/", "sources/", "before-you-apply/", "project/",
         "contact/", "glossary/", "next-call/")


def lang_prefix(lang: str) -> str:
    return "" if lang == "nl" else f"{lang}/"
