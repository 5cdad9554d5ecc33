"""Every piece of text the in-browser checker shows, looked up by key in the page's language.

The checker's JavaScript holds no text: `cove_site.checker_page.checker_config` copies these
strings into the page's JSON block. Placeholders are `{name}`; the same placeholders must
appear in every language (a test checks it). Terms follow the Erasmus+ Programme Guide.
The English text below is the source; the translations are in the project's gettext catalogues
(cove_site/engine/locale/<lang>/LC_MESSAGES/cove.po, context "checker.<key>"; HACKING.md: Catalogues).
"""

from __future__ import annotations

from .engine.catalogue import has_language, translate
from .engine.messages import LANGS
from .engine.typography import typeset
from .site_strings import LANGUAGES

CONTEXT = "checker"

#: The English source of every string (msgid; msgctxt "checker.<key>"). `make messages-extract` reads it.
SOURCE: dict[str, str] = {
    # Form
    "form_heading": "Check your partnership",
    "form_intro": "Enter your partnership in the table, or paste it from a spreadsheet. The verdict updates as you type. Nothing is sent anywhere: the check runs in your browser.",
    "year_label": "Call year",
    "year_hint": "The rules of this year's call are applied.",
    "project_heading": "The project",
    "eqf_legend": "Which EQF levels does the project target?",
    "eqf_hint": "EQF is the European Qualifications Framework. Vocational qualifications at upper secondary level are mostly at level 3 or 4, short-cycle higher education at level 5, bachelor, master and doctorate at levels 6, 7 and 8.",
    "eqf_link_glossary": "The EQF in the glossary",
    "eqf_link_rules": "How the checker applies the EQF levels",
    "eqf_level": "EQF level {level}",
    "wbl_legend": "Work-based learning",
    "wbl_label": "The project has a strong work-based learning component",
    "wbl_hint": "Required when the project targets EQF levels 6 to 8.",
    "orgs_heading": "Organisations",
    "orgs_hint": "One row per organisation, as you declare it in the application. Enter takes you to the next row; at the end it adds one, with the country of the row above. For the country, type its code (NL) or its name.",
    "orgs_empty": "You have not added any organisations yet.",
    "orgs_count_one": "1 organisation",
    "orgs_count_other": "{count} organisations",
    "col_number": "No.",
    "country_placeholder": "Code or name",
    "keep_note": "Kept in this browser, on this device only.",
    "keep_off": "This browser does not keep the partnership: save it as a file before you leave.",
    "clear_button": "Clear",
    "cleared": "The partnership has been cleared from this device.",
    "undo": "Undo",
    "undone": "Undone.",
    "restored": "The partnership from your last visit has been restored.",
    "replaced_previous": "The partnership you had before has been replaced.",
    "org_legend": "Organisation {number}",
    "name_label": "Name",
    "country_label": "Country",
    "role_label": "Role",
    "type_label": "Type of organisation",
    "choose": "Choose…",
    "unknown_value": "{value} (not in the list)",
    "add_org": "Add an organisation",
    "remove_org": "Remove",
    "remove_org_label": "Remove organisation {number}",
    "org_added": "Organisation {number} added.",
    "org_removed": "Organisation {number} removed.",
    "check_button": "Check partnership",
    "paste_open": "Paste from a spreadsheet",
    "paste_label": "Rows from a spreadsheet",
    "paste_hint": "One organisation per line: name, country, role and type, separated by tabs (as a spreadsheet copies them), semicolons or commas. A header row is fine. The country as a code or a name; role and type as on this form, in Dutch, English or French, or as codes. Without a role, an organisation is a full partner; if no line gives a role, the first is the coordinator.",
    "paste_understood": "What the checker read",
    "label_colon": ": ",
    "col_line": "Line",
    "paste_read_one": "1 organisation read",
    "paste_read_other": "{count} organisations read",
    "paste_more_one": "and 1 more organisation, read the same way",
    "paste_more_other": "and {count} more organisations, read the same way",
    "paste_bad_one": "1 line could not be read",
    "paste_bad_other": "{count} lines could not be read",
    "paste_problem": "Line {line}: {reason}",
    "reason_separator": "; ",
    "paste_no_name": "no name",
    "paste_no_country": "no country",
    "paste_no_type": "no type of organisation",
    "paste_unknown": "“{value}” is not a country, role or type this form knows",
    "paste_twice": "two values for {field}: “{first}” and “{second}”",
    "field_country": "the country",
    "field_role": "the role",
    "field_type": "the type of organisation",
    "paste_replace": "Replace the organisations",
    "paste_append": "Add to the organisations",
    "paste_close": "Close",
    "paste_done_one": "1 organisation from the spreadsheet is in the table.",
    "paste_done_other": "{count} organisations from the spreadsheet are in the table.",
    # Sharing and files
    "share_heading": "Save and share",
    "copy_link": "Copy link",
    "link_label": "Link to this partnership",
    "link_copied": "The link has been copied. Anyone who opens it sees this partnership and its verdict.",
    "link_not_copied": "Copying did not work. Select the link below and copy it yourself.",
    "export": "Save as a file",
    "export_filename": "partnership.json",
    "import_label": "Open a saved file",
    "import_hint": "A file you saved earlier on this page with “Save as a file” (its name ends in .json). It replaces what is in the form now; you can undo that.",
    "import_done": "{file} has been opened.",
    "import_bad": "{file} is not a partnership saved from this page. Your form has not been changed.",
    "link_bad": "The link you opened does not contain a readable partnership. It may have been cut off when it was copied. The form has not been changed.",
    # Errors (GOV.UK pattern: a summary, then each error next to its field)
    "error_summary_title": "There is a problem",
    "error_prefix": "Error:",
    "err_name": "Enter the name of organisation {number}.",
    "err_country": "Choose the country where organisation {number} is established.",
    "err_role": "Choose the role of organisation {number}.",
    "err_type": "Choose the type of organisation {number}.",
    "err_eqf_levels": "Select at least one EQF level.",
    # Progress and failures
    "status_runtime": "Loading the checker: Python runtime (about 6 MB, once)…",
    "status_engine": "Loading the checker: the rules of the call…",
    "status_rules": "Loading the checker: the data for each call year…",
    "status_ready": "The checker is ready. You can go on filling in the form.",
    "failed_no-wasm": "The checker cannot start: this browser does not allow WebAssembly (for example because of a security setting).",
    "failed_runtime": "The checker cannot start: the Python runtime could not be loaded.",
    "failed_engine": "The checker cannot start: the rules could not be loaded.",
    "failed_rules": "The checker cannot start: the call-year data could not be loaded.",
    "failed_worker": "The checker cannot start: this browser blocks the background process that runs the check.",
    "failed_timeout": "The checker has not loaded after {seconds} seconds. Check your connection and reload the page.",
    "failed_check": "The check failed on this input. Save the partnership as a file and report the problem.",
    "failed_keep": "What you entered is kept. You can also save it as a file.",
    # Verdict
    "result_heading": "Verdict",
    "result_waiting": "The verdict appears here as soon as the checker has loaded.",
    "verdict_eligible": "This partnership meets the formal rules",
    "verdict_not-eligible": "This partnership does not meet the formal rules",
    "verdict_call": "Checked against the rules of the {year} call.",
    "incomplete": "No verdict yet",
    "incomplete_one": "The form has 1 problem. Correct it to see the verdict.",
    "incomplete_other": "The form has {count} problems. Correct them to see the verdict.",
    "status_pass": "Met",
    "status_fail": "Not met",
    "status_depends": "Depends",
    "status_note": "Note",
    "verdict_depends": "Depends: verify the points below",
    "empty_form": "Add organisations to see a verdict.",
    "what_to_change": "What to change",
    "passes_one": "{count} rule met",
    "passes_other": "{count} rules met",
    "disclaimer": "This is an aid, not a decision: only the European Education and Culture Executive Agency (EACEA) decides on eligibility.",
    "bar_waiting": "Loading the checker…",
    "bar_empty": "No organisations yet",
    "bar_eligible": "Meets the formal rules",
    "bar_not-eligible": "Does not meet the formal rules",
    "bar_depends": "Depends",
    "bar_failed": "The checker could not start",
    "bar_fails_one": "1 rule not met",
    "bar_fails_other": "{count} rules not met",
    "bar_depends_one": "1 point to verify",
    "bar_depends_other": "{count} points to verify",
    "bar_all_met": "every rule met",
    "bar_problems_one": "1 problem in the form",
    "bar_problems_other": "{count} problems in the form",
    "bar_details": "See the details",
    "print_heading": "The partnership",
    "print_eqf": "EQF levels: {levels}",
    "print_wbl": "Strong work-based learning component: {answer}",
    "yes": "yes",
    "no": "no",
    "print_none": "none",
    "dev_link_lead": "For the site's maintainers and developers:",
    "dev_link_text": "the checker on the command line, its file format and exit codes",
    # Roles and types
    "role_coordinator": "Coordinator",
    "role_full-partner": "Full partner",
    "role_affiliated-entity": "Affiliated entity",
    "role_associated-partner": "Associated partner",
    "type_vet-provider": "VET provider",
    "type_enterprise": "Enterprise",
    "type_sector-representative": "Sector representative organisation (industry body, chamber)",
    "type_higher-education": "Higher education institution",
    "type_public-authority": "Public authority",
    "type_research": "Research organisation",
    "type_employer": "Other employer",
    "type_other": "Other organisation",
    # What each organisation type means (shown next to the type field; the same words as the rules page)
    "typehelp_vet-provider": "VET provider, secondary or tertiary: vocational schools, training centres, universities of applied sciences, polytechnics and hogescholen offering professional programmes, and the public body that runs public VET schools without legal personality of their own.",
    "typehelp_higher-education": "Academic higher education institution without vocational programmes. A university of applied sciences with professional programmes is a VET provider.",
    "typehelp_enterprise": "Enterprise, large or small, private or public, including the social economy.",
    "typehelp_sector-representative": "Sector representative organisation, such as a chamber of commerce or crafts, an employers' or trade association, a cluster or cluster manager, or a business development or innovation organisation.",
    "typehelp_employer": "Other employer, such as a hospital or a care organisation. The calls from 2024 name other employers on the enterprise side explicitly.",
    "typehelp_public-authority": "National, regional or local public authority. If it runs the VET schools that take part, choose VET provider.",
    "typehelp_research": "Research organisation or centre.",
    "typehelp_other": "Another organisation, such as a foundation or association that does not represent a sector.",
    # No-JavaScript fallback: the rules as a checklist (parameters come from the year's data)
    "noscript": "The in-browser checker needs JavaScript. The rules are listed below as a checklist.",
    "checklist_heading": "The formal rules of the {year} call as a checklist",
    "rule_coordinator": "Exactly one coordinator, established in an EU Member State or a third country associated to the Programme.",
    "rule_min-full-partners": "At least {count} full partners (the coordinator included) from EU Member States and third countries associated to the Programme.",
    "rule_min-countries": "Those full partners come from at least {count} different countries.",
    "rule_min-eu-member-states": "At least {count} of those countries are EU Member States.",
    "rule_country-composition": "Every country with a full partner has, among its full partners, at least one {enterprise} and at least one {vet}.",
    "rule_eqf-levels": "The project targets at least one EQF level, all between {min} and {max}.",
    "rule_tertiary-needs-lower-level": "If the project targets level {tertiary_min} or higher, it also targets at least one level from {min} to {lower_max}.",
    "rule_tertiary-needs-work-based": "If the project targets level {tertiary_min} or higher, it has a strong work-based learning component.",
    "rule_excluded-country": "No organisation is established in an excluded country: {countries}.",
    # A link or file that replaces the partnership (limits: cove_site/engine/limits.py, in the config's "limits")
    "result_checking": "Checking the new partnership…",
    "import_too_large": "{file} is larger than {limit} MB, the most the checker reads. Your form has not been changed.",
    "import_not_shown": "{file} cannot be shown in the form; the result below is for the file itself. Your form has not been changed.",
    "link_too_large": "The link you opened is too long: the checker reads at most {limit} MB. The form has not been changed.",
    "link_not_shown": "The partnership in the link cannot be shown in the form; the result below is for the link itself. The form has not been changed.",
}


class _InEnglishUntilTranslated(dict):
    """A language without checker strings yet (one just added) reads them in English."""

    def __missing__(self, lang):
        return self["en"]


#: STRINGS[key][lang]: every string in every language with a catalogue, as that language writes it (the French
#: spacing rule the engine and the pages use, issue 14).
STRINGS: dict[str, dict[str, str]] = {
    key: _InEnglishUntilTranslated({lang: typeset(translate(lang, f"{CONTEXT}.{key}", text), lang) for lang in LANGS})
    for key, text in SOURCE.items()}


def strings_for(lang: str) -> dict[str, str]:
    """All checker strings in one language (KeyError for a language we do not have)."""
    if not has_language(lang):
        raise KeyError(f"no checker strings for language {lang!r}; have {', '.join(LANGUAGES)}")
    return {key: texts[lang] for key, texts in STRINGS.items()}
