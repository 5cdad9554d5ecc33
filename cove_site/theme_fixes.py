"""Small corrections to Material's HTML output that its templates offer no block for, so every page is valid HTML.

- Material puts autocomplete="off" on its hidden checkbox toggles; HTML allows it only on text-like inputs.
- Material's search dialog has no accessible name (Lighthouse and screen readers want one).
- Material's footer links are labelled "Previous: <title>" with a colon written into its template; French puts a
  no-break space before it.
- Markdown's table of contents titles every heading's anchor "Permanent link", in English on every page.
- On pages that are not in the navigation (the per-year copies), the table of contents title is a <label>
  for a toggle that Material renders only in the navigation entry of the current page.
"""

from __future__ import annotations

import re

from markupsafe import escape

from .site_strings import text

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_FOOTER_LABEL = re.compile(r'(<a [^>]*class="md-footer__link[^"]*" aria-label="[^":]*?) ?:')
_PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="Permanent link"')
_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_theme_html(html: str, lang: str) -> str:
    html = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    html = html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{escape(text("search", lang))}">')
    html = _PERMALINK.sub(lambda m: f'{m[1]} title="{escape(text("permalink", lang))}"', html)
    if lang == "fr":
        html = _FOOTER_LABEL.sub("\\1\u00a0:", html)
    if 'id="__toc"' not in html:
        html = _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
    return html
