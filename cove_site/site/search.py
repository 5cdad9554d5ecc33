"""Search per language: each language of the site gets its own index, searched with its own stemmer.

mkdocs-static-i18n gathers the pages of every language into one `search/search_index.json` (so a Dutch search
listed English pages). After the whole build, `split_search_index` writes one index per language into that
language's folder (`search/`, `en/search/`, `fr/search/`), with locations relative to the language's root,
and `localise_search_config` points each page's Material config at its own language: `base` becomes the
language's root (where Material looks for `search/search_index.json` and resolves result links) and the
search worker becomes `cove-search.js` (docs/assets/javascripts/workers/), which runs Material's worker with
accent folding in front of the language's stemmer and stems whole words typed in the search box too.

Everything is served from the site itself: the lunr language files are the ones Material ships under
`assets/javascripts/lunr/`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# Words are split at white space and punctuation (including the French apostrophe: "d'éligibilité"), but not
# at a point followed by a digit ("4.5"). No trimmer: lunr-languages' trimmers drop digits, and years must stay
# searchable ("2022 budget"); the separator already removes punctuation.
SEPARATOR = r"[\s\-,:;!?()\[\]{}\"“”„«»‹›/'’]+|\.(?!\d)"
PIPELINE = ["stemmer", "stopWordFilter"]
# The lunr language of each site language (Material's `lunr.<code>.min.js`; English is lunr's own).
LUNR_LANGUAGE = {"nl": "nl", "en": "en", "fr": "fr"}
WORKER = "cove-search.js"
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def index_path(site_dir: Path, lang: str, default_lang: str) -> Path:
    return site_dir / ("" if lang == default_lang else lang) / "search" / "search_index.json"


def split_search_index(site_dir: Path, languages: list[str], default_lang: str) -> dict[str, int]:
    """Write one index per language from the combined one; returns the number of entries of each."""
    combined = index_path(site_dir, default_lang, default_lang)
    data = json.loads(combined.read_text(encoding="utf-8"))
    groups: dict[str, list[dict]] = {lang: [] for lang in languages}
    others = [lang for lang in languages if lang != default_lang]
    for doc in data["docs"]:
        location = doc["location"]
        lang = next((lang for lang in others if location == lang or location.startswith(lang + "/")), default_lang)
        if lang != default_lang:
            doc = {**doc, "location": location[len(lang):].lstrip("/")}
        groups[lang].append(doc)
    for lang, docs in groups.items():
        config = {"lang": [LUNR_LANGUAGE.get(lang, "en")], "separator": SEPARATOR, "pipeline": PIPELINE,
                  "fields": data["config"]["fields"]}
        target = index_path(site_dir, lang, default_lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    return {lang: len(docs) for lang, docs in groups.items()}


def localise_search_config(html: str, lang: str, default_lang: str) -> str:
    """The page's Material config with its own language's root as `base` and the site's search worker."""
    match = _CONFIG.search(html)
    if not match:
        return html
    config = json.loads(match[2])
    if lang != default_lang:
        config["base"] = config["base"].rstrip("/") + f"/{lang}/"
    worker = config.get("search")
    if worker and "/workers/search." in worker:
        folder, name = worker.rsplit("/", 1)
        config["search"] = f"{folder}/{WORKER}?material={name}"
    # The same serialisation as Material's `tojson` (HTML-safe), so nothing else in the page changes.
    text = json.dumps(config).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026").replace("'", "\\u0027")
    return html[:match.start(2)] + text + html[match.end(2):]
