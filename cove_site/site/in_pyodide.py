"""Runs inside Pyodide (Node, offline), never under CPython: traces which standard-library modules the
checker needs and compiles them, and the engine, with Pyodide's own interpreter.

The host's Python is another version (its bytecode would not load), so compilation has to happen here.
`compile_runtime.mjs` loads this file into a fresh namespace and calls `trace`, then `compile_*`.
Only `sys`, `os` and `json` are imported before the trace is taken: they are loaded at start-up (sys,
os) or by the worker's own glue (json) anyway, so the tool adds nothing to what it measures.
"""

import json
import os
import sys

STDLIB_ZIP = "/lib/python%d%d.zip" % sys.version_info[:2]
_EPOCH = (1980, 1, 1, 0, 0, 0)


def trace(job_text):
    """Import every engine module, run every traced check as the worker would, and return (as JSON) the
    paths inside the stdlib zip of every module now loaded."""
    job = json.loads(job_text)
    package = job["engine_module"]
    engine = __import__(package, fromlist=["run"])
    root = os.path.dirname(engine.__file__)
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        rel = os.path.relpath(folder, root)
        parts = [package] + ([] if rel == "." else rel.split(os.sep))
        for name in sorted(files):
            if name.endswith(".py"):
                __import__(".".join(parts + ([] if name == "__init__.py" else [name[:-3]])))
    bundles = [json.loads(text) for text in job["bundles"]]
    for run in job["runs"]:
        doc = json.loads(run["doc"])
        args = (doc, bundles[run["bundle"]], run["lang"]) + ((run["call"],) if run.get("call") is not None else ())
        json.dumps(engine.run(*args), ensure_ascii=False)
    document = __import__(package + ".document", fromlist=["check_json"])
    for data in job.get("raw", []):  # what the worker runs: the raw bytes of a file, a link or the form
        json.dumps(document.check_json(bytes(data), bundles[0], "en", None, "partnership.json"), ensure_ascii=False)
    return json.dumps(loaded_stdlib_files())


def loaded_stdlib_files():
    """Sorted paths (inside the stdlib zip) of the loaded modules that come from it."""
    prefix = STDLIB_ZIP + "/"
    files = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.startswith(prefix):
            files.add(path[len(prefix):])
    return sorted(files)


def _pyc(source, filename):
    """Sourceless bytecode that the importer never checks against a source (there is none to check)."""
    import importlib._bootstrap_external as external
    import importlib.util

    code = compile(source, filename, "exec", dont_inherit=True)
    return external._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)


def compile_stdlib(files_json):
    """A zip of the given stdlib modules as `.pyc`, entries stored uncompressed (the server compresses
    the whole file far better than per-entry deflate), sorted, with fixed dates: same input, same bytes."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(STDLIB_ZIP) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name in sorted(json.loads(files_json)):
            entry = zipfile.ZipInfo(name[:-3] + ".pyc", date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.create_system = 3
            target.writestr(entry, _pyc(source.read(name), STDLIB_ZIP + "/" + name))
    return out.getvalue()


def compile_package(package):
    """The interpreter's cache tag (the `__pycache__/<name>.<tag>.pyc` name the importer looks for) and
    [path relative to site-packages, pyc bytes] for every `.py` file of the installed `package`."""
    top = __import__(package)
    site = os.path.dirname(os.path.dirname(top.__file__))
    compiled = []
    for folder, dirs, files in os.walk(os.path.dirname(top.__file__)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, "rb") as handle:
                    compiled.append([os.path.relpath(path, site), _pyc(handle.read(), path)])
    return [sys.implementation.cache_tag, compiled]
