"""Raw partnership files to Python values: the one JSON reader the CLI and the browser worker share.

The browser hands the worker the bytes of a share link or an imported file and the CLI reads a file: both
call `load_json`, so a file gets the same answer everywhere (a float, a 2^53+1, a duplicate key, a UTF-16
file). Standard library only. Every limit comes from `limits`; breaking one raises `DocumentError` with a
message key of the engine's catalogue and the line it happened on, never a RecursionError or a crash.
"""

from __future__ import annotations

import codecs
import json
import re
from itertools import accumulate, count
from operator import sub

from . import limits
from .messages import Texts

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
# Byte values for the depth scan: an opening bracket 2, a closing one 0, anything else 1 (depth = sum - length).
_DEPTH_STEPS = bytes(2 if chr(b) in "[{" else 0 if chr(b) in "]}" else 1 for b in range(256))
_NOT_BRACKETS = bytes(b for b in range(256) if chr(b) not in "[]{}")
_NOT_MARKS = bytes(b for b in range(256) if chr(b) not in '"[]{}')
# A token of (possibly broken) JSON: a string, a structural character, a bare word or number, one other character.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+|\S', re.S)
_INTEGER = re.compile(r"-?\d+")


class DocumentError(Exception):
    """The document cannot be read: `key` and `params` make the message, `path` says where (the document: ())."""

    def __init__(self, message_key: str, /, path: tuple = (), **params: object):
        super().__init__(message_key)
        self.key, self.path, self.params = message_key, path, params


