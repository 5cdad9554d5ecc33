"""How this checker reads the call text where it is silent or ambiguous: written down once, here.

`READINGS` is data so the site's rules page can render it in each language. The entries whose id starts
with `reading-` are the documented other readings (rules.Reading flags): a rule not met as the checker reads
the call but met under them, applied together, is "depends", never "fail" (verdict.py).
"""

from __future__ import annotations

from .typography import typeset

# The documented reading behind each rules.Reading flag.
READING_IDS: dict[str, str] = {
    "affiliated_in_composition": "reading-affiliated-entities",
    "higher_education_as_vet": "reading-higher-education",
    "composition_in_min_countries": "reading-composition-min-countries",
    "non_associated_count": "reading-non-associated-partners",
    "employer_as_enterprise": "reading-other-employers",
    "public_authority_as_vet": "reading-public-authorities",
    "tertiary_focus_only": "reading-tertiary-focus",
}

READINGS: list[dict[str, str]] = [
    {
        "id": "outcomes",
        "nl": "Elke regel krijgt een van vier uitkomsten. Voldaan: de regel is nageleefd zoals de subsidiabiliteitstoets de oproep "
              "leest. Niet voldaan: de regel is niet nageleefd, ook niet onder de andere lezingen hieronder samen, "
              "en de waarden waarop hij steunt, zijn voor dat jaar door een officiële bron bevestigd. Na te gaan: "
              "de regel is niet nageleefd zoals de subsidiabiliteitstoets de oproep leest, maar wel onder een andere lezing, of hij "
              "steunt op een waarde die voor dat jaar niet bevestigd is; de subsidiabiliteitstoets zegt wat u moet nagaan. "
              "Opmerking: informatie die aan geen enkele uitkomst iets verandert. Het oordeel is „voldoet niet” "
              "zodra aan één regel niet voldaan is, anders „hangt ervan af” zodra één regel na te gaan is, en "
              "anders „voldoet”.",
        "en": "Every rule gets one of four outcomes. Met: the rule is met as the checker reads the call. Not met: "
              "the rule is not met, not even under all the other readings below together, and the values it rests "
              "on are confirmed by an official source for that year. Depends: the rule is not met as the checker "
              "reads the call but is met under another reading, or it rests on a value not confirmed for that "
              "year; the checker says what to verify. Note: information that changes no outcome. The verdict is "
              "\"does not meet\" as soon as one rule is not met, otherwise \"depends\" as soon as one rule depends, "
              "and otherwise \"meets\".",
        "fr": "Chaque règle reçoit l'un de quatre résultats. Respectée : la règle est respectée selon la lecture de "
              "l'appel retenue par le vérificateur d'éligibilité. Non respectée : la règle n'est pas respectée, même sous toutes les "
              "autres lectures ci-dessous réunies, et les valeurs sur lesquelles elle repose sont confirmées par "
              "une source officielle pour l'année. À vérifier : la règle n'est pas respectée selon la lecture "
              "retenue, mais l'est sous une autre lecture, ou elle repose sur une valeur non confirmée pour l'année "
              "; le vérificateur d'éligibilité indique ce qu'il faut vérifier. Remarque : une information qui ne change aucun résultat. "
              "Le verdict est « ne respecte pas » dès qu'une règle n'est pas respectée, sinon « à vérifier » dès "
              "qu'une règle est à vérifier, et sinon « respecte ».",
    },
    {
        "id": "reading-affiliated-entities",
        "nl": "Gelieerde entiteiten tellen nooit mee voor het minimumaantal volwaardige partners. De subsidiabiliteitstoets telt ze "
              "ook niet mee voor de onderneming en de aanbieder van beroepsonderwijs en -opleiding die elk land "
              "nodig heeft. Andere lezing: ze tellen wel mee voor de samenstelling van hun land.",
        "en": "Affiliated entities never count towards the minimum number of full partners. The checker does not "
              "count them for the enterprise and the VET provider each country needs either. Other reading: they "
              "do count for their country's composition.",
        "fr": "Les entités affiliées ne comptent jamais pour le nombre minimal de partenaires à part entière. Le vérificateur d'éligibilité "
              "ne les compte pas non plus pour l'entreprise et le prestataire d'EFP requis dans chaque pays. Autre "
              "lecture : elles comptent pour la composition de leur pays.",
    },
    {
        "id": "reading-higher-education",
        "nl": "Een organisatie die als instelling voor hoger onderwijs is opgegeven, telt niet als aanbieder van "
              "beroepsonderwijs en -opleiding. Andere lezing: ze telt als aanbieder van beroepsonderwijs en "
              "-opleiding op tertiair niveau. De oproep noemt aanbieders „op secundair en/of tertiair niveau”, "
              "zoals hogescholen en polytechnische instituten: biedt een instelling beroepsgerichte opleidingen "
              "aan, geef haar dan op als aanbieder van beroepsonderwijs en -opleiding.",
        "en": "An organisation declared as a higher education institution does not count as a VET provider. Other "
              "reading: it counts as a VET provider at tertiary level. The call speaks of VET providers \"at "
              "secondary and/or tertiary level\", such as universities of applied sciences and polytechnics: an "
              "institution that offers professional programmes should be declared as a VET provider.",
        "fr": "Une organisation déclarée comme établissement d'enseignement supérieur ne compte pas comme "
              "prestataire d'EFP. Autre lecture : elle compte comme prestataire d'EFP de niveau tertiaire. L'appel "
              "parle de prestataires d'EFP « de niveau secondaire et/ou tertiaire », comme les hautes écoles et les "
              "instituts polytechniques : un établissement qui offre des formations professionnalisantes doit être "
              "déclaré comme prestataire d'EFP.",
    },
    {
        "id": "reading-composition-min-countries",
        "nl": "Elk land met volwaardige partners die meetellen, heeft onder die partners een onderneming en een "
              "aanbieder van beroepsonderwijs en -opleiding nodig. Andere lezing: het is genoeg dat het "
              "minimumaantal landen van de oproep (bijvoorbeeld 4) die beide heeft, wat de organisaties in de "
              "andere landen ook zijn.",
        "en": "Every country with full partners that count needs an enterprise and a VET provider among them. Other "
              "reading: it is enough that the call's minimum number of countries (for example 4) have both, "
              "whatever the organisations in the other countries are.",
        "fr": "Chaque pays représenté par des partenaires à part entière pris en compte doit compter parmi eux une "
              "entreprise et un prestataire d'EFP. Autre lecture : il suffit que le nombre minimal de pays fixé par "
              "l'appel (par exemple 4) les aient tous deux, quelles que soient les organisations des autres pays.",
    },
    {
        "id": "reading-non-associated-partners",
        "nl": "Organisaties uit niet met het programma geassocieerde derde landen mogen volwaardige partner zijn, "
              "maar de subsidiabiliteitstoets telt ze niet mee voor het minimumaantal volwaardige partners, het aantal landen of de "
              "samenstelling per land. Andere lezing: ze tellen mee voor het minimumaantal volwaardige partners "
              "(nooit voor het aantal landen).",
        "en": "Organisations from third countries not associated to the Programme may be full partners, but the "
              "checker does not count them towards the minimum number of full partners, the number of countries or "
              "the composition per country. Other reading: they count towards the minimum number of full partners "
              "(never towards the number of countries).",
        "fr": "Les organisations de pays tiers non associés au programme peuvent être partenaires à part entière, "
              "mais le vérificateur d'éligibilité ne les compte pas pour le nombre minimal de partenaires à part entière, le nombre de "
              "pays ou la composition par pays. Autre lecture : elles comptent pour le nombre minimal de "
              "partenaires à part entière (jamais pour le nombre de pays).",
    },
    {
        "id": "reading-other-employers",
        "nl": "In de jaren waarin de oproep alleen ondernemingen, de industrie en organisaties die de sector "
              "vertegenwoordigen noemt, telt een andere werkgever (zoals een ziekenhuis) niet mee aan de kant van "
              "het bedrijfsleven. Andere lezing: hij telt wel mee, zoals de oproepen vanaf 2024 uitdrukkelijk "
              "zeggen.",
        "en": "In the years whose call names only enterprises, industry and sector representative organisations, "
              "another employer (such as a hospital) does not count on the enterprise side. Other reading: it does "
              "count, as the calls from 2024 say explicitly.",
        "fr": "Les années où l'appel ne cite que les entreprises, l'industrie et les organisations représentatives du "
              "secteur, un autre employeur (comme un hôpital) ne compte pas du côté des entreprises. Autre lecture : "
              "il compte, comme le disent expressément les appels à partir de 2024.",
    },
    {
        "id": "reading-public-authorities",
        "nl": "Een organisatie die als overheidsinstantie is opgegeven, telt niet als aanbieder van "
              "beroepsonderwijs en -opleiding. Andere lezing: een overheidsinstantie die de deelnemende scholen "
              "voor beroepsonderwijs bestuurt (in sommige landen hebben openbare scholen geen eigen "
              "rechtspersoonlijkheid), telt als hun aanbieder.",
        "en": "An organisation declared as a public authority does not count as a VET provider. Other reading: a "
              "public body that runs the VET schools taking part (in some countries public schools have no legal "
              "personality of their own) counts as their provider.",
        "fr": "Une organisation déclarée comme autorité publique ne compte pas comme prestataire d'EFP. Autre "
              "lecture : un organisme public qui gère les établissements d'EFP participants (dans certains pays, "
              "les établissements publics n'ont pas de personnalité juridique propre) compte comme leur "
              "prestataire.",
    },
    {
        "id": "reading-tertiary-focus",
        "nl": "Een project dat zich ook maar op één EQF-niveau van 6 tot en met 8 richt, geldt als gericht op "
              "tertiair niveau en heeft dus ook een niveau van 3 tot en met 5 en een sterke component "
              "werkplekleren nodig. Andere lezing: een project dat zich ook op lagere niveaus richt, is niet op "
              "tertiair niveau gericht en heeft die component niet per se nodig.",
        "en": "A project that targets any EQF level from 6 to 8 counts as focusing on tertiary level, so it also "
              "needs a level from 3 to 5 and a strong work-based learning component. Other reading: a project that "
              "also targets lower levels does not focus on tertiary level and does not necessarily need that "
              "component.",
        "fr": "Un projet qui vise ne serait-ce qu'un niveau du CEC de 6 à 8 est considéré comme axé sur le niveau "
              "tertiaire ; il lui faut donc aussi un niveau de 3 à 5 et une forte composante d'apprentissage en "
              "milieu professionnel. Autre lecture : un projet qui vise aussi des niveaux inférieurs n'est pas axé "
              "sur le niveau tertiaire et n'a pas forcément besoin de cette composante.",
    },
    {
        "id": "full-partners",
        "nl": "Volwaardige partners zijn de coördinator en de organisaties met de rol volwaardige partner. "
              "Geassocieerde partners tellen nooit mee. Heeft een partnerschap meer dan één coördinator, dan is "
              "niet voldaan aan de regel over de coördinator en tellen ze allemaal als volwaardige partner.",
        "en": "Full partners are the coordinator and the organisations with the role full partner. Associated "
              "partners never count. When a partnership has more than one coordinator, the coordinator rule is not "
              "met and all of them count as full partners.",
        "fr": "Les partenaires à part entière sont le coordinateur et les organisations ayant le rôle de partenaire "
              "à part entière. Les partenaires associés ne comptent jamais. Si un partenariat a plus d'un "
              "coordinateur, la règle sur le coordinateur n'est pas respectée et tous comptent comme partenaires à "
              "part entière.",
    },
    {
        "id": "declared-types",
        "nl": "De subsidiabiliteitstoets gaat uit van het soort organisatie dat de aanvrager voor elke organisatie opgeeft en raadt "
              "niets op basis van namen. Welke soorten aan de kant van het bedrijfsleven meetellen, bepalen de "
              "gegevens van elk jaar (andere werkgevers alleen in de jaren waarin de oproep ze noemt).",
        "en": "The checker uses the type the applicant declares for each organisation and guesses nothing from "
              "names. Which types count on the enterprise side is set by each year's data (other employers only in "
              "the years whose call names them).",
        "fr": "Le vérificateur d'éligibilité se fie au type déclaré par le demandeur pour chaque organisation et ne devine rien à partir "
              "des noms. Les types qui comptent du côté des entreprises sont fixés par les données de chaque année "
              "(les autres employeurs seulement les années où l'appel les mentionne).",
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
        "nl": "Een organisatie uit een land dat in een jaar is uitgesloten (zoals Belarus en Rusland), mag in geen "
              "enkele rol deelnemen; ze telt ook nergens mee.",
        "en": "An organisation from a country excluded in a year (such as Belarus and Russia) may not take part in "
              "any role; it does not count anywhere either.",
        "fr": "Une organisation d'un pays exclu une année donnée (comme la Biélorussie et la Russie) ne peut "
              "participer dans aucun rôle ; elle n'est pas non plus prise en compte.",
    },
    {
        "id": "unconfirmed-values",
        "nl": "Bevestigt geen officiële bron een waarde voor een jaar (alleen bronnen van derden, of afgeleid uit "
              "andere jaren), dan zegt de subsidiabiliteitstoets dat één keer boven de uitkomsten. Een regel die op zo'n waarde "
              "steunt, is na te gaan als er niet aan voldaan is, en een opmerking als er wel aan voldaan is. Een "
              "jaar waarvoor niet bekend is of er een minimumaantal EU-lidstaten geldt, krijgt die regel niet.",
        "en": "When no official source confirms a value for a year (only third-party sources, or inferred from other "
              "years), the checker says so once, above the findings. A rule resting on such a value depends when "
              "it is not met and is a note when it is met. A year for which it is not known whether a minimum "
              "number of EU Member States applies does not get that rule.",
        "fr": "Lorsqu'aucune source officielle ne confirme une valeur pour une année (seulement des sources tierces, "
              "ou une déduction d'autres années), le vérificateur d'éligibilité le dit une fois, au-dessus des résultats. Une règle qui "
              "repose sur une telle valeur est à vérifier lorsqu'elle n'est pas respectée, et une remarque "
              "lorsqu'elle l'est. Une année pour laquelle on ne sait pas si un nombre minimal d'États membres de "
              "l'UE s'applique n'a pas cette règle.",
    },
    {
        "id": "eqf-levels",
        "nl": "De EQF-niveaus zijn de niveaus waarop het project zich richt. Tertiair niveau is het bereik van het "
              "jaar (2022: 6 tot en met 8); een lager niveau is er een van het minimum tot het bovenste lagere "
              "niveau (2022: 3 tot en met 5).",
        "en": "The EQF levels are the levels the project targets. Tertiary is the year's range (2022: 6 to 8); a "
              "lower level is one from the minimum to the highest lower level (2022: 3 to 5).",
        "fr": "Les niveaux du CEC sont ceux que vise le projet. Le niveau tertiaire est la plage de l'année (2022 : "
              "6 à 8) ; un niveau inférieur va du minimum au plus haut niveau inférieur (2022 : 3 à 5).",
    },
]

# As each language writes it: the French spacing rule of the engine's sentences (issue 14).
READINGS = [{key: typeset(text, key) for key, text in entry.items()} for entry in READINGS]
