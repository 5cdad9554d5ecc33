"""Small helpers shared by the browser tests (imported by name; pytest puts this folder on sys.path)."""

from __future__ import annotations

import json

RUNTIME_TIMEOUT_MS = 90_000


# An eligible consortium for the latest call with EQF levels 4 and 5: 8 organisations from 4 countries,
# as a school would enter it (shared by the form and table tests).
CONSORTIUM = [
    ("ROC Kop van Noord", "NL", "coordinator", "vet-provider"),
    ("Waddenwind Installatietechniek B.V.", "NL", "full-partner", "enterprise"),
    ("Centrum voor Volwassenenonderwijs Brugge", "BE", "full-partner", "vet-provider"),
    ("Vlaamse Bouwconfederatie West", "BE", "full-partner", "sector-representative"),
    ("Berufskolleg am Hafen Emden", "DE", "full-partner", "vet-provider"),
    ("Nordsee Elektro GmbH", "DE", "full-partner", "enterprise"),
    ("Stavanger fagskole", "NO", "full-partner", "vet-provider"),
    ("Rogaland Havvind AS", "NO", "full-partner", "enterprise"),
]

def checker_url(served: dict, lang: str, base: str = "root") -> str:
    return served[base] + ("" if lang == "nl" else f"{lang}/") + "checker/"


def wait_for_result(page, states=("verdict", "empty"), timeout: int = RUNTIME_TIMEOUT_MS) -> str:
    """Wait until #cove-result is in one of `states` (by default: the runtime answered); return the state."""
    selector = ", ".join(f'#cove-result[data-state="{state}"]' for state in states)
    page.wait_for_selector(selector, state="attached", timeout=timeout)
    return page.get_attribute("#cove-result", "data-state")


def config_of(page) -> dict:
    return json.loads(page.text_content("#cove-checker-config"))


def statuses(page) -> dict:
    return dict(page.eval_on_selector_all(
        "#cove-result [data-rule][data-status]", "els => els.map(e => [e.dataset.rule, e.dataset.status])"))


def field_name(config: dict, field: str, index: int) -> str:
    """The accessible name of a field of row `index` in the organisations table ("Name Organisation 3")."""
    strings = config["strings"]
    return f"{strings[field + '_label']} {strings['org_legend'].format(number=index + 1)}"


def org_field(page, config: dict, field: str, index: int):
    """A field of row `index`, found as assistive technology finds it: by its role and accessible name."""
    role = "textbox" if field == "name" else "combobox"  # the country field is a text box with suggestions
    return page.get_by_role(role, name=field_name(config, field, index), exact=True)


def fill_organisation(page, config: dict, index: int, name: str, country: str, role: str, kind: str) -> None:
    """Fill row `index` of the organisations table by its labels, adding the row with the form's own button
    when it is not there yet (the table starts with one empty row)."""
    strings = config["strings"]
    if page.locator("[data-cove-orgs] > tr").count() <= index:
        page.get_by_role("button", name=strings["add_org"], exact=True).click()
    org_field(page, config, "name", index).fill(name)
    org_field(page, config, "country", index).fill(country_name(config, country))
    org_field(page, config, "role", index).select_option(label=dict(config["roles"])[role])
    org_field(page, config, "type", index).select_option(label=dict(config["types"])[kind])


def country_name(config: dict, code: str) -> str:
    """The name the page shows for a country code, in its language."""
    return dict(config["country_names"])[code]
