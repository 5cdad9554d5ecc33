"""Serve a built site the way cove_site/site/hosting.py asks hosts to, and rebuild it when sources change.

`SiteHandler` answers with a precompressed `file.br`/`file.gz` sibling when the browser accepts that
encoding (`Content-Encoding` set, the original `Content-Type` kept, `.wasm` as `application/wasm`), and
with the caching headers of hosting.py. The browser tests and the benches use it, so they measure what a
well-configured host sends.

    python -m cove_site.site.serve [--host 127.0.0.1] [--port 8000]     (what `make serve` runs)
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import http.server
import os
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from cove_site.site.hosting import CONTENT_TYPES, cache_control

ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
WATCHED = ("docs", "data", "overrides", "cove_site", "mkdocs.yml")


def accepted_encodings(header: str) -> set[str]:
    """Codings of an Accept-Encoding header that are not refused with q=0."""
    accepted = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        weight = params.strip().lower()
        try:
            quality = float(weight[2:]) if weight.startswith("q=") else 1.0
        except ValueError:
            quality = 1.0
        if name.strip() and quality > 0:
            accepted.add(name.strip().lower())
    return accepted


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **CONTENT_TYPES}
    protocol_version = "HTTP/1.1"  # keep-alive, as real hosts: no new connection per file
    quiet = True

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        if not self.quiet:
            super().log_message(format, *args)

    def end_headers(self):
        self.send_header("Cache-Control", cache_control(urlsplit(self.path).path))
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            accepted = accepted_encodings(self.headers.get("Accept-Encoding", ""))
            for encoding, suffix in ENCODINGS:
                if encoding in accepted and os.path.isfile(path + suffix):
                    return self._send_encoded(path, path + suffix, encoding)
        return super().send_head()

    def _send_encoded(self, path: str, sibling: str, encoding: str):
        handle = open(sibling, "rb")  # noqa: SIM115 (the base class copies and closes it)
        stat = os.fstat(handle.fileno())
        if self._not_modified(stat.st_mtime):
            handle.close()
            self.send_response(http.HTTPStatus.NOT_MODIFIED)
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return handle

    def _not_modified(self, mtime: float) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since or "If-None-Match" in self.headers:
            return False
        try:
            return int(mtime) <= email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False


class SiteServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):  # not: the browser left
            super().handle_error(request, client_address)


def start_server(directory: Path, host: str = "127.0.0.1", port: int = 0) -> SiteServer:
    """A SiteHandler server for `directory`, serving from a daemon thread; call `.shutdown()` to stop."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    server = SiteServer((host, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _snapshot(root: Path) -> dict[str, int]:
    stamps = {}
    for name in WATCHED:
        top = root / name
        for path in [top] if top.is_file() else top.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                stamps[str(path)] = path.stat().st_mtime_ns
    return stamps


def main(argv: list[str] | None = None) -> int:
    from cove_site.build import build_atomically

    parser = argparse.ArgumentParser(description="Build the site, serve it and rebuild it when a source changes.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    args = parser.parse_args(argv)
    root = Path.cwd()
    os.environ.setdefault("SITE_URL", f"http://{args.host}:{args.port}/")
    if build_atomically(args.site_dir) != 0:
        return 1
    SiteHandler.quiet = False
    server = start_server(args.site_dir.resolve(), args.host, args.port)
    print(f"Serving {args.site_dir} at {os.environ['SITE_URL']} (Ctrl-C stops); rebuilding when "
          f"{', '.join(WATCHED)} change", flush=True)
    stamps = _snapshot(root)
    try:
        while True:
            time.sleep(1)
            now = _snapshot(root)
            if now != stamps:
                stamps = now
                build_atomically(args.site_dir)  # a failed build says why and keeps the last good site
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
