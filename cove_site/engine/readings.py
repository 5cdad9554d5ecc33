"""How this checker reads the call text where it is silent or ambiguous: written down once, here.

`READINGS` is data so the site's rules page can render it in each language. The readings whose id starts
with `reading-` also become `warn` findings, but only when the partnership contains the case they are
about; such a finding says what would change under the other reading, by running the rules again.
"""

from __future__ import annotations

from .messages import Texts
from .partnership import Partnership
from .rules import WARN, Reading, Year, statuses

READINGS: list[dict[str, str]] = [
    {
        "id": "reading-non-associated-partners",
        "nl": "Organisaties uit niet met het programma geassocieerde derde landen mogen volwaardige partner zijn, "
              "maar de checker telt ze niet mee voor het minimumaantal volwaardige partners, het aantal landen of "
              "de samenstelling per land. Komen ze in een partnerschap voor, dan meldt de checker wat er zou "
              "veranderen als ze wel meetelden.",
        "en": "Organisations from third countries not associated to the Programme may be full partners, but the "
              "checker does not count them towards the minimum number of full partners, the number of countries "
              "or the composition per country. When a partnership has them, the checker says what would change if "
              "they did count.",
        "fr": "Les organisations de pays tiers non associés au programme peuvent être partenaires à part entière, "
              "mais l'outil ne les prend pas en compte pour le nombre minimal de partenaires à part entière, le "
              "nombre de pays ou la composition par pays. Si un partenariat en compte, l'outil indique ce qui "
              "changerait s'ils étaient pris en compte.",
    },
    {
        "id": "reading-affiliated-entities",
        "nl": "Gelieerde entiteiten tellen nooit mee voor de minimale samenstelling, ook niet voor de onderneming "
              "en de aanbieder van beroepsonderwijs en -opleiding die elk land nodig heeft. Komen ze in een "
              "partnerschap voor, dan meldt de checker wat er zou veranderen als ze wel meetelden voor hun land.",
        "en": "Affiliated entities never count towards the minimum composition, not even for the enterprise and the "
              "VET provider each country needs. When a partnership has them, the checker says what would change if "
              "they counted for their country.",
        "fr": "Les entités affiliées ne sont jamais prises en compte pour la composition minimale, pas même pour "
              "l'entreprise et le prestataire d'EFP requis dans chaque pays. Si un partenariat en compte, l'outil "
              "indique ce qui changerait si elles étaient prises en compte pour leur pays.",
    },
    {
        "id": "full-partners",
        "nl": "Volwaardige partners zijn de coördinator en de organisaties met de rol volwaardige partner. "
              "Geassocieerde partners tellen nooit mee. Heeft een partnerschap meer dan één coördinator, dan faalt "
              "de regel over de coördinator en tellen ze allemaal als volwaardige partner.",
        "en": "Full partners are the coordinator and the organisations with the role full partner. Associated "
              "partners never count. When a partnership has more than one coordinator, the coordinator rule fails "
              "and all of them count as full partners.",
        "fr": "Les partenaires à part entière sont le coordinateur et les organisations ayant le rôle de partenaire "
              "à part entière. Les partenaires associés ne sont jamais pris en compte. Si un partenariat a plus "
              "d'un coordinateur, la règle sur le coordinateur n'est pas respectée et tous comptent comme "
              "partenaires à part entière.",
    },
    {
        "id": "country-composition",
        "nl": "De eis van een onderneming en een aanbieder van beroepsonderwijs en -opleiding per land geldt voor "
              "elke EU-lidstaat en elk met het programma geassocieerd derde land met een volwaardige partner die "
              "meetelt. Welke organisatietypen aan de kant van het bedrijfsleven tellen, bepalen de gegevens van "
              "elk jaar (andere werkgevers alleen in de jaren waarin de oproep ze noemt).",
        "en": "The requirement of an enterprise and a VET provider per country applies to every EU Member State and "
              "every third country associated to the Programme with a full partner that counts. Which organisation "
              "types count on the enterprise side is set by each year's data (other employers only in the years "
              "whose call names them).",
        "fr": "L'exigence d'une entreprise et d'un prestataire d'EFP par pays s'applique à chaque État membre de "
              "l'UE et à chaque pays tiers associé au programme ayant un partenaire à part entière pris en compte. "
              "Les types d'organisation qui comptent du côté des entreprises sont fixés par les données de chaque "
              "année (les autres employeurs seulement les années où l'appel les mentionne).",
    },
    {
        "id": "declared-types",
        "nl": "De checker gaat uit van het type dat de aanvrager voor elke organisatie opgeeft en raadt geen "
              "typen op basis van namen. Een hogeschool die tertiair beroepsonderwijs aanbiedt, telt als aanbieder "
              "van beroepsonderwijs en -opleiding als zij zo is opgegeven.",
        "en": "The checker uses the type the applicant declares for each organisation and does not guess types from "
              "names. A university of applied sciences that offers tertiary VET counts as a VET provider when it is "
              "declared as one.",
        "fr": "L'outil se fie au type déclaré par le demandeur pour chaque organisation et ne devine aucun type à "
              "partir des noms. Un établissement qui offre de l'EFP de niveau tertiaire compte comme prestataire "
              "d'EFP s'il est déclaré comme tel.",
    },
    {
        "id": "country-codes",
        "nl": "Landcodes zijn ISO 3166-1-codes in hoofd- of kleine letters; de EU-codes EL (Griekenland) en UK "
              "(Verenigd Koninkrijk) worden aanvaard als GR en GB. XK (Kosovo) is een geldig, niet met het "
              "programma geassocieerd derde land.",
        "en": "Country codes are ISO 3166-1 codes in any case; the EU's codes EL (Greece) and UK (United Kingdom) "
              "are accepted as GR and GB. XK (Kosovo) is a valid third country not associated to the Programme.",
        "fr": "Les codes pays sont des codes ISO 3166-1, en majuscules ou minuscules ; les codes de l'UE EL (Grèce) "
              "et UK (Royaume-Uni) sont acceptés comme GR et GB. XK (Kosovo) est un pays tiers non associé au "
              "programme valide.",
    },
    {
        "id": "excluded-countries",
        "nl": "Organisaties uit een land dat in een jaar is uitgesloten (zoals Belarus en Rusland), laten de regel "
              "excluded-country falen, in welke rol ook; ze tellen ook nergens mee.",
        "en": "Organisations from a country excluded in a year (such as Belarus and Russia) make the rule "
              "excluded-country fail, whatever their role; they do not count anywhere either.",
        "fr": "Les organisations d'un pays exclu une année donnée (comme la Biélorussie et la Russie) font échouer "
              "la règle excluded-country, quel que soit leur rôle ; elles ne sont pas non plus prises en compte.",
    },
    {
        "id": "unconfirmed-rules",
        "nl": "Is een regel voor een jaar niet door een bron bevestigd, dan meldt de checker haar als "
              "aandachtspunt in plaats van als voldaan of niet voldaan, met de uitkomst die ze zou hebben. Een jaar "
              "zonder minimumaantal EU-lidstaten laat die regel slagen en zegt dat.",
        "en": "When a rule is not confirmed by a source for a year, the checker reports it as a warning instead of "
              "met or not met, with the result it would have. A year without a minimum number of EU Member States "
              "passes that rule and says so.",
        "fr": "Lorsqu'une règle n'est confirmée par aucune source pour une année, l'outil la signale comme point "
              "d'attention au lieu de respectée ou non respectée, avec le résultat qu'elle aurait. Une année sans "
              "nombre minimal d'États membres de l'UE fait passer cette règle et le dit.",
    },
    {
        "id": "eqf-levels",
        "nl": "De EQF-niveaus zijn de niveaus waarop het project zich richt. Tertiair niveau is het bereik van het "
              "jaar (2022: 6 tot en met 8); een lager niveau is er een van het minimum tot het bovenste lagere "
              "niveau (2022: 3 tot en met 5).",
        "en": "The EQF levels are the levels the project targets. Tertiary is the year's range (2022: 6 to 8); a "
              "lower level is one from the minimum to the highest lower level (2022: 3 to 5).",
        "fr": "Les niveaux CEC sont ceux que vise le projet. Le niveau tertiaire est la plage de l'année (2022 : 6 "
              "à 8) ; un niveau inférieur va du minimum au plus haut niveau inférieur (2022 : 3 à 5).",
    },
]


