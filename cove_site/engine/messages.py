"""Every sentence the checker says, looked up by key with the same placeholders in every language.

The English text below is the source; the translations are in the project's gettext catalogues
(cove_site/engine/locale/<lang>/LC_MESSAGES/cove.po, context "engine.<key>"), read through
`catalogue.translate` in CPython and in Pyodide alike. Official Erasmus+ terms are used on purpose (volwaardige
partners / full partners / partenaires à part entière, ...). Texts are plain: renderers escape them. French
sentences put country names after a colon or in a list, so no article ("la", "les", "aux") is ever needed.
"""

from __future__ import annotations

from collections.abc import Mapping

from .catalogue import SOURCE_LANG, catalogue_languages, has_language, translate
from .typography import typeset

#: The languages the engine speaks: the source language and every language with a catalogue, Dutch (the
#: site's default) first.
LANGS = tuple(sorted({SOURCE_LANG, *catalogue_languages()}, key=lambda lang: (lang != "nl", lang != "en", lang)))
CONTEXT = "engine"

#: The English source of every sentence (msgid; msgctxt "engine.<key>"). `make messages-extract` reads it.
SOURCE: dict[str, str] = {
    "and": "and",
    "or": "or",
    "others": "{count} others",
    "more-countries": "{count} more countries lack one or both.",
    "none": "none",
    "org": "{name} ({country}, {code})",
    "country": "{name} ({code})",
    "type-vet-provider": "VET provider",
    "type-enterprise": "enterprise",
    "type-sector-representative": "sector representative organisation",
    "type-employer": "other employer",
    "type-higher-education": "higher education institution",
    "type-public-authority": "public authority",
    "type-research": "research organisation",
    "type-other": "other organisation",
    "type-a-vet-provider": "a VET provider",
    "type-a-enterprise": "an enterprise",
    "type-a-sector-representative": "a sector representative organisation",
    "type-a-employer": "another employer",
    "type-a-higher-education": "a higher education institution",
    "type-a-public-authority": "a public authority",
    "type-a-research": "a research organisation",
    "type-a-other": "another organisation",
    "status-pass": "MET",
    "status-fail": "NOT MET",
    "status-depends": "DEPENDS",
    "status-note": "NOTE",
    "what-to-change": "What to change",
    "rule-coordinator": "Coordinator",
    "rule-min-full-partners": "Minimum number of full partners",
    "rule-min-countries": "Minimum number of countries",
    "rule-min-eu-member-states": "Minimum number of EU Member States",
    "rule-country-composition": "Enterprise and VET provider in each country",
    "rule-eqf-levels": "EQF levels",
    "rule-tertiary-levels": "Projects at tertiary level",
    "rule-tertiary-needs-lower-level": "Tertiary level with a lower level",
    "rule-tertiary-needs-work-based": "Tertiary level with work-based learning",
    "rule-excluded-country": "Excluded countries",
    "rule-reading-affiliated-entities": "Affiliated entities",
    "rule-reading-higher-education": "Higher education institutions",
    "rule-reading-non-associated-partners": "Full partners from non-associated third countries",
    "verdict-eligible": "Call {call}: this partnership meets the formal rules this checker tests.",
    "verdict-not-eligible-one": "Call {call}: this partnership does not meet the formal rules: {count} rule is not met.",
    "verdict-not-eligible-other": "Call {call}: this partnership does not meet the formal rules: {count} rules are not met.",
    "verdict-depends-one": "Call {call}: whether this partnership meets the formal rules depends on {count} point to verify.",
    "verdict-depends-other": "Call {call}: whether this partnership meets the formal rules depends on {count} points to verify.",
    "verdict-invalid": "The input has errors, so the partnership was not checked.",
    "caveat": "Not confirmed for the {call} call: no official source we could consult confirms {params}. Rules that rest on these values are marked “depends” when they are not met and “note” when they are met.",
    "param-min_full_partners": "the minimum number of full partners",
    "param-min_countries": "the minimum number of countries",
    "param-min_eu_member_states": "the minimum number of EU Member States",
    "param-enterprise_types": "which organisation types count on the enterprise side",
    "param-vet_types": "which organisation types count as VET providers",
    "param-countries.eu": "the list of EU Member States",
    "param-countries.associated": "the list of third countries associated to the Programme",
    "param-countries.excluded": "the list of excluded countries",
    "param-eqf.min": "the range of EQF levels",
    "param-eqf.max": "the range of EQF levels",
    "param-eqf.tertiary_min": "the EQF levels that count as tertiary and as lower levels",
    "param-eqf.lower_max": "the EQF levels that count as tertiary and as lower levels",
    "param-eqf.tertiary_needs_work_based": "the work-based learning requirement at tertiary level",
    "depends-unconfirmed": "This rests on {params}, which no official source confirms for the {call} call: verify it in the call document before you rely on this result.",
    "met-if": "It would be met if {condition}.",
    "met-also-if": "It would also be met if {condition}.",
    "if-affiliated": "affiliated entities counted for their country's composition ({orgs})",
    "if-higher-education": "these higher education institutions counted as VET providers at tertiary level: {orgs}",
    "if-min-countries": "only {min} countries needed both; {count} countries have both ({countries})",
    "if-non-associated": "full partners from third countries not associated to the Programme counted towards the minimum ({orgs})",
    "verify-affiliated_in_composition": "The call text does not say whether affiliated entities count for their country; ask EACEA through the action's functional mailbox before you rely on it.",
    "verify-higher_education_as_vet": "The call counts providers of VET at tertiary level, such as universities of applied sciences and polytechnics, as VET providers; an academic institution without professional programmes does not count.",
    "verify-composition_in_min_countries": "The call text can be read as requiring an enterprise and a VET provider in every country or only in the minimum number of countries; ask EACEA through the action's functional mailbox which reading applies.",
    "verify-non_associated_count": "The call text can be read either way; ask EACEA through the action's functional mailbox before you rely on it.",
    "coordinator-none": "The partnership has no coordinator; it must have exactly one.",
    "coordinator-many": "The partnership has {count} coordinators ({orgs}); it must have exactly one.",
    "coordinator-outside": "The coordinator, {org}, is established in a third country not associated to the Programme; the coordinator must be established in an EU Member State or in a third country associated to the Programme.",
    "coordinator-excluded": "The coordinator, {org}, is established in a country excluded from the {call} call.",
    "coordinator-eu": "The coordinator, {org}, is established in an EU Member State.",
    "coordinator-associated": "The coordinator, {org}, is established in a third country associated to the Programme.",
    "action-coordinator-none": "Make one full partner established in an EU Member State or in a third country associated to the Programme the coordinator.",
    "action-coordinator-many": "Keep one of them as the coordinator and make the others full partners.",
    "action-coordinator-outside": "Choose a coordinator established in an EU Member State or in a third country associated to the Programme; {org} can take part in another role.",
    "full-partners-pass": "The number of full partners that count (coordinator included) is {count}, which meets the minimum of {min}.",
    "full-partners-fail": "The number of full partners that count (coordinator included) is {count}, below the minimum of {min}.",
    "not-counted-non-associated": "These full partners do not count, because they are established in a third country not associated to the Programme: {orgs}.",
    "not-counted-excluded": "These full partners do not count, because they are established in a country excluded from this call: {orgs}.",
    "not-counted-affiliated": "These affiliated entities do not count, because an affiliated entity is not a full partner: {orgs}.",
    "not-counted-associated": "These associated partners do not count, because an associated partner is not a full partner: {orgs}.",
    "action-full-partners-one": "Add {count} more full partner from an EU Member State or a third country associated to the Programme.",
    "action-full-partners-other": "Add {count} more full partners from EU Member States or third countries associated to the Programme.",
    "action-promote-associated": "An associated partner from those countries that becomes a full partner also counts: {orgs}.",
    "countries-pass": "The number of EU Member States and third countries associated to the Programme with full partners that count is {count} ({countries}), which meets the minimum of {min}.",
    "countries-fail": "The number of EU Member States and third countries associated to the Programme with full partners that count is {count} ({countries}), below the minimum of {min}.",
    "action-countries-one": "Add full partners from {count} more EU Member State or third country associated to the Programme; every country needs its own enterprise and VET provider among its full partners.",
    "action-countries-other": "Add full partners from {count} more EU Member States or third countries associated to the Programme; every country needs its own enterprise and VET provider among its full partners.",
    "eu-none": "The {call} call sets no minimum number of EU Member States.",
    "eu-unknown": "No official source we could consult says whether the {call} call sets a minimum number of EU Member States (the 2021 and 2022 calls required 2), so this checker does not apply one.",
    "eu-pass": "The number of EU Member States with full partners that count is {count} ({countries}), which meets the minimum of {min}.",
    "eu-fail": "The number of EU Member States with full partners that count is {count} ({countries}), below the minimum of {min}.",
    "action-eu-one": "Add full partners from {count} more EU Member State.",
    "action-eu-other": "Add full partners from {count} more EU Member States.",
    "composition-pass": "Every country with full partners that count has among them at least one {enterprise_side} and at least one {vet_side}.",
    "composition-pass-min-countries": "{count} countries have at least one {enterprise_side} and at least one {vet_side} among their full partners ({countries}), which meets the minimum of {min} countries.",
    "composition-empty": "No full partners count, so there is no country whose composition could be checked.",
    "composition-fail": "Every country with full partners that count must have among them at least one {enterprise_side} and at least one {vet_side}.",
    "lacks-enterprise": "{country} has no {enterprise_side} among its full partners.",
    "lacks-vet": "{country} has no {vet_side} among its full partners.",
    "lacks-both": "{country} has no {enterprise_side} and no {vet_side} among its full partners.",
    "action-add-side": "Add a full partner from {country} that is {types}.",
    "action-promote-associated-partner": "Or make {org}, now an associated partner, a full partner.",
    "action-promote-affiliated-entity": "Or make {org}, now an affiliated entity, a full partner.",
    "action-declare-vet": "If {org} provides VET at tertiary level, declare it as a VET provider.",
    "eqf-none": "The project names no EQF level; it must target at least one level from {min} to {max}.",
    "eqf-outside": "These EQF levels of the project are outside the range {min} to {max}: {levels}.",
    "eqf-pass": "All the project's EQF levels ({levels}) are between {min} and {max}.",
    "action-eqf-none": "Select at least one EQF level from {min} to {max}.",
    "action-eqf-outside": "Keep only EQF levels from {min} to {max}: remove {levels}.",
    "tertiary-not-applicable": "The project targets no EQF level from {tmin} to {max}, so the two rules for projects at tertiary level do not apply.",
    "lower-level-pass": "The project targets tertiary levels ({tertiary}) and also a level from {min} to {lmax} ({lower}).",
    "lower-level-fail": "The project targets tertiary levels ({tertiary}) but no level from {min} to {lmax}; a project at EQF level {tmin} to {max} must also include at least one level from {min} to {lmax}.",
    "action-lower-level": "Add EQF level {choices} to the levels the project targets.",
    "work-based-pass": "The project targets tertiary levels ({tertiary}) and has a strong work-based learning component.",
    "work-based-fail": "The project targets tertiary levels ({tertiary}) but has no strong work-based learning component; a project at EQF level {tmin} to {max} must have one.",
    "action-work-based": "Give the project a strong work-based learning component and declare it.",
    "excluded-none": "No country is excluded from the {call} call.",
    "excluded-pass": "No organisation is established in an excluded country ({countries}).",
    "excluded-fail": "These organisations are established in a country excluded from the {call} call ({countries}) and may not take part in any role: {orgs}.",
    "action-excluded": "Remove {orgs} from the partnership: organisations established in {countries} cannot take part in the {call} call in any role.",
    "note-affiliated_in_composition": "Affiliated entities count neither towards the minimum number of full partners nor for their country's composition: {orgs}. Counting them for their country would not change the outcome.",
    "note-higher_education_as_vet": "Organisations declared as higher education institutions do not count as VET providers: {orgs}. Counting them as VET providers would not change the outcome; one that provides VET at tertiary level should be declared as a VET provider.",
    "note-non_associated_count": "Full partners from third countries not associated to the Programme do not count towards the minimums: {orgs}. Counting them towards the number of full partners would not change the outcome.",
    "rule-reading-other-employers": "Other employers",
    "if-public-authority": "these public bodies counted as VET providers because they run the VET schools that take part: {orgs}",
    "if-employer": "other employers counted on the enterprise side ({orgs})",
    "if-tertiary-focus": "the project's focus were not on tertiary level, since it also targets EQF level {lower}",
    "verify-public_authority_as_vet": "In some countries public VET schools have no legal personality, and the public body that runs them takes part on their behalf: in that case, declare that body as a VET provider.",
    "verify-employer_as_enterprise": "This year's call names enterprises, industry and sector representative organisations but not other employers; ask EACEA through the action's functional mailbox whether an employer such as a hospital counts.",
    "verify-tertiary_focus_only": "The call asks for a strong work-based learning component in applications that focus on tertiary level; if tertiary learners are your project's main target, include one.",
    "note-employer_as_enterprise": "Organisations declared as other employers do not count on the enterprise side in this year's call: {orgs}. Counting them would not change the outcome.",
    "action-declare-vet-body": "If {org} runs the VET schools that take part, declare it as a VET provider.",
    "work-based-not-focus": "The project targets tertiary levels ({tertiary}) and lower levels too, so it does not focus on tertiary level.",
    "kind-mapping": "a mapping",
    "kind-list": "a list",
    "kind-text": "text",
    "kind-integer": "a whole number",
    "kind-boolean": "true or false",
    "found-text": "the text '{value}'",
    "found-number": "the number {value}",
    "found-boolean": "the value {value}",
    "found-null": "an empty value",
    "found-other": "a value of kind {value}",
    "error-root": "the input must be a partnership ({expected} with the keys {keys}), not {found}",
    "error-kind": "must be {expected}, not {found}",
    "error-missing": "required key '{key}' is missing",
    "error-unknown-key": "unknown key '{key}'; allowed keys are {keys}",
    "error-country": "unknown country code '{value}'",
    "error-role": "unknown role '{value}'; choose {allowed}",
    "error-org-type": "unknown organisation type '{value}'; choose {allowed}",
    "error-empty-name": "the name must not be empty",
    "error-eqf": "EQF level {value} does not exist; the EQF has levels 1 to 8",
    "error-year": "no rules are known for the {value} call; available years: {years}",
    "error-empty": "the input is empty",
    "error-unreadable": "{source} cannot be read: {reason}",
    "error-encoding": "{source} is not UTF-8 text",
    "error-syntax": "not valid YAML or JSON: {problem} (line {line}, column {column})",
    # Hostile or oversized input (limits in cove_site/engine/limits.py).
    "error-too-large": "the input is larger than {limit} MB, the most the checker reads",
    "error-too-deep": "nested too deeply: more than {limit} levels of lists and mappings (line {line})",
    "error-duplicate-key": "the key '{key}' appears twice in the same mapping (lines {first} and {second})",
    "error-too-many-organisations": "the partnership has {count} organisations; the checker takes at most {limit}",
    "error-too-many": "the list has {count} entries; at most {limit} are allowed",
    "error-too-long": "the text is {length} characters long; at most {limit} are allowed",
    "error-too-many-values": "the input holds more than {limit} values (aliases counted in full)",
    "error-digits": "a number with more than {limit} digits (line {line})",
    "error-surrogate": "contains {code}, a lone surrogate that is not a character",
    "error-alias-loop": "the alias *{name} refers to a value that contains the alias itself (line {line})",
    "error-tag": "the tag {tag} is not supported; write plain values (line {line})",
    "error-complex-key": "a key must be a single value, not a list or a mapping (line {line})",
    "error-more": "and {count} more problems",
    "error-not-regular": "{source} is not a regular file; give a file, or '-' for standard input",
    "error-internal": "internal error in the checker ({error}); please report it to the maintainers",
    "error-not-utf8": "the input is not UTF-8 text",
}


