"""MkDocs plugin: validated facts in, rendered pages out. Hooks appear in the order MkDocs calls them.

mkdocs-static-i18n runs one nested build per language, so every hook here runs once per language;
the data is loaded once per build and reused while the files are unchanged.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, TemplateError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .bundle import build_bundle
from .data.bundle_cache import bundle_key
from .changes import all_changes
from .charts import budget_chart, projects_chart
from .checker_page import checklist, finalize_checker_html, write_vocabulary
from .engine import limits
from .engine.readings import READINGS
from .config import CovePluginConfig
from .data.locales import babel_locale
from .formatting import Formatter, md_escape
from .model import DataError, load_years
from .programme_data import load_programme
from .rules_table import readable, rules_table
from .site.build_cache import BuildCache, PageMemo, code_digest, digest, package_digest
from .site.csp import add_page_csp
from .site.search import localise_search_config, split_search_index
from .site_strings import FACT_LABELS, GUIDANCE_LABELS, LANGUAGES, text
from .theme_fixes import fix_theme_html
from .typography import french_spacing

log = get_plugin_logger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
# Pages that exist once per programme year (under years/<year>/) besides the latest year's at the top.
YEAR_PAGES = ("index", "objectives", "participation", "funding", "apply")
DEADLINE_STRINGS = ("your_time",)
# Pages that cover every programme year, with a section per year (id "year-<year>") where a year page's links
# to them land; "changes" has no section for the first year (nothing to compare it with).
YEAR_SECTIONS = ("sources", "changes")
# The page that explains the status badges, linked from every badge.
EXPLAIN_PAGE = "how-we-source"
_YEAR_PAGE = re.compile(r"^years/(\d{4})/")
_PAGE_NAME = re.compile(r"^(?P<name>[a-z-]+)\.(?P<lang>[a-z]{2})\.md$")
_MATERIAL_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
#: The code that turns the data into what on_config keeps (besides bundle_key's), see _load_data.
DATA_CODE = ("programme_data.py", "plugin.py")
#: The libraries a page is made with besides the package (their versions key the page memos).
PAGE_LIBRARIES = ("jinja2", "markupsafe", "babel", "mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pymdown-extensions")


class _TemplateLoader(FileSystemLoader):
    """cove_site/templates, plus each Markdown source under the hash of its text, so that Jinja2's bytecode cache
    serves the pages as it serves the included templates (it only caches what a loader gives)."""

    def __init__(self, path):
        super().__init__(path)
        self.sources: dict[str, str] = {}

    def add(self, source: str) -> str:
        name = "page:" + digest(source)
        self.sources[name] = source
        return name

    def get_source(self, environment, template):
        if template in self.sources:
            return self.sources[template], None, lambda: True
        return super().get_source(environment, template)


class Translated(dict):
    """A text of the data in each language ({"nl": ..., "en": ..., "fr": ...}). A site language the data has no
    text for yet (a language just added: catalogue, pages and one line of configuration) reads the English."""

    def __missing__(self, lang):
        return dict.__getitem__(self, "en")

    def get(self, lang, default=None):
        return self[lang] if lang in self or _is_language(lang) else default


def _is_language(key) -> bool:
    return isinstance(key, str) and len(key) == 2 and key.isalpha() and key.islower()


def template_view(node):
    """The facts as templates read them: a fact nobody published has `value: None` instead of no key; texts in
    each language fall back to English for a language the data does not have (`Translated`)."""
    if isinstance(node, dict):
        view = {key: template_view(value) for key, value in node.items()}
        if "status" in view:
            view.setdefault("value", None)
        if set(LANGUAGES) <= view.keys() and all(_is_language(key) for key in view):  # a text in every data language
            return Translated(view)
        return view
    if isinstance(node, list):
        return [template_view(item) for item in node]
    return node


class CovePlugin(BasePlugin[CovePluginConfig]):
    def __init__(self):
        self.built_at = datetime.now(timezone.utc)
        self._cache_key = None
        self.years = {}
        self.bundle = {}
        self.env = None
        self._templates = {}
        self._readings = {}
        self.cache = BuildCache(None)
        self._memos = None
        self._files_key = ""
        self._code = ""

    # -- on_startup: the moment of the build, once for all languages (SOURCE_DATE_EPOCH for a reproducible one):
    # the call states a reader without JavaScript sees are those of this moment, and say so.
    def on_startup(self, *, command, dirty):
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        self.built_at = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)

    # -- on_config: load and validate the data (once per set of file versions) ---------------------------
    def on_config(self, config):
        self.cache = BuildCache.beside(Path(config.config_file_path).parent)
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        files = sorted(data_dir.rglob("*.y*ml")) + sorted(data_dir.rglob("*.json"))
        key = tuple((str(p), p.stat().st_mtime_ns) for p in files)
        if key != self._cache_key:
            self.years, self.programme, self.bundle, self._data_key = self._load_data(data_dir)
            self.views = {year: template_view(call.facts) for year, call in self.years.items()}
            self.guidance = template_view(self.programme.guidance)
            self.glossary = template_view(self.programme.glossary)
            self._cache_key = key
        self.latest = max(self.years)
        if self._memos is None:  # once per build (on_config runs again for every language i18n builds)
            self._memos = self._page_memos()
        config.docs_dir = str(self._merged_docs(Path(config.docs_dir)))
        i18n = config.plugins.get("i18n")
        self._default_language = i18n.default_language if i18n else config.theme["language"]
        if self.env is None:  # one environment for every language, so compiled templates are reused
            # finalize: every {{ value }} that is not already Markup is escaped for HTML and for Markdown, so a
            # fact can never become a link, an image or an attribute (see formatting.md_escape).
            jinja = self.cache.path("jinja-pages")
            self.env = Environment(loader=_TemplateLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                                   trim_blocks=True, lstrip_blocks=True, finalize=md_escape,
                                   bytecode_cache=FileSystemBytecodeCache(str(jinja)) if jinja else None)
        return config

    def _load_data(self, data_dir: Path):
        """(years, programme, bundle, key): validated, or read back from the build cache under the digest of the
        data files and the code that reads them (an invalid data folder is never cached: it is validated, and
        every problem reported, on every build)."""
        import pickle

        key = digest(str(data_dir.resolve()), bundle_key(data_dir), code_digest(*DATA_CODE))
        stored = self.cache.read("data", key)
        if stored is not None:
            try:
                return (*pickle.loads(stored), key)
            except Exception:  # noqa: BLE001 - an unreadable entry (another Python, a cut write) is rebuilt
                pass
        problems = []
        try:
            years = load_years(data_dir)
        except DataError as error:
            problems += error.problems
        try:
            programme = load_programme(data_dir)
        except DataError as error:
            problems += error.problems
        if problems:
            raise PluginError("The data in {} is not valid:\n  {}".format(
                self.config.data_dir, "\n  ".join(problems))) from None
        bundle = build_bundle(years)
        self.cache.write("data", key, pickle.dumps((years, programme, bundle), protocol=pickle.HIGHEST_PROTOCOL))
        return years, programme, bundle, key

    def _page_memos(self) -> dict[str, PageMemo]:
        """The pages' Markdown as rendered, their final HTML and the safety gate's verdict, as the last build that
        passed left them: keyed by what each result is made from, under the digest of the whole package."""
        from importlib.metadata import version

        self._code = code = digest(package_digest(), *(version(name) for name in PAGE_LIBRARIES))
        # What the moment of the build changes in a page: the date it is "as of" and each call's state then.
        f = Formatter("en", now=self.built_at)
        self._time_key = digest(f.as_of_date().isoformat(), *(f.call_state(view) for view in self.views.values()))
        return {"markdown": PageMemo(self.cache, "page-markdown", code),
                "html": PageMemo(self.cache, "page-html", code),
                "safety": PageMemo(self.cache, "page-safety", code)}

    # -- on_env: Material's templates, compiled once per language build, come from the bytecode cache too ----
    def on_env(self, env, config, files):
        theme = self.cache.path("jinja-theme")
        if theme is not None and env.bytecode_cache is None:
            env.bytecode_cache = FileSystemBytecodeCache(str(theme))
        return env

    # -- on_nav: the pages of the language being built, for the navigation of each year's pages ---------------
    def on_nav(self, nav, config, files):
        self._files = files
        # The pages a page can link to (link_to): part of what a rendered page is made from.
        self._files_key = digest(*sorted(file.url for file in files.documentation_pages()))
        return nav

    # -- on_page_markdown: render the page's Jinja2 with the facts of its year, in the language being built
    def on_page_markdown(self, markdown, page, config, files):
        lang = config.theme["language"]
        year = self._year_of(page)
        if _YEAR_PAGE.match(page.file.src_uri) and year == self.latest:
            # The latest year's copies repeat the pages at the top word for word: keep them out of the search
            # index (and its weight). Earlier years' pages are indexed, findable under their year ("2022 budget").
            page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
        f = Formatter(lang, explain_url=self._link_to(EXPLAIN_PAGE, page, files, lang), now=self.built_at)
        context = {
            "lang": lang, "f": f, "call": self.views[year], "year": year,
            "latest": self.latest, "years": self.views, "bundle": self.bundle,
            "next_year": min((y for y in self.years if y > year), default=None),
            # Prefix that leads from this page's folder to the top of its language, for links to shared pages.
            "root": "../../" if _YEAR_PAGE.match(page.file.src_uri) else "",
            # Prefix from this page to the top of the whole site (shared files such as ics/).
            "site_root": get_relative_url(".", page.url).rstrip("/") + "/" if page.url else "",
            "changes": lambda: all_changes(self.years, f),
            "budget_chart": lambda: budget_chart(f, context["years"]),
            "projects_chart": lambda: projects_chart(f, context["years"]),
            "checklist": lambda y=None: checklist(lang, self.bundle, y),
            # How the checker reads the call text, in words: readers see rule names, never rule ids.
            "readings": self._readings.get(lang) or self._readings.setdefault(
                lang, [{"id": r["id"], "text": readable(f, r.get(lang, r["en"]))} for r in READINGS]),
            "fact_labels": FACT_LABELS,
            # What the checker refuses, from the one place that sets it (the maintainers' page lists it).
            "limits": limits.as_dict(),
            # Programme-wide facts (data/guidance.yaml) and the terms of the action (data/glossary.yaml).
            "guidance": self.guidance, "glossary": self.glossary, "guidance_labels": GUIDANCE_LABELS,
            "rule_rows": lambda: rules_table(f, self.bundle, self.views),
            # The address of another page of this language relative to this one, or None when the build has no
            # such page ("glossary" is linked only once it exists).
            "link_to": lambda name: self._link_to(name, page, files, lang),
        }
        key = digest(self._data_key, self._time_key, self._files_key, self._default_language, lang, str(year),
                     page.file.src_uri, page.url or "", markdown)
        return self._memos["markdown"].get(key, lambda: self._render(markdown, context, page))

    def _render(self, markdown: str, context: dict, page) -> str:
        try:
            return self._template(markdown).render(context)
        except TemplateError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None

    def _template(self, source: str):
        """Compile each Markdown source once: its copies for every programme year share the text."""
        if source not in self._templates:
            self._templates[source] = self.env.get_template(self.env.loader.add(source))
        return self._templates[source]

    # -- on_page_context: what overrides/main.html shows around the content ------------------------------
    def on_page_context(self, context, page, config, nav):
        lang = config.theme["language"]
        content = page.content or ""
        year_page = self._is_year_page(page)
        if year_page:
            context["nav"] = self._year_nav(nav, page, self._year_of(page), copies=bool(_YEAR_PAGE.match(page.file.src_uri)))
        context["cove"] = {
            "year_switcher": self._year_switcher(page, lang),
            # A year's page carries its year in <title> as in its H1 ("Funding — 2022 call").
            "title": self._heading(page) if year_page else None,
            "strings": {key: text(key, lang) for key in ("year_switcher", "latest_call")},
            # ":" after a label; French puts a no-break space before it.
            "colon": "\u00a0:" if lang == "fr" else ":",
            "page_config": {"locale": str(babel_locale(lang)).replace("_", "-"), "strings": {key: text(key, lang) for key in DEADLINE_STRINGS},
                            # French writes "17 h" and "17 h 30" (Formatter.time), not the "17:00" of Intl.
                            "hour_mark": "\u00a0h" if lang == "fr" else None}
            if "data-cove-deadline" in content or "data-cove-call-state" in content else None,
        }
        if page.meta.get("template") == "checker.html":
            from .checker_page import checker_config

            context["checker"] = checker_config(lang, self.bundle, get_relative_url(".", page.url), Path(config.docs_dir))
        return context

    # -- on_post_page: absolute, page-level hreflang alternates plus x-default; a CSP on every page --------
    def on_post_page(self, output, page, config):
        lang = config.theme["language"]
        alternates = getattr(config.extra, "alternate", None) or []
        key = digest(lang, self._default_language, config.site_url or "", repr(alternates), output)
        return self._memos["html"].get(key, lambda: self._finish_page(output, lang, config))

    def _finish_page(self, output: str, lang: str, config) -> str:
        html = fix_theme_html(self._absolute_alternates(output, config), lang)
        html = localise_search_config(html, lang, self._default_language)
        if lang == "fr":
            html = french_spacing(html)
        return add_page_csp(finalize_checker_html(html))

    # -- on_post_template: the same corrections for theme pages such as 404.html -------------------------
    def on_post_template(self, output_content, template_name, config):
        if not template_name.endswith(".html"):
            return output_content
        lang = config.theme["language"]
        html = localise_search_config(fix_theme_html(output_content, lang), lang, self._default_language)
        return add_page_csp(html)

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

    # -- on_post_build: once, after every language (i18n builds the others in its own on_post_build, at
    # priority -100): ship the browser checker and the calendar files, then run the safety gate ----------
    @event_priority(-200)
    def on_post_build(self, config):
        if not self._is_whole_build(config):
            return
        site_dir = Path(config.site_dir)
        i18n = config.plugins.get("i18n")
        languages = i18n.build_languages if i18n else [config.theme["language"]]
        if "search" in config.plugins or "material/search" in config.plugins:
            split_search_index(site_dir, languages, self._default_language)
        self._calendars(site_dir)
        if self.config.browser_checker:
            from .runtime import RuntimeStagingError, stage_runtime

            try:
                stage_runtime(site_dir, self.bundle, Path(config.config_file_path).parent)
            except RuntimeStagingError as error:
                raise PluginError(str(error)) from None
        write_vocabulary(site_dir, self.bundle)  # after staging, which replaces assets/checker/ as a whole
        self._safety_gate(site_dir)

    def _safety_gate(self, site_dir: Path) -> None:
        """Fail the build when a page could run a script or load something it must not (gates/safety.py). A page
        whose bytes passed in the last build that passed is not parsed again. Only then is the build cache stored."""
        from .gates.safety import check

        report = check(site_dir, self._memos["safety"])
        if report.failed:
            from .gates.__main__ import summary

            self._memos = None
            raise PluginError("The safety gate failed on the built pages:\n" + summary([report]))
        for memo in self._memos.values():
            memo.save()
        self._memos = None

    def _calendars(self, site_dir: Path) -> None:
        """The deadline calendars (ics.py), read back from the build cache when the data and the code are the same."""
        import pickle
        from importlib.metadata import version

        key = digest(self._data_key, self._code, version("icalendar"))
        stored = self.cache.read("calendars", key)
        if stored is None:
            from .ics import calendar_files

            stored = pickle.dumps(calendar_files(self.years))
            self.cache.write("calendars", key, stored)
        for path, content in pickle.loads(stored).items():
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)

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

    @staticmethod
    def _is_year_page(page) -> bool:
        match = _PAGE_NAME.match(PurePosixPath(page.file.src_uri).name)
        return bool(match) and match["name"] in YEAR_PAGES

    @staticmethod
    def _heading(page) -> str | None:
        """The text of the page's H1 (without its permalink), as the table of contents has it."""
        first = next(iter(page.toc or []), None)
        return first.title if first is not None and first.level == 1 else None

    def _link_to(self, name: str, page, files, lang: str) -> str | None:
        prefix = "" if lang == self._default_language else f"{lang}/"
        target = f"{prefix}{name}/"
        if not any(file.url == target for file in files.documentation_pages()):
            return None
        return get_relative_url(target, page.url)

    def _year_nav(self, nav, page, year: int, copies: bool) -> Navigation:
        """The navigation as seen from a page of programme year `year`: the year's pages lead to that year's
        copies (`copies`: the page is one; the latest year's pages at the top lead to each other), pages that
        cover every year lead to their section on that year, the logo to the year's home; previous/next follow
        the same order. The reader stays in the year until they pick another one."""
        def in_year(item):
            if isinstance(item, Section):
                section = Section(item.title, [in_year(child) for child in item.children])
                return section
            if not isinstance(item, Page):
                return item
            match = _PAGE_NAME.match(PurePosixPath(item.file.src_uri).name)
            name = match["name"] if match else ""
            if name in YEAR_PAGES:
                if not copies:
                    return item
                copy = self._files.get_file_from_path(f"years/{year}/{item.file.src_uri}")
                return copy.page if copy is not None and copy.page is not None else item
            if name in YEAR_SECTIONS and not (name == "changes" and year == min(self.years)):
                return Link(item.title, f"{item.url}#year-{year}")
            return item

        items = [in_year(item) for item in nav.items]
        flat = list(_leaves(items))
        year_nav = Navigation(items, [item for item in flat if isinstance(item, Page)])
        year_nav.homepage = in_year(nav.homepage) if nav.homepage else None
        if page in flat:
            at = flat.index(page)
            page.previous_page = flat[at - 1] if at > 0 else None
            page.next_page = flat[at + 1] if at + 1 < len(flat) else None
        return year_nav

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
    def _is_whole_build(config) -> bool:
        """True in the build MkDocs started (not in one of the per-language builds i18n runs inside it)."""
        i18n = config.plugins.get("i18n")
        return i18n is None or not getattr(i18n, "building", False)


def _leaves(items):
    """Pages and links of a navigation tree, in reading order."""
    for item in items:
        if isinstance(item, Section):
            yield from _leaves(item.children)
        else:
            yield item
