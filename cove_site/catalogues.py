"""How the project's texts reach the gettext catalogues: the Babel extractor for the `SOURCE` dictionaries.

Each module with interface text (cove_site/engine/messages.py, site_strings.py, checker_strings.py) keeps its
English source text in one module-level dictionary, `SOURCE = {key: "English text"}`. `pybabel extract`
(babel.cfg) calls `extract_source` on each, which yields every entry as `pgettext("<area>.<key>", "English")`,
the area coming from babel.cfg (`area = engine`). Translators work in one `.po` per language; `pybabel compile`
writes the `.mo` the engine's `catalogue` module reads (HACKING.md: Catalogues).
"""

from __future__ import annotations

import ast


def source_entries(code: str) -> list[tuple[int, str, str]]:
    """(line, key, English text) of every entry of the module-level `SOURCE` dictionary in `code`."""
    for node in ast.parse(code).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == "SOURCE" and isinstance(node.value, ast.Dict):
            return [(value.lineno, key.value, value.value) for key, value in zip(node.value.keys, node.value.values)
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Constant)]
    raise ValueError("no module-level SOURCE = {...} dictionary")


def extract_source(fileobj, keywords, comment_tags, options):
    """Babel extraction method (babel.cfg `[extractors]`): one `pgettext(context, text)` per entry."""
    area = options.get("area", "")
    for line, key, text in source_entries(fileobj.read().decode(options.get("encoding", "utf-8"))):
        yield line, "pgettext", (f"{area}.{key}", text), []