class _Catalogues(Mapping):
    """MESSAGES[lang][key]: the sentence patterns of a language (untypeset), read from its catalogue once."""

    def __init__(self):
        self._cache: dict[str, dict[str, str]] = {}

    def __getitem__(self, lang: str) -> dict[str, str]:
        if lang not in self._cache:
            if not has_language(lang):
                raise KeyError(lang)
            self._cache[lang] = {key: translate(lang, f"{CONTEXT}.{key}", text) for key, text in SOURCE.items()}
        return self._cache[lang]

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


MESSAGES: Mapping[str, dict[str, str]] = _Catalogues()

LIST_LIMIT = 10  # longer lists end in "and N others", so a 2,000-organisation message stays readable


_TYPESET: dict[str, dict[str, str]] = {}


def _typeset(lang: str) -> dict[str, str]:
    """The catalogue of `lang` as that language writes it (French spacing), computed once per language."""
    if lang not in _TYPESET:
        _TYPESET[lang] = {key: typeset(text, lang) for key, text in MESSAGES[lang].items()}
    return _TYPESET[lang]


class Texts:
    """The catalogue of one language, plus the formatting of lists, countries and organisations."""

    quiet = False

    def __init__(self, lang: str, country_names: dict[str, str] | None = None):
        if not has_language(lang):
            raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
        self.lang = lang
        self.catalogue = _typeset(lang)
        self.names = country_names or {}
        self.limit = LIST_LIMIT

    def __call__(self, key: str, /, **params: object) -> str:
        return self.catalogue[key].format(**params)

    def keys(self) -> list[str]:
        """Every message key, in catalogue order."""
        return list(self.catalogue)

    def pattern(self, key: str) -> str:
        """The sentence of `key` in this language with its placeholders unfilled."""
        return self.catalogue[key]

    def join(self, items, word: str = "and", limit: int | None = LIST_LIMIT, show=str) -> str:
        """['A', 'B', 'C'] -> 'A, B en C'; beyond `limit` items the rest becomes 'N andere'. Only the items
        shown go through `show`, so a list of 2,000 organisations costs ten labels."""
        items = list(items)
        shown = [show(item) for item in (items if limit is None else items[:limit])]
        if len(shown) < len(items):
            shown.append(self("others", count=len(items) - len(shown)))
        if not shown:
            return self("none")
        if len(shown) == 1:
            return shown[0]
        return f"{', '.join(shown[:-1])} {self(word)} {shown[-1]}"

    def country(self, code: str) -> str:
        return self("country", name=self.names.get(code, code), code=code)

    def org(self, org) -> str:
        return self("org", name=org.name, country=self.names.get(org.country, org.country), code=org.country)

    def countries(self, codes) -> str:
        return self.join(codes, show=self.country)

    def orgs(self, orgs) -> str:
        return self.join(orgs, show=self.org)

    def types(self, types, article: bool = False) -> str:
        """The enterprise or VET side of a year, e.g. 'onderneming of organisatie die de sector vertegenwoordigt'
        ('een onderneming of een organisatie ...' with `article`, for "add a partner that is ...")."""
        prefix = "type-a-" if article else "type-"
        return self.join([self(prefix + name) for name in types], word="or", limit=None)


class QuietTexts(Texts):
    """Says nothing: for the runs under other readings, whose statuses count but whose words are never shown."""

    quiet = True

    def __call__(self, key: str, /, **params: object) -> str:
        return ""

    def join(self, items, word: str = "and", limit: int | None = LIST_LIMIT, show=str) -> str:
        return ""
