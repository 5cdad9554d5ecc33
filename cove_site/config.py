"""The contract of the `cove` MkDocs plugin: what mkdocs.yml may say under `plugins: - cove:`."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class CovePluginConfig(Config):
    # Folder with calls/<year>.yaml and schema/, relative to mkdocs.yml.
    data_dir = c.Type(str, default="data")
    # Ship the in-browser checker (Pyodide runtime, engine wheel, rule parameters) with the site.
    browser_checker = c.Type(bool, default=True)
