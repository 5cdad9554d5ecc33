"""MkDocs plugin: validated facts in, rendered pages out. Hooks appear in the order MkDocs calls them.

mkdocs-static-i18n runs one nested build per language, so every hook here runs once per language;
the data is loaded once per build and reused while the files are unchanged.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.utils import get_relative_url

from .bundle import build_bundle
from .changes import all_changes
from .charts import budget_chart, projects_chart
from .checker_page import checklist, finalize_checker_html, write_vocabulary
from .engine.readings import READINGS
from .config import CovePluginConfig
from .formatting import BABEL_LOCALE, Formatter
from .model import DataError, load_years
from .site_strings import FACT_LABELS, text
from .theme_fixes import fix_theme_html

log = get_plugin_logger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
# Pages that exist once per programme year (under years/<year>/) besides the latest year's at the top.
YEAR_PAGES = ("index", "objectives", "participation", "funding", "apply")
DEADLINE_STRINGS = ("your_time", "call_open", "call_closed", "call_not_yet_open", "call_opening_unknown")
_YEAR_PAGE = re.compile(r"^years/(\d{4})/")
_PAGE_NAME = re.compile(r"^(?P<name>[a-z-]+)\.(?P<lang>[a-z]{2})\.md$")
_MATERIAL_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def template_view(node):
    """The facts as templates read them: a fact nobody published has `value: None` instead of no key."""
    if isinstance(node, dict):
        view = {key: template_view(value) for key, value in node.items()}
        if "status" in view:
            view.setdefault("value", None)
        return view
    if isinstance(node, list):
        return [template_view(item) for item in node]
    return node


class CovePlugin(BasePlugin[CovePluginConfig]):
    def __init__(self):
        self._cache_key = None
        self.years = {}
        self.bundle = {}

    # -- on_config: load and validate the data (once per set of file versions) ---------------------------
    def on_config(self, config):
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        files = sorted(data_dir.rglob("*.y*ml")) + sorted(data_dir.rglob("*.json"))
        key = tuple((str(p), p.stat().st_mtime_ns) for p in files)
        if key != self._cache_key:
            try:
                self.years = load_years(data_dir)
            except DataError as error:
                raise PluginError("The data in {} is not valid:\n  {}".format(
                    self.config.data_dir, "\n  ".join(error.problems))) from None
            self.bundle = build_bundle(self.years)
            self.views = {year: template_view(call.facts) for year, call in self.years.items()}
            self._cache_key = key
        self.latest = max(self.years)
        config.docs_dir = str(self._merged_docs(Path(config.docs_dir)))
        i18n = config.plugins.get("i18n")
        self._default_language = i18n.default_language if i18n else config.theme["language"]
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True)
        return config

    # -- on_page_markdown: render the page's Jinja2 with the facts of its year, in the language being built
    def on_page_markdown(self, markdown, page, config, files):
        lang = config.theme["language"]
        year = self._year_of(page)
        if _YEAR_PAGE.match(page.file.src_uri):
            # Year copies repeat the latest pages' text: keep them out of the search index (and its weight).
            page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
        f = Formatter(lang)
        context = {
            "lang": lang, "f": f, "call": self.views[year], "year": year,
            "latest": self.latest, "years": self.views, "bundle": self.bundle,
            # Prefix that leads from this page's folder to the top of its language, for links to shared pages.
            "root": "../../" if _YEAR_PAGE.match(page.file.src_uri) else "",
            # Prefix from this page to the top of the whole site (shared files such as ics/).
            "site_root": get_relative_url(".", page.url).rstrip("/") + "/" if page.url else "",
            "changes": lambda: all_changes(self.years, lang),
            "budget_chart": lambda: budget_chart(f, context["years"]),
            "projects_chart": lambda: projects_chart(f, context["years"]),
            "checklist": lambda y=None: checklist(lang, self.bundle, y),
            "readings": [{"id": r["id"], "text": r[lang]} for r in READINGS],
            "fact_labels": FACT_LABELS,
        }
        try:
            return self.env.from_string(markdown).render(context)
        except TemplateError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None

    # -- on_page_context: what overrides/main.html shows around the content ------------------------------
    def on_page_context(self, context, page, config, nav):
        lang = config.theme["language"]
        context["cove"] = {
            "year_switcher": self._year_switcher(page, lang),
            "strings": {key: text(key, lang) for key in ("year_switcher", "latest_call")},
            "page_config": {"locale": BABEL_LOCALE[lang].replace("_", "-"), "strings": {key: text(key, lang) for key in DEADLINE_STRINGS}}
            if "data-cove-deadline" in (page.content or "") else None,
        }
        if page.meta.get("template") == "checker.html":
            from .checker_page import checker_config

            context["checker"] = checker_config(lang, self.bundle, get_relative_url(".", page.url), Path(config.docs_dir))
        return context

    # -- on_post_page: absolute, page-level hreflang alternates plus x-default; the checker's CSP hashes --
    def on_post_page(self, output, page, config):
        html = fix_theme_html(self._absolute_alternates(output, config), config.theme["language"])
        return finalize_checker_html(html)

    # -- on_post_template: the same corrections for theme pages such as 404.html -------------------------
    def on_post_template(self, output_content, template_name, config):
        if not template_name.endswith(".html"):
            return output_content
        return fix_theme_html(output_content, config.theme["language"])

    def _absolute_alternates(self, output, config):
        # i18n sets the page-level alternates as an attribute of config.extra (what templates see first).
        links = {alt["lang"]: alt["link"] for alt in getattr(config.extra, "alternate", None) or []}
        if not links or not config.site_url:
            return output
        site = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
        absolute = {lang: urljoin(site, link) for lang, link in links.items()}
        absolute["x-default"] = absolute.get(self._default_language, site)
        # rel is a token list, so "alternate " means rel=alternate to browsers and crawlers; the trailing
        # space only keeps Material's `link[rel=alternate]` script from fetching <page>/sitemap.xml (a 404).
        tags = "".join(f'\n    <link rel="alternate " href="{url}" hreflang="{lang}">' for lang, url in absolute.items())
        output = _MATERIAL_ALTERNATE.sub("", output)
        return output.replace("</head>", tags + "\n  </head>", 1)

    # -- on_post_build: ship the browser checker and the calendar files once, from the default language -
    def on_post_build(self, config):
        if not self._is_default_language(config):
            return
        site_dir = Path(config.site_dir)
        from .ics import write_calendars

        write_calendars(site_dir, self.years)
        if self.config.browser_checker:
            from .runtime import RuntimeStagingError, stage_runtime

            try:
                stage_runtime(site_dir, self.bundle, Path(config.config_file_path).parent)
            except RuntimeStagingError as error:
                raise PluginError(str(error)) from None
        write_vocabulary(site_dir, self.bundle)  # after staging, which replaces assets/checker/ as a whole

    # -- helpers ---------------------------------------------------------------------------------------
    def _merged_docs(self, docs_dir: Path) -> Path:
        """docs/ plus a copy of the yearly pages under years/<year>/ for every programme year.

        The i18n plugin only accepts pages that are files in docs_dir, so the build reads a merged
        folder outside the source tree (renewed every build) instead of generated in-memory files.
        """
        if getattr(self, "_merged", None) is None:
            self._merged = Path(tempfile.mkdtemp(prefix="cove-docs-"))
            atexit.register(shutil.rmtree, self._merged, True)
        if docs_dir == self._merged:
            return self._merged
        self._source_docs = docs_dir
        shutil.rmtree(self._merged)
        shutil.copytree(docs_dir, self._merged)
        for page in sorted(docs_dir.glob("*.md")):
            match = _PAGE_NAME.match(page.name)
            if match and match["name"] in YEAR_PAGES:
                for year in self.years:
                    target = self._merged / "years" / str(year) / page.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(page, target)
        return self._merged

    def _year_of(self, page) -> int:
        match = _YEAR_PAGE.match(page.file.src_uri)
        return int(match[1]) if match else self.latest

    def _year_switcher(self, page, lang) -> list[dict]:
        """Links to the same page in every programme year, newest first (empty for pages outside the set)."""
        match = _PAGE_NAME.match(PurePosixPath(page.file.src_uri).name)
        if not match or match["name"] not in YEAR_PAGES:
            return []
        here = self._year_of(page)
        name = "" if match["name"] == "index" else match["name"] + "/"
        prefix = "" if lang == self._default_language else f"{lang}/"
        entries = []
        for year in sorted(self.years, reverse=True):
            target = prefix + (name if year == self.latest else f"years/{year}/{name}")
            entries.append({"year": year, "url": get_relative_url(target or ".", page.url), "current": year == here})
        return entries

    @staticmethod
    def _is_default_language(config) -> bool:
        i18n = config.plugins.get("i18n")
        return i18n is None or i18n.current_language == i18n.default_language
