"""The site's server answers as hosts are told to (cove_site/site/hosting.py): a precompressed sibling
with the right Content-Encoding when the browser accepts it, the original Content-Type (WebAssembly as
application/wasm), immutable caching for the versioned runtime only, and 304 on revalidation."""

from __future__ import annotations

import gzip
import http.client

import brotli
import pytest

from cove_site.site.serve import accepted_encodings, start_server
from cove_site.site.precompress import precompress_tree

WASM = b"\0asm\1\0\0\0" + bytes(range(256)) * 64


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    runtime = site / "assets" / "pyodide" / "1.0"
    runtime.mkdir(parents=True)
    (runtime / "pyodide.asm.wasm").write_bytes(WASM)
    (site / "page.html").write_text("<p>" + "word " * 500 + "</p>", encoding="utf-8")
    precompress_tree([runtime], tmp_path_factory.mktemp("cache"))
    started = start_server(site)
    yield started
    started.shutdown()


def _get(server, path: str, **headers) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


@pytest.mark.parametrize(("accept", "encoding", "decode"), [
    ("gzip, deflate, br, zstd", "br", brotli.decompress),
    ("gzip", "gzip", gzip.decompress),
    ("br;q=0, gzip;q=0.5", "gzip", gzip.decompress),
    ("identity", None, bytes),
])
def test_runtime_file_comes_precompressed_in_an_accepted_encoding(server, accept, encoding, decode):
    response = _get(server, "/assets/pyodide/1.0/pyodide.asm.wasm", **{"Accept-Encoding": accept})
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/wasm"
    assert response.getheader("Content-Encoding") == encoding
    assert int(response.getheader("Content-Length")) == len(response.body)
    assert decode(response.body) == WASM
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"


def test_pages_are_revalidated_and_answer_304_when_unchanged(server):
    first = _get(server, "/page.html")
    assert first.getheader("Cache-Control") == "no-cache" and first.getheader("Content-Encoding") is None
    again = _get(server, "/page.html", **{"If-Modified-Since": first.getheader("Last-Modified")})
    assert again.status == 304


def test_precompressed_file_answers_304_when_unchanged(server):
    path, accept = "/assets/pyodide/1.0/pyodide.asm.wasm", {"Accept-Encoding": "br"}
    first = _get(server, path, **accept)
    assert _get(server, path, **accept, **{"If-Modified-Since": first.getheader("Last-Modified")}).status == 304


def test_accept_encoding_honours_zero_quality():
    assert accepted_encodings("gzip, br;q=0, zstd;q=0.1") == {"gzip", "zstd"}
    assert accepted_encodings("") == set()
