"""Programme-wide facts that belong to no single call year: what to do before applying, what a project must
do and whom to ask (data/guidance.yaml), and the action's terms in each language (data/glossary.yaml).

Validated like the year files, with the same fact shape (value, sources, status, note) and the same rules on
sources, so every problem comes back as `file:line: field: message`, all at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import DataError, YamlDocument, check_document, located, schema_dir_of, source_problems
from .site_strings import LANGUAGES
from .yamlsource import read_yaml

GUIDANCE = ("guidance.yaml", "guidance.schema.json")
GLOSSARY = ("glossary.yaml", "glossary.schema.json")


@dataclass(frozen=True)
class Programme:
    """The validated programme-wide facts; each mirrors its YAML file."""

    guidance: dict
    glossary: dict

    def terms(self, lang: str) -> dict[str, str]:
        """term id -> the term in `lang` (the one form the site uses for that concept)."""
        return {key: entry["term"][lang]["value"] for key, entry in self.glossary["terms"].items()}


def _glossary_problems(doc: YamlDocument) -> list[tuple[tuple, str]]:
    found = source_problems(doc.data)
    for key, entry in doc.data["terms"].items():
        for lang, forms in (entry.get("avoid") or {}).items():
            term = entry["term"][lang].get("value")
            for index, form in enumerate(forms):
                if term and form.casefold() == term.casefold():
                    found.append((("terms", key, "avoid", lang, index), f"'{form}' is the term itself"))
    seen: dict[tuple[str, str], str] = {}
    for key, entry in doc.data["terms"].items():
        for lang in LANGUAGES:
            term = (entry["term"][lang].get("value") or "").casefold()
            if term and (lang, term) in seen:
                found.append((("terms", key, "term", lang), f"the same term as '{seen[(lang, term)]}' "
                                                            "(one term per concept)"))
            seen.setdefault((lang, term), key)
    return found


def _guidance_problems(doc: YamlDocument) -> list[tuple[tuple, str]]:
    return source_problems(doc.data)


def load_programme(data_dir: Path) -> Programme:
    """data/guidance.yaml and data/glossary.yaml, validated; raises DataError listing every problem."""
    problems: list[tuple[str, int, str]] = []
    loaded: dict[str, dict] = {}
    for (name, schema), semantic in ((GUIDANCE, _guidance_problems), (GLOSSARY, _glossary_problems)):
        path = Path(data_dir, name)
        doc = read_yaml(path)
        found = check_document(doc, schema, semantic, schema_dir_of(Path(data_dir)))
        problems += located(doc, found)
        if not found:
            loaded[name] = doc.data
    if problems:
        raise DataError([text for _, _, text in sorted(set(problems))])
    return Programme(guidance=loaded[GUIDANCE[0]], glossary=loaded[GLOSSARY[0]])
