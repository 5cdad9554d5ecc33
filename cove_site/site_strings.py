"""Short interface texts the page templates share, in the three site languages (looked up by key)."""

STRINGS: dict[str, dict[str, str]] = {
    "brussels_time": {"nl": "Brusselse tijd", "en": "Brussels time", "fr": "heure de Bruxelles"},
    "unknown": {"nl": "niet bekend", "en": "not known", "fr": "non connu"},
    "unknown_hint": {
        "nl": "Geen bron die we konden raadplegen publiceert dit gegeven.",
        "en": "No source we could consult publishes this fact.",
        "fr": "Aucune source que nous avons pu consulter ne publie cette donnée.",
    },
    "status_unconfirmed": {"nl": "niet bevestigd", "en": "unconfirmed", "fr": "non confirmé"},
    "status_unconfirmed_hint": {
        "nl": "Alleen bronnen van derden vermelden dit; geen EU-bron of nationaal agentschap.",
        "en": "Only third-party sources state this; no EU source or national agency does.",
        "fr": "Seules des sources tierces l'indiquent ; aucune source de l'UE ni agence nationale.",
    },
    "status_inferred": {"nl": "afgeleid", "en": "inferred", "fr": "déduit"},
    "status_inferred_hint": {
        "nl": "Geen bron vermeldt dit voor dit jaar; het is afgeleid uit andere jaren of bronnen.",
        "en": "No source states this for this year; it is inferred from other years or sources.",
        "fr": "Aucune source ne l'indique pour cette année ; c'est déduit d'autres années ou sources.",
    },
    "source": {"nl": "Bron", "en": "Source", "fr": "Source"},
    "sources": {"nl": "Bronnen", "en": "Sources", "fr": "Sources"},
    "months": {"nl": "{n} maanden", "en": "{n} months", "fr": "{n} mois"},
    "partners_countries": {
        "nl": "{partners} volwaardige partners uit {countries} landen",
        "en": "{partners} full partners from {countries} countries",
        "fr": "{partners} partenaires à part entière de {countries} pays",
    },
    "key_facts": {"nl": "De oproep in het kort", "en": "The call at a glance", "fr": "L'appel en bref"},
    "fact": {"nl": "Gegeven", "en": "Fact", "fr": "Donnée"},
    "value": {"nl": "Waarde", "en": "Value", "fr": "Valeur"},
    "deadline": {"nl": "Uiterste indieningsdatum", "en": "Deadline", "fr": "Date limite de dépôt"},
    "max_grant": {"nl": "Maximale subsidie per project", "en": "Maximum grant per project", "fr": "Subvention maximale par projet"},
    "duration": {"nl": "Projectduur", "en": "Project duration", "fr": "Durée du projet"},
    "min_partnership": {"nl": "Minimale samenstelling", "en": "Minimum partnership", "fr": "Partenariat minimal"},
    "call_budget": {"nl": "Budget van de oproep", "en": "Call budget", "fr": "Budget de l'appel"},
    "call_id": {"nl": "Oproepcode", "en": "Call identifier", "fr": "Identifiant de l'appel"},
    "agency": {"nl": "Beheerd door", "en": "Managed by", "fr": "Géré par"},
    "programme_guide": {"nl": "Referentiedocument", "en": "Reference document", "fr": "Document de référence"},
    "eu_member_states": {"nl": "EU-lidstaten", "en": "EU Member States", "fr": "États membres de l'UE"},
    "associated_countries": {
        "nl": "Met het programma geassocieerde derde landen",
        "en": "Third countries associated to the Programme",
        "fr": "Pays tiers associés au programme",
    },
    "excluded_countries": {
        "nl": "Uitgesloten landen", "en": "Excluded countries", "fr": "Pays exclus",
    },
    "third_party_source": {"nl": "bron van derden", "en": "third-party source", "fr": "source tierce"},
    "none": {"nl": "geen", "en": "none", "fr": "aucun"},
    "year_facts": {"nl": "Gegevens voor {year}", "en": "Facts for {year}", "fr": "Données pour {year}"},
    "cited_by": {"nl": "Gebruikt voor", "en": "Used for", "fr": "Utilisée pour"},
}


def text(key: str, lang: str, **params) -> str:
    """The string `key` in `lang`, with `params` filled in."""
    return STRINGS[key][lang].format(**params) if params else STRINGS[key][lang]
