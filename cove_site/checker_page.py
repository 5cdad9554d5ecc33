"""Build-time data for the checker page: its JSON config block, no-JS checklist and CSP.

`checker_config` gathers everything the checker's JavaScript needs (strings, country lists per
year, role and type labels, asset URLs) so the script itself holds no text and no rules.
`finalize_checker_html` pins the page's own inline scripts (Material's and `HEAD_SCRIPT`) into the
CSP by hash, so the policy stays `script-src 'self'` without `'unsafe-inline'`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from cove_site.checker_strings import STRINGS, strings_for
from cove_site.engine.countries import ALIASES
from cove_site.formatting import Formatter, collation_key
from cove_site.engine import limits
from cove_site.engine.partnership import ROLES, TYPES
from cove_site.engine.readings import READINGS
from cove_site.runtime import ENGINE_DIST, RuntimeStagingError, runtime_urls

REPO_ROOT = Path(__file__).resolve().parents[1]

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
RULE_IDS = tuple(key.removeprefix("rule_") for key in STRINGS if key.startswith("rule_"))
#: Seconds before the page gives up waiting for the runtime (a hung load must not stay silent).
LOAD_TIMEOUT_SECONDS = 90
#: Where the page keeps the partnership (localStorage of this origin) and, apart, its number of rows.
STORAGE_KEYS = {"partnership": "cove-checker:partnership", "rows": "cove-checker:rows"}
#: The one inline script of the page, in <head> before first paint: it marks the page as scripted, for the
#: checker (the form's space is laid out at once, not after the module loads) and for Material (`js` for
#: `no-js`, as its bundle does when it runs: on this page that is after the first answer, theme-later.js, and
#: the header must not change its layout or overflow a phone's width meanwhile), reserves room for the rows kept on
#: this device, and starts the checker's worker with the URLs of the `cove-early` JSON block, so Pyodide
#: downloads and starts while the page's own modules load (runtime.mjs adopts the worker and replays what
#: it said meanwhile). Pinned by hash in the CSP; the safety gate allows exactly this text.
HEAD_SCRIPT = (
    'document.documentElement.classList.remove("no-js");document.documentElement.classList.add("js","cove-js");'
    f'try{{var n=Number(localStorage.getItem("{STORAGE_KEYS["rows"]}"));'
    'if(n>1)document.documentElement.style.setProperty("--cove-rows",String(Math.min(n,60)))}catch(e){}'
    'try{if(typeof WebAssembly==="object"){'
    'var c=JSON.parse(document.getElementById("cove-early").textContent),'
    'u=function(x){return new URL(x,document.baseURI).href},'
    'w=new Worker(u(c.worker),{type:"module"}),q=[],f=function(e){q.push(e)};'
    'w.addEventListener("message",f);w.addEventListener("error",f);'
    'w.postMessage({type:"load",runtimeURL:u(c.runtime),stdlibURL:u(c.stdlib),lockURL:u(c.lock),'
    'rulesURL:u(c.rules),enginePackage:c.engine_package});'
    'window.__coveEarly={worker:w,queue:q,buffer:f}}}catch(e){}'
)
LANGS = ("nl", "en", "fr")
VOCABULARY_PATH = "assets/checker/vocabulary.json"
#: Column headings a spreadsheet may use besides the form's own labels (nl, en, fr), lower case.
PASTE_HEADER_WORDS = {
    "name": ("organisatie", "naam van de organisatie", "organisation", "organization", "organisation name",
             "nom de l'organisation"),
    "country": ("land van vestiging", "country where it is established", "pays d'établissement"),
    "role": ("rol in het project", "role in the project", "rôle dans le projet"),
    "type": ("soort", "type", "organisation type", "type of organization", "soort organisatie"),
}


def _country_names(lang: str, bundle: dict) -> list[list[str]]:
    """[code, name] of every known country, in the page language, sorted as readers of that language expect."""
    names = bundle.get("country_names", {}).get(lang, {})
    return sorted(([code, names.get(code, code)] for code in bundle.get("known_countries", [])),
                  key=lambda option: collation_key(option[1]))


def _year_choices(params: dict) -> dict:
    """What the form offers for one programme year: its country groups (codes) and its EQF levels."""
    return {
        "groups": {"eu": sorted(params["countries"]["eu"]), "associated": sorted(params["countries"]["associated"])},
        "eqf_levels": list(range(params["eqf"]["min"], params["eqf"]["max"] + 1)),
    }


def _types(lang: str, types: list[str]) -> str:
    """The organisation types a rule accepts, as a phrase in the page language."""
    return str(Formatter(lang).org_types({"value": types, "status": "seen"}).striptags())


def checklist(lang: str, bundle: dict, year: int | None = None) -> dict:
    """The year's formal rules as sentences, for the page without JavaScript."""
    year = year or bundle["latest"]
    params = bundle["years"][str(year)]
    eqf = params["eqf"]
    values = {
        "min-full-partners": {"count": params["min_full_partners"]},
        "min-countries": {"count": params["min_countries"]},
        "min-eu-member-states": {"count": params.get("min_eu_member_states")},
        "eqf-levels": {"min": eqf["min"], "max": eqf["max"]},
        "tertiary-needs-lower-level": {"tertiary_min": eqf["tertiary_min"], "min": eqf["min"], "lower_max": eqf["lower_max"]},
        "tertiary-needs-work-based": {"tertiary_min": eqf["tertiary_min"]},
        "country-composition": {"enterprise": _types(lang, params["enterprise_types"]),
                                "vet": _types(lang, params["vet_types"])},
        "excluded-country": {"countries": ", ".join(sorted(bundle["country_names"][lang][c]
                                                           for c in params["countries"]["excluded"]))},
    }
    items = [
        {"rule": rule, "text": STRINGS[f"rule_{rule}"][lang].format(**values.get(rule, {}))}
        for rule in RULE_IDS
        if not (rule == "min-eu-member-states" and params.get("min_eu_member_states") is None)
        and not (rule == "excluded-country" and not params["countries"]["excluded"])
    ]
    outcomes = next(reading[lang] for reading in READINGS if reading["id"] == "outcomes")
    return {"heading": STRINGS["checklist_heading"][lang].format(year=year), "items": items, "outcomes": outcomes}


