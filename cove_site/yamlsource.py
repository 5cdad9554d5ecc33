"""Read YAML safely, remembering the line of every key, for the data files and for `cove-site check`.

libyaml's parser turns the text into events and this module builds the values from them, in a loop rather
than by recursion, so every limit of `cove_site.engine.limits` holds before anything is built: nesting depth
(PyYAML's own composer recurses in C and crashes at about 30,000 levels), values with aliases counted at
their full size (a "billion laughs" file is refused at once, and an alias is never walked twice), an alias
inside the value it names, duplicate keys (both lines named), numbers with too many digits.

Scalars follow the YAML 1.2 core schema: only true/false are booleans (the country code NO stays Norway),
dates and times stay text (the model parses them), `1:30` is text. One deliberate exception: hexadecimal
and octal forms (`0x7E6`, `0o17`) stay text too, so that a year or a level is never a number nobody reading
the file would see in it. Problems are `DocumentError`s with the engine's message keys, so the CLI says them
in the reader's language; the data loader says them in English with file and line.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

from .engine import limits
from .engine.document import DocumentError
from .engine.messages import Texts

# libyaml's event parser when PyYAML has it (ten times faster); it keeps its own stack, so depth cannot crash it.
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_CORE = "tag:yaml.org,2002:"
_NULL = re.compile(r"(?:null|Null|NULL|~|)\Z")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"([-+]?)\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
_LINE_NOTE = re.compile(r" \(line \d+(?:, column \d+)?\)$")

Path_ = tuple[str | int, ...]


class YamlDocument:
    """A parsed document with a line for every path; `problems` holds what the parse itself found.
    (Plain classes here, not dataclasses: importing those costs `cove-site check` a tenth of its start.)"""

    def __init__(self, path: Path, data: object = None, lines: dict[Path_, int] | None = None,
                 problems: list[tuple[int, Path_, str]] | None = None):
        self.path, self.data = path, data
        self.lines = {} if lines is None else lines
        self.problems = [] if problems is None else problems

    def line_of(self, where: Path_) -> int:
        """The line of the deepest known ancestor of `where` (a missing key reports its parent's line)."""
        for cut in range(len(where), -1, -1):
            if where[:cut] in self.lines:
                return self.lines[where[:cut]]
        return 1


def _scalar(event) -> object:
    """A scalar's value under the core schema (quoted scalars and the `!` tag are always text)."""
    text, tag, line = event.value, event.tag, event.start_mark.line + 1
    if tag == "!" or tag is None and not event.implicit[0]:
        return text
    if tag is None:
        if _NULL.match(text):
            return None
        if text in _BOOL:
            return _BOOL[text]
        if _INT.match(text):
            return _integer(text, line)
        if _FLOAT.match(text) or _INF.match(text) or _NAN.match(text):
            return _float(text)
        return text
    kind = tag.removeprefix(_CORE)
    if kind == "str":
        return text
    if kind == "null" and _NULL.match(text):
        return None
    if kind == "bool" and text in _BOOL:
        return _BOOL[text]
    if kind == "int" and _INT.match(text):
        return _integer(text, line)
    if kind == "float" and (_FLOAT.match(text) or _INF.match(text) or _NAN.match(text)):
        return _float(text)
    raise DocumentError("error-tag", tag=limits.shorten(tag), line=line)


def _float(text: str) -> float:
    if match := _INF.match(text):
        return -math.inf if match[1] == "-" else math.inf
    return math.nan if _NAN.match(text) else float(text)


def _integer(text: str, line: int) -> int:
    if len(text.lstrip("+-")) > limits.MAX_DIGITS:
        raise DocumentError("error-digits", limit=limits.MAX_DIGITS, line=line)
    return int(text)


class _Frame:
    """An open list or mapping while the events are read."""

    __slots__ = ("value", "path", "anchor", "size", "key", "has_key", "key_lines")

    def __init__(self, value: list | dict, path: Path_, anchor: str | None):
        self.value, self.path, self.anchor = value, path, anchor
        self.size, self.key, self.has_key, self.key_lines = 1, None, False, {}


def build(text: str, lines: dict[Path_, int] | None = None) -> object:
    """The single document in `text`, within the limits; `lines` (if given) receives the line of every path.

    Raises DocumentError: an empty document is `error-empty`, broken YAML `error-syntax` with its line.
    """
    loader = _Parser(text)
    anchors: dict[str, tuple[object, int] | None] = {}  # None while the anchored collection is still open
    stack: list[_Frame] = []
    result: list = []
    total = documents = 0

    def place(value: object, size: int, line: int, collection: bool = False) -> Path_ | None:
        """Put a finished value (or an opened collection) into its parent; returns the path it got."""
        nonlocal total
        total += size
        if total > limits.MAX_VALUES:
            raise DocumentError("error-too-many-values", limit=limits.MAX_VALUES)
        if not stack:
            result.append(value)
            where: Path_ = ()
        else:
            frame = stack[-1]
            if isinstance(frame.value, list):
                where = frame.path + (len(frame.value),)
                frame.value.append(value)
            elif not frame.has_key:
                if collection or isinstance(value, (list, dict)):
                    raise DocumentError("error-complex-key", line=line)
                if value in frame.key_lines:
                    raise DocumentError("error-duplicate-key", path=frame.path, key=limits.shorten(str(value)),
                                        first=frame.key_lines[value], second=line)
                frame.key_lines[value] = line
                frame.key, frame.has_key = value, True
                if lines is not None:
                    lines[frame.path + (_name(value),)] = line
                return None
            else:
                where = frame.path + (_name(frame.key),)
                frame.value[frame.key] = value
                frame.has_key = False
            frame.size += size
        if lines is not None:
            lines.setdefault(where, line)
        return where

    try:
        while True:
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise DocumentError("error-syntax", problem="expected a single document in the stream, "
                                        "but found another document", line=line, column=event.start_mark.column + 1)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in anchors:
                    raise DocumentError("error-syntax", problem=f"found undefined alias '{limits.shorten(event.anchor)}'",
                                        line=line, column=event.start_mark.column + 1)
                if anchors[event.anchor] is None:
                    raise DocumentError("error-alias-loop", name=limits.shorten(event.anchor), line=line)
                value, size = anchors[event.anchor]
                place(value, size, line)
            elif isinstance(event, yaml.ScalarEvent):
                value = _scalar(event)
                place(value, 1, line)
                if event.anchor is not None:
                    anchors[event.anchor] = (value, 1)
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(stack) >= limits.MAX_DEPTH:
                    raise DocumentError("error-too-deep", limit=limits.MAX_DEPTH, line=line)
                if event.tag not in (None, "!", _CORE + "seq", _CORE + "map"):
                    raise DocumentError("error-tag", tag=limits.shorten(event.tag), line=line)
                value = [] if isinstance(event, yaml.SequenceStartEvent) else {}
                where = place(value, 0, line, collection=True)
                stack.append(_Frame(value, where, event.anchor))
                if event.anchor is not None:
                    anchors[event.anchor] = None
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                frame = stack.pop()
                total += 1
                if stack:
                    stack[-1].size += frame.size
                if frame.anchor is not None:
                    anchors[frame.anchor] = (frame.value, frame.size)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise DocumentError("error-syntax", problem=error.problem or error.context or "?",
                            line=mark.line + 1 if mark else 1, column=mark.column + 1 if mark else 1) from None
    except yaml.YAMLError as error:  # the reader's errors (a control character, say) carry a position only
        position = getattr(error, "position", 0) or 0
        raise DocumentError("error-syntax", problem=getattr(error, "reason", None) or str(error),
                            line=text.count("\n", 0, position) + 1,
                            column=position - text.rfind("\n", 0, position)) from None
    finally:
        loader.dispose()
    if not result:
        raise DocumentError("error-empty")
    return result[0]


def _name(key: object) -> str | int:
    """A key as a path part: text as it is, anything else (a number key, null) as its text."""
    return key if isinstance(key, str) else str(key)


def read_yaml(path: Path) -> YamlDocument:
    """Parse one data file; a problem becomes (line, path, English message), never an exception."""
    doc = YamlDocument(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_DATA_FILE_BYTES:
            doc.problems.append((1, (), f"the file is {size} bytes; data files may have at most "
                                        f"{limits.MAX_DATA_FILE_BYTES} bytes"))
            return doc
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        doc.problems.append((1, (), f"cannot read the file: {error}"))
        return doc
    try:
        doc.data = build(text, doc.lines)
    except DocumentError as error:
        if error.key == "error-empty":
            message = "the file is empty"
        else:
            message = _LINE_NOTE.sub("", Texts("en")(error.key, **error.params))  # the line leads the problem
            message = f"not valid YAML: {message.removeprefix('not valid YAML or JSON: ')}" \
                if error.key == "error-syntax" else message
        line = error.params.get("second") or error.params.get("line") or 1
        doc.problems.append((line, error.path + ((error.params["key"],) if error.key == "error-duplicate-key" else ()),
                             message))
        doc.data = None
    return doc
