"""Data flows one way: data/*.yaml -> validated model -> pages | engine. The data side (model, YAML source,
bundle, new year) imports nothing from the page side, so a change to how pages look can never change what the
data says or what the engine decides."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cove_site"
DATA_SIDE = ["model.py", "yamlsource.py", "bundle.py", "new_year.py", "programme_data.py",
             *sorted(p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "data").glob("*.py"))]
PAGE_SIDE = ("formatting", "plugin", "charts", "changes", "checker_page", "rules_table", "theme_fixes", "ics",
             "typography", "site", "gates", "build", "cli")


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the cove_site modules a file imports (relative imports resolved)."""
    package = ["cove_site", *path.relative_to(PACKAGE).parent.parts]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.update(f"{module}.{alias.name}" for alias in node.names)
            names.add(module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("cove_site.")}


@pytest.mark.parametrize("module", DATA_SIDE)
def test_the_data_side_imports_nothing_from_the_page_side(module):
    reached = {name for name in imported_modules(PACKAGE / module)
               if name.split(".")[1] in PAGE_SIDE}
    assert not reached, f"{module} imports {sorted(reached)}"