def _labels_everywhere(prefix: str, codes) -> dict[str, list[str]]:
    """Each code's label in every language, for reading pasted rows written in any of them."""
    return {code: [STRINGS[f"{prefix}{code}"][lang] for lang in LANGS] for code in codes}


def paste_vocabulary(bundle: dict) -> dict:
    """What a pasted spreadsheet may say, in nl, en and fr: country names, role and type labels, headers.

    One file for every page (VOCABULARY_PATH, written by `write_vocabulary`), fetched when the reader pastes:
    the page itself carries only its own language.
    """
    names = bundle.get("country_names", {})
    return {
        "countries": {code: [names.get(lang, {}).get(code, code) for lang in LANGS] for code in bundle.get("known_countries", [])},
        "aliases": dict(ALIASES),
        "roles": _labels_everywhere("role_", ROLES),
        "types": _labels_everywhere("type_", TYPES),
        "headers": {field: [STRINGS[f"{field}_label"][lang] for lang in LANGS] + list(words)
                    for field, words in PASTE_HEADER_WORDS.items()},
    }


def write_vocabulary(site_dir: Path, bundle: dict) -> Path:
    """Write the paste vocabulary into the built site (once per build, from the default language)."""
    target = Path(site_dir) / VOCABULARY_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(paste_vocabulary(bundle), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target


def checker_links(lang: str, docs_dir: Path | None) -> dict:
    """Links from the checker page to its neighbours (all pages sit at the top level of their language).

    The EQF help points to the glossary's EQF entry when this build has a glossary page in `lang`,
    and otherwise to the rules page.
    """
    glossary = docs_dir is not None and (Path(docs_dir) / f"glossary.{lang}.md").is_file()
    return {
        "eqf": "../glossary/#term-eqf" if glossary else "../rules/",
        "eqf_text": STRINGS["eqf_link_glossary" if glossary else "eqf_link_rules"][lang],
        "developers": "../developers/",
    }


def checker_config(lang: str, bundle: dict, base_url: str, docs_dir: Path | None = None) -> dict:
    """The page's `cove-checker-config` JSON: strings, choices per year and asset URLs.

    `base_url` is the path from the page to the site root that holds `assets/` (MkDocs'
    `base_url` on a page of the default language, e.g. ".."), so sub-path hosting works.
    """
    root = base_url.rstrip("/") + "/" if base_url else ""
    years = sorted((int(y) for y in bundle["years"]), reverse=True)
    try:
        runtime = {key: root + url for key, url in runtime_urls(REPO_ROOT).items()}
    except RuntimeStagingError as error:
        raise PluginError(str(error)) from None
    return {
        "lang": lang,
        "latest": bundle["latest"],
        "years": years,
        "by_year": {str(y): _year_choices(bundle["years"][str(y)]) for y in years},
        "country_names": _country_names(lang, bundle),
        "country_aliases": dict(ALIASES),
        "roles": [[role, STRINGS[f"role_{role}"][lang]] for role in ROLES],
        "types": [[kind, STRINGS[f"type_{kind}"][lang]] for kind in TYPES],
        "type_help": {kind: STRINGS[f"typehelp_{kind}"][lang] for kind in TYPES},
        "strings": strings_for(lang),
        "checklist": checklist(lang, bundle),
        "links": checker_links(lang, docs_dir),
        "storage": STORAGE_KEYS,
        "head_script": HEAD_SCRIPT,
        "load_timeout_seconds": LOAD_TIMEOUT_SECONDS,
        "engine_package": ENGINE_DIST,
        "urls": {
            "worker": f"{root}assets/checker/worker.mjs",
            "rules": f"{root}assets/checker/rules.json",
            "vocabulary": f"{root}{VOCABULARY_PATH}",
            **runtime,  # runtime folder, trimmed stdlib and lock file (content-addressed names)
        },
        "csp": CSP,
        # Checked before anything is rendered; the worker's Python applies the same limits and says why.
        "limits": {**limits.as_dict(), "max_input_mb": limits.MAX_INPUT_BYTES // 1_000_000},
    }


def add_checker_context(context: dict, page, config, bundle: dict) -> dict:
    """MkDocs `on_page_context` helper: give the checker page its `checker` variable."""
    if (page.meta or {}).get("template") == "checker.html":
        context["checker"] = checker_config(config.theme["language"], bundle, context["base_url"], Path(config.docs_dir))
    return context


_CSP_META = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_DATA_TYPE = re.compile(r'\btype\s*=\s*"(?!module"|text/javascript")[^"]*"', re.I)
#: Material's bundle as its base.html writes it, and the script that starts it later on the checker page.
_THEME_BUNDLE = re.compile(r'<script src="(?P<src>(?P<root>[^"]*?)assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
THEME_LATER = "theme-later.js"


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for every executable inline script in `html`, in order."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if re.search(r"\bsrc\s*=", attrs, re.I) or _DATA_TYPE.search(attrs):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode()}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def defer_theme_bundle(html: str) -> str:
    """Start Material's bundle on the checker page only after the checker's first answer.

    Its script tag becomes one for `assets/site/theme-later.js`, which starts the bundle then (or at the reader's
    first interaction): on two cores the bundle's main-thread work would delay the first verdict (that script
    says by how much). A checker page without exactly one such tag means Material changed its markup: the build
    stops rather than quietly keep the slower page.
    """
    tags = _THEME_BUNDLE.findall(html)
    if len(tags) != 1:
        raise PluginError(f"checker page: expected Material's bundle script once, found it {len(tags)} times "
                          '(a <script src=".../assets/javascripts/bundle.<hash>.min.js"></script> from the theme)')
    return _THEME_BUNDLE.sub(lambda m: f'<script src="{m.group("root")}assets/site/{THEME_LATER}" '
                                       f'data-cove-theme="{m.group("src")}"></script>', html, count=1)


def finalize_checker_html(html: str) -> str:
    """On the checker page: defer Material's bundle (`defer_theme_bundle`) and add the hashes of the page's
    inline scripts to its CSP (other pages: as is).

    Meant for the MkDocs `on_post_page` hook: only the finished HTML shows which inline
    scripts the theme emitted (their text depends on the page, e.g. its base URL).
    """
    meta = _CSP_META.search(html)
    if 'id="cove-checker"' not in html or not meta or "'sha256-" in meta.group(2):
        return html  # not the checker page, or already pinned
    html = defer_theme_bundle(html)
    hashes = " ".join(inline_script_hashes(html))
    if not hashes:
        return html

    def widen(match: re.Match) -> str:
        policy = match.group(2).replace(
            "script-src 'self' 'wasm-unsafe-eval'", f"script-src 'self' 'wasm-unsafe-eval' {hashes}", 1
        )
        return match.group(1) + policy + match.group(3)

    return _CSP_META.sub(widen, html, count=1)