def _other_reading(key: str, orgs, flag: str, partnership: Partnership, year: Year, texts: Texts,
                   current: dict) -> str:
    """The reading's sentence and what would change if `flag` were switched to the other reading."""
    other = statuses(partnership, year, texts, Reading(**{flag: True}))
    changes = [texts("change", rule=rule, old=texts(f"outcome-{old}"), new=texts(f"outcome-{other[rule][0]}"))
               for rule, (old, _) in current.items() if other[rule][0] != old]
    tail = texts(f"{key}-changed", changes=texts.join(changes, limit=None)) if changes else texts(f"{key}-same")
    return f"{texts(key, orgs=texts.orgs(orgs))} {tail}"


def reading_findings(partnership: Partnership, year: Year, texts: Texts, current: dict) -> list[dict]:
    """The `warn` findings for the readings this partnership actually runs into."""
    found = []
    groups = year.groups
    non_associated = [org for org in partnership.organisations
                      if org.is_full_partner and groups.group(org.country) == "non-associated"]
    if non_associated:
        found.append(("reading-non-associated-partners",
                      _other_reading("reading-non-associated", non_associated, "non_associated_count",
                                     partnership, year, texts, current)))
    affiliated = [org for org in partnership.organisations if org.role == "affiliated-entity"]
    if affiliated:
        found.append(("reading-affiliated-entities",
                      _other_reading("reading-affiliated", affiliated, "affiliated_in_composition",
                                     partnership, year, texts, current)))
    return [{"rule": rule, "status": WARN, "message": message} for rule, message in found]
