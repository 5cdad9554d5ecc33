"""MkDocs plugin: validated facts in, rendered pages out. Hooks appear in the order MkDocs calls them.

mkdocs-static-i18n runs one nested build per language, so every hook here runs once per language;
the data is loaded once per build and reused while the files are unchanged.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from .bundle import build_bundle
from .config import CovePluginConfig
from .formatting import Formatter
from .model import DataError, load_years

log = get_plugin_logger(__name__)
TEMPLATES = Path(__file__).parent / "templates"


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
            self._cache_key = key
        self.data_dir = data_dir
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True)
        return config

    # -- on_page_markdown: render the page's Jinja2 with the facts, for the language being built --------
    def on_page_markdown(self, markdown, page, config, files):
        lang = config.theme["language"]
        latest = self.years[max(self.years)]
        context = {
            "lang": lang, "f": Formatter(lang), "call": latest.facts, "year": latest.year,
            "years": {year: c.facts for year, c in self.years.items()}, "bundle": self.bundle,
        }
        try:
            return self.env.from_string(markdown).render(context)
        except TemplateError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None

    # -- on_post_build: ship the browser checker once, from the default-language build -----------------
    def on_post_build(self, config):
        if not self.config.browser_checker or not self._is_default_language(config):
            return
        from .runtime import stage_runtime

        stage_runtime(Path(config.site_dir), self.bundle, Path(config.config_file_path).parent)

    @staticmethod
    def _is_default_language(config) -> bool:
        i18n = config.plugins.get("i18n")
        return i18n is None or i18n.current_language == i18n.default_language
