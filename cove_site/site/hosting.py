"""How a host should serve the built site, in one place: the caching rule, the content types and the
precompressed siblings. The build writes the rules for Netlify/Cloudflare Pages (`_headers`) and Apache
(`.htaccess`) into the site; `cove_site.site.serve` (make serve, the tests, the benches) follows them.

Everything under `assets/pyodide/` has a content-addressed or versioned name, so it never changes under
the same URL: a year of caching, `immutable` so browsers do not even revalidate on reload. Everything
else (pages, the checker's scripts, rules.json) is revalidated on each use (`no-cache`: a cheap 304).
"""

from __future__ import annotations

from pathlib import Path

IMMUTABLE_PATH = "/assets/pyodide/"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
CONTENT_TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
                 ".json": "application/json", ".css": "text/css", ".zip": "application/zip",
                 ".whl": "application/zip"}


def cache_control(url_path: str) -> str:
    """The Cache-Control value for a request path (works under a sub-path such as /cove/)."""
    return IMMUTABLE if IMMUTABLE_PATH in url_path else REVALIDATE


NETLIFY_HEADERS = f"""\
# Netlify and Cloudflare Pages read this file (written by cove_site/site/hosting.py).
# They compress on the fly and know the .wasm type; only the caching needs saying.
{IMMUTABLE_PATH}*
  Cache-Control: {IMMUTABLE}
"""

_APACHE_TYPES = "\n".join(
    f'  RewriteRule "\\{suffix}\\.(br|gz)$" "-" [T={kind},E=no-gzip:1,E=no-brotli:1]'
    for suffix, kind in CONTENT_TYPES.items())

APACHE_HTACCESS = f"""\
# Apache 2.4 (written by cove_site/site/hosting.py; needs AllowOverride FileInfo, mod_rewrite and
# mod_headers). Serves the precompressed file.br / file.gz the build writes when the browser accepts it.
AddType application/wasm .wasm
AddType text/javascript .mjs
<IfModule mod_rewrite.c>
  RewriteEngine On
  RewriteCond "%{{HTTP:Accept-Encoding}}" "\\bbr\\b"
  RewriteCond "%{{REQUEST_FILENAME}}.br" -s
  RewriteRule "^(.+)$" "$1.br" [QSA,L]
  RewriteCond "%{{HTTP:Accept-Encoding}}" "\\bgzip\\b"
  RewriteCond "%{{REQUEST_FILENAME}}.gz" -s
  RewriteRule "^(.+)$" "$1.gz" [QSA,L]
  # The original type, not that of .br/.gz, and no second compression by mod_deflate/mod_brotli.
{_APACHE_TYPES}
</IfModule>
<IfModule mod_headers.c>
  <FilesMatch "\\.br$">
    Header set Content-Encoding br
    Header append Vary Accept-Encoding
  </FilesMatch>
  <FilesMatch "\\.gz$">
    Header set Content-Encoding gzip
    Header append Vary Accept-Encoding
  </FilesMatch>
  <If "%{{REQUEST_URI}} =~ m#{IMMUTABLE_PATH}#">
    Header set Cache-Control "{IMMUTABLE}"
  </If>
  <Else>
    Header set Cache-Control "{REVALIDATE}"
  </Else>
</IfModule>
"""


def write_host_files(site_dir: Path) -> None:
    """Write `_headers` and `.htaccess` at the top of the site (hosts that do not read them ignore them)."""
    (Path(site_dir) / "_headers").write_text(NETLIFY_HEADERS, encoding="utf-8")
    (Path(site_dir) / ".htaccess").write_text(APACHE_HTACCESS, encoding="utf-8")