def decode(data: bytes, source: str = "") -> str:
    """Bytes as text: UTF-8, or UTF-16/UTF-32 with a byte order mark (what Windows tools write); the mark is dropped."""
    if len(data) > limits.MAX_INPUT_BYTES:
        raise DocumentError("error-too-large", limit=limits.MAX_INPUT_BYTES // 1_000_000)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    try:
        if encoding is None:
            return data.decode("utf-8")
        return data[len(next(bom for bom, name in _BOMS if name == encoding)):].decode(encoding)
    except UnicodeDecodeError:
        raise (DocumentError("error-encoding", source=source) if source else DocumentError("error-not-utf8")) from None


def load_json(data: bytes | str, source: str = "") -> object:
    """A JSON document (bytes or text) as Python values, within every limit; raises DocumentError."""
    from_bytes = isinstance(data, (bytes, bytearray, memoryview))
    text = decode(data, source) if from_bytes else data
    if len(text) > limits.MAX_INPUT_BYTES:
        raise DocumentError("error-too-large", limit=limits.MAX_INPUT_BYTES // 1_000_000)
    if not text.strip():
        raise DocumentError("error-empty")
    _check_depth(text)
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise DocumentError("error-syntax", problem=error.msg, line=error.lineno, column=error.colno) from None
    except _Located:
        _locate(text)
        raise AssertionError("a duplicate key or long number that the locating pass did not find") from None
    except RecursionError:
        raise DocumentError("error-too-deep", limit=limits.MAX_DEPTH, line=1) from None
    # A lone surrogate can only come from a \u escape (UTF-8 decoding refuses one), and the values are at most
    # the commas plus the containers plus one (counted in the whole text, strings too: a bound, never less):
    # when neither can break a limit, the walk is not needed.
    if "\\u" in text or not (from_bytes or text.isascii()) or \
            text.count(",") + text.count("[") + text.count("{") + 1 > limits.MAX_VALUES:
        check_values(value)
    return value


def check_values(value: object) -> None:
    """Every text is real Unicode (no lone surrogate) and the document holds at most MAX_VALUES values.

    Works on any parsed document, YAML included: containers are visited once each, so shared ones (YAML
    aliases) cost nothing extra, and a structure that contains itself cannot loop.
    """
    seen: set[int] = set()
    count = 1
    stack: list[tuple[object, tuple]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, (dict, list)) and id(item) not in seen:
            seen.add(id(item))
            count += len(item)  # counted before any child is visited, so a million of them cost nothing
            if count > limits.MAX_VALUES:
                raise DocumentError("error-too-many-values", limit=limits.MAX_VALUES)
            if isinstance(item, dict):
                for key, child in item.items():
                    if isinstance(key, str):
                        _check_text(key, path)
                    stack.append((child, path + (key if isinstance(key, str) else str(key),)))
            else:
                stack.extend((child, path + (index,)) for index, child in enumerate(item))


def _check_text(text: str, path: tuple) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise DocumentError("error-surrogate", path=path, code=f"U+{ord(text[error.start]):04X}") from None


class _Located(Exception):
    """Raised from json's hooks: something the locating pass will find and name with its line."""


def _object(pairs: list) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Located()
    return result


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > limits.MAX_DIGITS:
        raise _Located()
    return int(text)


def _constant(name: str) -> float:
    raise _Located()


def _brackets(text: str) -> bytes:
    """The brackets of `text` that stand outside its strings, in order (as ASCII bytes).

    Usually without a regex over the whole text (most of the reader's time for 2,000 organisations): with no
    backslash, every string is a quote, its content, a quote; keeping only quotes and brackets, a string with
    no bracket in it becomes an adjacent pair of quotes. When dropping those pairs leaves no quote, every
    string was such a pair and what is left is the brackets outside strings. Otherwise (an escape, a bracket
    in a string, an unterminated string) the strings are emptied with the regex first.
    """
    data = text.encode("ascii", "replace")
    if b"\\" not in data:
        outside = data.translate(None, _NOT_MARKS).replace(b'""', b"")
        if b'"' not in outside:
            return outside
    return _STRING.sub('""', text).encode("ascii", "replace").translate(None, _NOT_BRACKETS)


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before json recurses into it (in C, and in the browser's WebAssembly).

    The depth after each bracket outside strings is (running sum of the steps) - count, computed by C
    iterators. Brackets of either kind count, so a broken document (`[}`) is bounded too; json then names its
    syntax error. Only a refused text is scanned again, with offsets, for the line to name.
    """
    brackets = _brackets(text)
    if max(map(sub, accumulate(brackets.translate(_DEPTH_STEPS)), count(1)), default=0) <= limits.MAX_DEPTH:
        return
    masked = _STRING.sub(lambda match: " " * len(match.group()), text)
    steps = masked.encode("ascii", "replace").translate(_DEPTH_STEPS)
    depths = map(sub, accumulate(steps), count(1))
    offset = next(index for index, depth in enumerate(depths) if depth > limits.MAX_DEPTH)
    raise DocumentError("error-too-deep", limit=limits.MAX_DEPTH, line=text.count("\n", 0, offset) + 1)


def _locate(text: str) -> None:
    """Walk the tokens with their lines; raise DocumentError for the first nesting, key or number over a limit."""
    line, last = 1, 0
    frames: list[dict] = []  # {"keys": {key: line} or None for a list, "index": n, "key": pending key}
    path: list = []
    expect_key = False
    for match in _TOKEN.finditer(text):
        token, start = match.group(), match.start()
        line += text.count("\n", last, start)
        last = start
        if token in "[{":
            if len(frames) >= limits.MAX_DEPTH:
                raise DocumentError("error-too-deep", limit=limits.MAX_DEPTH, line=line)
            if frames:
                path.append(frames[-1]["key"] if frames[-1]["keys"] is not None else frames[-1]["index"])
            frames.append({"keys": {} if token == "{" else None, "index": 0, "key": None})
            expect_key = token == "{"
        elif token in "]}":
            if not frames:
                return
            frames.pop()
            if path:
                path.pop()
            expect_key = False
        elif token == ",":
            if frames and frames[-1]["keys"] is None:
                frames[-1]["index"] += 1
            expect_key = bool(frames) and frames[-1]["keys"] is not None
        elif token == ":":
            expect_key = False
        elif token.startswith('"') and expect_key and frames:
            key = _string(token)
            keys = frames[-1]["keys"]
            if key in keys:
                raise DocumentError("error-duplicate-key", path=tuple(path), key=limits.shorten(str(key)),
                                    first=keys[key], second=line)
            keys[key] = line
            frames[-1]["key"] = key
            expect_key = False
        elif _INTEGER.fullmatch(token) and len(token.lstrip("-")) > limits.MAX_DIGITS:
            raise DocumentError("error-digits", limit=limits.MAX_DIGITS, line=line)
        elif token in ("NaN", "Infinity", "-Infinity"):  # Python's json reads them; JSON has no such numbers
            raise DocumentError("error-syntax", problem=f"{token} is not a JSON number", line=line,
                                column=start - text.rfind("\n", 0, start))


def _string(token: str) -> str:
    try:
        return json.loads(token)
    except ValueError:
        return token


def error_result(error: DocumentError, lang: str) -> dict:
    """The engine's answer for a document that could not be read: one error, in the engine's shape."""
    from . import describe_path

    texts = Texts(lang)
    return {"errors": [{"path": describe_path(error.path), "message": texts(error.key, **error.params)}]}


def check_json(data: bytes | str, bundle: dict, lang: str = "nl", call: int | None = None, source: str = "") -> dict:
    """`engine.run` on the raw bytes of a JSON file or share link: what the browser worker calls."""
    from . import run

    try:
        document = load_json(data, source)
    except DocumentError as error:
        return error_result(error, lang)
    return run(document, bundle, lang, call)
