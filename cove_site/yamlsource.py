"""Read YAML while remembering the line of every key, so data errors can name file, line and field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml


# libyaml's parser when PyYAML has it (ten times faster); the resolvers below are Python either way.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Yaml12Loader(_Base):
    """Safe loader with YAML 1.2 habits: dates stay text (the model parses them) and only true/false are
    booleans, so the country code NO (Norway) stays a string."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))

Path_ = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """A parsed document with a line for every path; `problems` holds what the parse itself found."""

    path: Path
    data: object = None
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[tuple[int, Path_, str]] = field(default_factory=list)

    def line_of(self, where: Path_) -> int:
        """The line of the deepest known ancestor of `where` (a missing key reports its parent's line)."""
        for cut in range(len(where), -1, -1):
            if where[:cut] in self.lines:
                return self.lines[where[:cut]]
        return 1


def _walk(node: yaml.Node, where: Path_, doc: YamlDocument) -> None:
    doc.lines.setdefault(where, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                doc.problems.append((key_node.start_mark.line + 1, where + (key,), f"duplicate key '{key}'"))
            seen.add(key)
            doc.lines[where + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, where + (key,), doc)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            doc.lines[where + (index,)] = item.start_mark.line + 1
            _walk(item, where + (index,), doc)


def read_yaml(path: Path) -> YamlDocument:
    """Parse one YAML file; syntax errors become problems with their line, never exceptions."""
    doc = YamlDocument(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        doc.problems.append((1, (), f"cannot read the file: {error}"))
        return doc
    loader = Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            doc.problems.append((1, (), "the file is empty"))
            return doc
        _walk(node, (), doc)
        doc.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        doc.problems.append((line, (), f"not valid YAML: {error.problem or error}"))
    finally:
        loader.dispose()
    return doc
