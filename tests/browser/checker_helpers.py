"""Small helpers shared by the browser tests (imported by name; pytest puts this folder on sys.path)."""

from __future__ import annotations

import json

RUNTIME_TIMEOUT_MS = 90_000


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


def fill_organisation(page, config: dict, index: int, name: str, country: str, role: str, kind: str) -> None:
    """Add an organisation with the form's own button and fill it in by its visible labels."""
    strings = config["strings"]
    page.get_by_role("button", name=strings["add_org"], exact=True).click()
    card = page.locator("li.cove-org").nth(index)
    card.get_by_label(strings["name_label"], exact=True).fill(name)
    card.get_by_label(strings["country_label"], exact=True).select_option(label=country_name(config, country))
    card.get_by_label(strings["role_label"], exact=True).select_option(label=dict(config["roles"])[role])
    card.get_by_label(strings["type_label"], exact=True).select_option(label=dict(config["types"])[kind])


def country_name(config: dict, code: str) -> str:
    year = config["by_year"][str(config["latest"])]
    return next(name for group in year["countries"] for c, name in group["options"] if c == code)
