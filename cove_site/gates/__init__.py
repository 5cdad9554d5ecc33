"""Quality gates over a built site: each module checks one promise and returns a `Report`.

Gates read the built folder (what is published), never the sources, so they catch what templates,
plugins and the theme do together. `python -m cove_site.gates SITE_DIR` runs them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One finding: where (page, language), which rule, and what a maintainer should know."""

    gate: str
    page: str
    lang: str
    rule: str
    message: str
    severity: str = "error"  # "error" fails the gate; "warning" is listed only


@dataclass
class Report:
    gate: str
    problems: list[Problem] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)  # measurements worth printing even when all is well

    def add(self, page: str, lang: str, rule: str, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.gate, page, lang, rule, message, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def failed(self) -> bool:
        return bool(self.errors)
