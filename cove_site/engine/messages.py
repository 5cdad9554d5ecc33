"""Every sentence the checker says, in nl, en and fr, looked up by key with the same placeholders.

Official Erasmus+ terms are used on purpose (volwaardige partners / full partners / partenaires à part
entière, ...). Texts are plain: renderers escape them. French sentences put country names after a colon
or in a list, so no article ("la", "les", "aux") is ever needed.
"""

from __future__ import annotations

LANGS = ("nl", "en", "fr")

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "and": "en",
        "or": "of",
        "others": "{count} andere",
        "none": "geen",
        "org": "{name} ({country}, {code})",
        "country": "{name} ({code})",
        "type-vet-provider": "aanbieder van beroepsonderwijs en -opleiding",
        "type-enterprise": "onderneming",
        "type-sector-representative": "organisatie die de sector vertegenwoordigt",
        "type-employer": "andere werkgever",
        "type-higher-education": "instelling voor hoger onderwijs",
        "type-public-authority": "overheidsinstantie",
        "type-research": "onderzoeksinstelling",
        "type-other": "andere organisatie",
        "outcome-pass": "voldaan",
        "outcome-fail": "niet voldaan",
        "status-pass": "VOLDAAN",
        "status-fail": "NIET VOLDAAN",
        "status-warn": "LET OP",
        "verdict-eligible": "Oproep {call}: dit partnerschap voldoet aan de formele regels die deze controle toetst.",
        "verdict-not-eligible": "Oproep {call}: dit partnerschap voldoet niet aan de formele regels.",
        "verdict-invalid": "De invoer bevat fouten; het partnerschap is niet gecontroleerd.",
        "coordinator-none": "Het partnerschap heeft geen coördinator; er moet precies één coördinator zijn.",
        "coordinator-many": "Het partnerschap heeft {count} coördinatoren ({orgs}); er mag er maar één zijn.",
        "coordinator-outside": "De coördinator, {org}, is gevestigd in een niet met het programma geassocieerd derde land; "
                               "de coördinator moet gevestigd zijn in een EU-lidstaat of in een met het programma "
                               "geassocieerd derde land.",
        "coordinator-eu": "De coördinator, {org}, is gevestigd in een EU-lidstaat.",
        "coordinator-associated": "De coördinator, {org}, is gevestigd in een met het programma geassocieerd derde land.",
        "full-partners-pass": "Het aantal volwaardige partners dat meetelt (de coördinator inbegrepen) is {count}; "
                              "dat voldoet aan het minimum van {min}.",
        "full-partners-fail": "Het aantal volwaardige partners dat meetelt (de coördinator inbegrepen) is {count}, "
                              "minder dan het minimum van {min}.",
        "not-counted-non-associated": "Deze volwaardige partners tellen niet mee, omdat ze gevestigd zijn in een niet "
                                      "met het programma geassocieerd derde land: {orgs}.",
        "not-counted-excluded": "Deze volwaardige partners tellen niet mee, omdat ze gevestigd zijn in een land dat van "
                                "deze oproep is uitgesloten: {orgs}.",
        "not-counted-affiliated": "Deze gelieerde entiteiten tellen niet mee, omdat een gelieerde entiteit geen "
                                  "volwaardige partner is: {orgs}.",
        "not-counted-associated": "Deze geassocieerde partners tellen niet mee, omdat een geassocieerde partner geen "
                                  "volwaardige partner is: {orgs}.",
        "countries-pass": "Het aantal EU-lidstaten en met het programma geassocieerde derde landen met volwaardige "
                          "partners die meetellen is {count} ({countries}); dat voldoet aan het minimum van {min}.",
        "countries-fail": "Het aantal EU-lidstaten en met het programma geassocieerde derde landen met volwaardige "
                          "partners die meetellen is {count} ({countries}), minder dan het minimum van {min}.",
        "eu-none": "Voor de oproep {call} geldt geen minimumaantal EU-lidstaten.",
        "eu-pass": "Het aantal EU-lidstaten met volwaardige partners die meetellen is {count} ({countries}); "
                   "dat voldoet aan het minimum van {min}.",
        "eu-fail": "Het aantal EU-lidstaten met volwaardige partners die meetellen is {count} ({countries}), "
                   "minder dan het minimum van {min}.",
        "composition-pass": "Elk land met volwaardige partners die meetellen heeft onder die partners ten minste één "
                            "{enterprise_side} en ten minste één {vet_side}.",
        "composition-empty": "Er zijn geen volwaardige partners die meetellen, dus er is geen land waarvan de "
                             "samenstelling gecontroleerd kan worden.",
        "composition-fail": "Elk land met volwaardige partners die meetellen moet onder die partners ten minste één "
                            "{enterprise_side} en ten minste één {vet_side} hebben.",
        "lacks-enterprise": "{country} heeft onder zijn volwaardige partners geen {enterprise_side}.",
        "lacks-vet": "{country} heeft onder zijn volwaardige partners geen {vet_side}.",
        "lacks-both": "{country} heeft onder zijn volwaardige partners geen {enterprise_side} en geen {vet_side}.",
        "eqf-none": "Het project noemt geen EQF-niveau; het moet zich richten op ten minste één niveau van {min} "
                    "tot en met {max}.",
        "eqf-outside": "Deze EQF-niveaus van het project vallen buiten het bereik van {min} tot en met {max}: {levels}.",
        "eqf-pass": "Alle EQF-niveaus van het project ({levels}) liggen tussen {min} en {max}.",
        "tertiary-not-applicable": "Het project richt zich niet op EQF-niveau {tmin} tot en met {max}, dus deze regel "
                                   "is niet van toepassing.",
        "lower-level-pass": "Het project richt zich op tertiair niveau ({tertiary}) en ook op een niveau van {min} "
                            "tot en met {lmax} ({lower}).",
        "lower-level-fail": "Het project richt zich op tertiair niveau ({tertiary}) maar op geen enkel niveau van "
                            "{min} tot en met {lmax}; een project op EQF-niveau {tmin} tot en met {max} moet ook ten "
                            "minste één niveau van {min} tot en met {lmax} omvatten.",
        "work-based-pass": "Het project richt zich op tertiair niveau ({tertiary}) en heeft een sterke werkgebaseerde "
                           "component (work_based_learning: true).",
        "work-based-fail": "Het project richt zich op tertiair niveau ({tertiary}) maar vermeldt geen sterke "
                           "werkgebaseerde component; een project op EQF-niveau {tmin} tot en met {max} moet die "
                           "hebben (work_based_learning: true).",
        "excluded-none": "Voor de oproep {call} zijn geen landen uitgesloten.",
        "excluded-pass": "Geen enkele organisatie is gevestigd in een uitgesloten land ({countries}).",
        "excluded-fail": "Deze organisaties zijn gevestigd in een land dat van de oproep {call} is uitgesloten "
                         "({countries}) en mogen in geen enkele rol deelnemen: {orgs}.",
        "unconfirmed": "Deze regel is voor de oproep {call} niet door een bron bevestigd. Als hij geldt, is hij "
                       "{outcome}: {message}",
        "change": "{rule} (van {old} naar {new})",
        "reading-non-associated": "Gehanteerde lezing: volwaardige partners die gevestigd zijn in een niet met het "
                                  "programma geassocieerd derde land, tellen niet mee voor het minimumaantal "
                                  "volwaardige partners: {orgs}.",
        "reading-non-associated-same": "Als ze wel meetelden, zou de uitkomst niet veranderen.",
        "reading-non-associated-changed": "Als ze wel meetelden, zou de uitkomst veranderen voor {changes}.",
        "reading-affiliated": "Gehanteerde lezing: gelieerde entiteiten tellen niet mee voor de vereiste samenstelling "
                              "van hun land: {orgs}.",
        "reading-affiliated-same": "Als ze wel meetelden, zou de uitkomst niet veranderen.",
        "reading-affiliated-changed": "Als ze wel meetelden, zou de uitkomst veranderen voor {changes}.",
        "kind-mapping": "een verzameling sleutels en waarden",
        "kind-list": "een lijst",
        "kind-text": "tekst",
        "kind-integer": "een geheel getal",
        "kind-boolean": "true of false",
        "found-text": "de tekst '{value}'",
        "found-number": "het getal {value}",
        "found-boolean": "de waarde {value}",
        "found-null": "een lege waarde",
        "found-other": "een waarde van het soort {value}",
        "error-root": "de invoer moet een partnerschap zijn ({expected} met de sleutels {keys}), niet {found}",
        "error-kind": "moet {expected} zijn, niet {found}",
        "error-missing": "verplichte sleutel '{key}' ontbreekt",
        "error-unknown-key": "onbekende sleutel '{key}'; toegestaan zijn {keys}",
        "error-country": "onbekende landcode '{value}'",
        "error-role": "onbekende rol '{value}'; kies uit {allowed}",
        "error-org-type": "onbekend organisatietype '{value}'; kies uit {allowed}",
        "error-empty-name": "de naam mag niet leeg zijn",
        "error-eqf": "EQF-niveau {value} bestaat niet; het EQF kent de niveaus 1 tot en met 8",
        "error-year": "voor de oproep {value} zijn geen regels bekend; beschikbare jaren: {years}",
        "error-empty": "de invoer is leeg",
        "error-unreadable": "{source} kan niet worden gelezen: {reason}",
        "error-encoding": "{source} is geen UTF-8-tekst",
        "error-syntax": "geen geldige YAML of JSON: {problem} (regel {line}, kolom {column})",
        # Hostile or oversized input (limits in cove_site/engine/limits.py).
        "error-too-large": "de invoer is groter dan {limit} MB, het maximum dat de controle leest",
        "error-too-deep": "te diep genest: meer dan {limit} niveaus van lijsten en verzamelingen (regel {line})",
        "error-duplicate-key": "de sleutel '{key}' staat twee keer in dezelfde verzameling (regel {first} en {second})",
        "error-too-many-organisations": "het partnerschap telt {count} organisaties; de controle neemt er hoogstens {limit}",
        "error-too-many": "de lijst telt {count} elementen; hoogstens {limit} zijn toegestaan",
        "error-too-long": "de tekst is {length} tekens lang; hoogstens {limit} zijn toegestaan",
        "error-too-many-values": "de invoer bevat meer dan {limit} waarden (aliassen volledig meegeteld)",
        "error-digits": "een getal met meer dan {limit} cijfers (regel {line})",
        "error-surrogate": "bevat {code}, een losse surrogaatcode die geen teken is",
        "error-alias-loop": "de alias *{name} verwijst naar een waarde die hemzelf bevat (regel {line})",
        "error-tag": "de tag {tag} wordt niet ondersteund; schrijf gewone waarden (regel {line})",
        "error-complex-key": "een sleutel moet één waarde zijn, geen lijst of verzameling (regel {line})",
        "error-more": "en nog {count} andere problemen",
        "error-not-regular": "{source} is geen gewoon bestand; geef een bestand op, of '-' voor standaardinvoer",
        "error-internal": "interne fout in de controle ({error}); meld dit alstublieft aan de beheerders",
        "error-not-utf8": "de invoer is geen UTF-8-tekst",
    },
    "en": {
        "and": "and",
        "or": "or",
        "others": "{count} others",
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
        "outcome-pass": "met",
        "outcome-fail": "not met",
        "status-pass": "PASS",
        "status-fail": "FAIL",
        "status-warn": "WARN",
        "verdict-eligible": "Call {call}: this partnership meets the formal rules this checker tests.",
        "verdict-not-eligible": "Call {call}: this partnership does not meet the formal rules.",
        "verdict-invalid": "The input has errors, so the partnership was not checked.",
        "coordinator-none": "The partnership has no coordinator; it must have exactly one.",
        "coordinator-many": "The partnership has {count} coordinators ({orgs}); it must have exactly one.",
        "coordinator-outside": "The coordinator, {org}, is established in a third country not associated to the "
                               "Programme; the coordinator must be established in an EU Member State or in a third "
                               "country associated to the Programme.",
        "coordinator-eu": "The coordinator, {org}, is established in an EU Member State.",
        "coordinator-associated": "The coordinator, {org}, is established in a third country associated to the "
                                  "Programme.",
        "full-partners-pass": "The number of full partners that count (coordinator included) is {count}, which meets "
                              "the minimum of {min}.",
        "full-partners-fail": "The number of full partners that count (coordinator included) is {count}, below the "
                              "minimum of {min}.",
        "not-counted-non-associated": "These full partners do not count, because they are established in a third "
                                      "country not associated to the Programme: {orgs}.",
        "not-counted-excluded": "These full partners do not count, because they are established in a country "
                                "excluded from this call: {orgs}.",
        "not-counted-affiliated": "These affiliated entities do not count, because an affiliated entity is not a full "
                                  "partner: {orgs}.",
        "not-counted-associated": "These associated partners do not count, because an associated partner is not a "
                                  "full partner: {orgs}.",
        "countries-pass": "The number of EU Member States and third countries associated to the Programme with full "
                          "partners that count is {count} ({countries}), which meets the minimum of {min}.",
        "countries-fail": "The number of EU Member States and third countries associated to the Programme with full "
                          "partners that count is {count} ({countries}), below the minimum of {min}.",
        "eu-none": "The {call} call sets no minimum number of EU Member States.",
        "eu-pass": "The number of EU Member States with full partners that count is {count} ({countries}), which "
                   "meets the minimum of {min}.",
        "eu-fail": "The number of EU Member States with full partners that count is {count} ({countries}), below the "
                   "minimum of {min}.",
        "composition-pass": "Every country with full partners that count has among them at least one "
                            "{enterprise_side} and at least one {vet_side}.",
        "composition-empty": "No full partners count, so there is no country whose composition could be checked.",
        "composition-fail": "Every country with full partners that count must have among them at least one "
                            "{enterprise_side} and at least one {vet_side}.",
        "lacks-enterprise": "{country} has no {enterprise_side} among its full partners.",
        "lacks-vet": "{country} has no {vet_side} among its full partners.",
        "lacks-both": "{country} has no {enterprise_side} and no {vet_side} among its full partners.",
        "eqf-none": "The project names no EQF level; it must target at least one level from {min} to {max}.",
        "eqf-outside": "These EQF levels of the project are outside the range {min} to {max}: {levels}.",
        "eqf-pass": "All the project's EQF levels ({levels}) are between {min} and {max}.",
        "tertiary-not-applicable": "The project targets no EQF level from {tmin} to {max}, so this rule does not "
                                   "apply.",
        "lower-level-pass": "The project targets tertiary levels ({tertiary}) and also a level from {min} to {lmax} "
                            "({lower}).",
        "lower-level-fail": "The project targets tertiary levels ({tertiary}) but no level from {min} to {lmax}; a "
                            "project at EQF level {tmin} to {max} must also include at least one level from {min} "
                            "to {lmax}.",
        "work-based-pass": "The project targets tertiary levels ({tertiary}) and has a strong work-based learning "
                           "component (work_based_learning: true).",
        "work-based-fail": "The project targets tertiary levels ({tertiary}) but declares no strong work-based "
                           "learning component; a project at EQF level {tmin} to {max} must have one "
                           "(work_based_learning: true).",
        "excluded-none": "No country is excluded from the {call} call.",
        "excluded-pass": "No organisation is established in an excluded country ({countries}).",
        "excluded-fail": "These organisations are established in a country excluded from the {call} call "
                         "({countries}) and may not take part in any role: {orgs}.",
        "unconfirmed": "This rule is not confirmed by a source for the {call} call. If it applies, it is {outcome}: "
                       "{message}",
        "change": "{rule} (from {old} to {new})",
        "reading-non-associated": "Reading used: full partners established in a third country not associated to the "
                                  "Programme do not count towards the minimum number of full partners: {orgs}.",
        "reading-non-associated-same": "If they counted, the result would not change.",
        "reading-non-associated-changed": "If they counted, the result would change for {changes}.",
        "reading-affiliated": "Reading used: affiliated entities do not count towards the required composition of "
                              "their country: {orgs}.",
        "reading-affiliated-same": "If they counted, the result would not change.",
        "reading-affiliated-changed": "If they counted, the result would change for {changes}.",
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
    },
    "fr": {
        "and": "et",
        "or": "ou",
        "others": "{count} autres",
        "none": "aucun",
        "org": "{name} ({country}, {code})",
        "country": "{name} ({code})",
        "type-vet-provider": "un prestataire d'EFP",
        "type-enterprise": "une entreprise",
        "type-sector-representative": "une organisation représentative du secteur",
        "type-employer": "un autre employeur",
        "type-higher-education": "un établissement d'enseignement supérieur",
        "type-public-authority": "une autorité publique",
        "type-research": "un organisme de recherche",
        "type-other": "une autre organisation",
        "outcome-pass": "respectée",
        "outcome-fail": "non respectée",
        "status-pass": "CONFORME",
        "status-fail": "NON CONFORME",
        "status-warn": "ATTENTION",
        "verdict-eligible": "Appel {call} : ce partenariat respecte les règles formelles vérifiées par cet outil.",
        "verdict-not-eligible": "Appel {call} : ce partenariat ne respecte pas les règles formelles.",
        "verdict-invalid": "Les données contiennent des erreurs ; le partenariat n'a pas été vérifié.",
        "coordinator-none": "Le partenariat n'a pas de coordinateur ; il doit en avoir exactement un.",
        "coordinator-many": "Le partenariat a {count} coordinateurs ({orgs}) ; il doit en avoir exactement un.",
        "coordinator-outside": "Le coordinateur, {org}, est établi dans un pays tiers non associé au programme ; le "
                               "coordinateur doit être établi dans un État membre de l'UE ou dans un pays tiers "
                               "associé au programme.",
        "coordinator-eu": "Le coordinateur, {org}, est établi dans un État membre de l'UE.",
        "coordinator-associated": "Le coordinateur, {org}, est établi dans un pays tiers associé au programme.",
        "full-partners-pass": "Le nombre de partenaires à part entière pris en compte (coordinateur compris) est de "
                              "{count}, ce qui atteint le minimum de {min}.",
        "full-partners-fail": "Le nombre de partenaires à part entière pris en compte (coordinateur compris) est de "
                              "{count}, en dessous du minimum de {min}.",
        "not-counted-non-associated": "Ces partenaires à part entière ne sont pas pris en compte, car ils sont établis "
                                      "dans un pays tiers non associé au programme : {orgs}.",
        "not-counted-excluded": "Ces partenaires à part entière ne sont pas pris en compte, car ils sont établis dans "
                                "un pays exclu de cet appel : {orgs}.",
        "not-counted-affiliated": "Ces entités affiliées ne sont pas prises en compte, car une entité affiliée n'est "
                                  "pas un partenaire à part entière : {orgs}.",
        "not-counted-associated": "Ces partenaires associés ne sont pas pris en compte, car un partenaire associé "
                                  "n'est pas un partenaire à part entière : {orgs}.",
        "countries-pass": "Le nombre d'États membres de l'UE et de pays tiers associés au programme représentés par "
                          "des partenaires à part entière pris en compte est de {count} ({countries}), ce qui atteint "
                          "le minimum de {min}.",
        "countries-fail": "Le nombre d'États membres de l'UE et de pays tiers associés au programme représentés par "
                          "des partenaires à part entière pris en compte est de {count} ({countries}), en dessous du "
                          "minimum de {min}.",
        "eu-none": "L'appel {call} ne fixe pas de nombre minimal d'États membres de l'UE.",
        "eu-pass": "Le nombre d'États membres de l'UE représentés par des partenaires à part entière pris en compte "
                   "est de {count} ({countries}), ce qui atteint le minimum de {min}.",
        "eu-fail": "Le nombre d'États membres de l'UE représentés par des partenaires à part entière pris en compte "
                   "est de {count} ({countries}), en dessous du minimum de {min}.",
        "composition-pass": "Chaque pays représenté par des partenaires à part entière pris en compte compte parmi eux "
                            "au moins {enterprise_side}, ainsi qu'au moins {vet_side}.",
        "composition-empty": "Aucun partenaire à part entière n'est pris en compte ; il n'y a donc aucun pays dont "
                             "la composition puisse être vérifiée.",
        "composition-fail": "Chaque pays représenté par des partenaires à part entière pris en compte doit compter "
                            "parmi eux au moins {enterprise_side}, ainsi qu'au moins {vet_side}.",
        "lacks-enterprise": "{country} : aucun partenaire à part entière n'est {enterprise_side}.",
        "lacks-vet": "{country} : aucun partenaire à part entière n'est {vet_side}.",
        "lacks-both": "{country} : aucun partenaire à part entière n'est {enterprise_side}, et aucun n'est "
                      "{vet_side}.",
        "eqf-none": "Le projet n'indique aucun niveau CEC ; il doit viser au moins un niveau de {min} à {max}.",
        "eqf-outside": "Ces niveaux CEC du projet sont en dehors de la plage de {min} à {max} : {levels}.",
        "eqf-pass": "Tous les niveaux CEC du projet ({levels}) sont compris entre {min} et {max}.",
        "tertiary-not-applicable": "Le projet ne vise aucun niveau CEC de {tmin} à {max} ; cette règle ne "
                                   "s'applique donc pas.",
        "lower-level-pass": "Le projet vise des niveaux tertiaires ({tertiary}) et aussi un niveau de {min} à {lmax} "
                            "({lower}).",
        "lower-level-fail": "Le projet vise des niveaux tertiaires ({tertiary}) mais aucun niveau de {min} à {lmax} ; "
                            "un projet de niveau CEC {tmin} à {max} doit aussi inclure au moins un niveau de {min} à "
                            "{lmax}.",
        "work-based-pass": "Le projet vise des niveaux tertiaires ({tertiary}) et comporte une forte composante "
                           "d'apprentissage en milieu professionnel (work_based_learning: true).",
        "work-based-fail": "Le projet vise des niveaux tertiaires ({tertiary}) mais ne déclare pas de forte "
                           "composante d'apprentissage en milieu professionnel ; un projet de niveau CEC {tmin} à "
                           "{max} doit en avoir une (work_based_learning: true).",
        "excluded-none": "Aucun pays n'est exclu de l'appel {call}.",
        "excluded-pass": "Aucune organisation n'est établie dans un pays exclu ({countries}).",
        "excluded-fail": "Ces organisations sont établies dans un pays exclu de l'appel {call} ({countries}) et ne "
                         "peuvent y participer dans aucun rôle : {orgs}.",
        "unconfirmed": "Cette règle n'est confirmée par aucune source pour l'appel {call}. Si elle s'applique, elle "
                       "est {outcome} : {message}",
        "change": "{rule} (de {old} à {new})",
        "reading-non-associated": "Lecture retenue : les partenaires à part entière établis dans un pays tiers non "
                                  "associé au programme ne sont pas pris en compte pour le nombre minimal de "
                                  "partenaires à part entière : {orgs}.",
        "reading-non-associated-same": "S'ils étaient pris en compte, le résultat ne changerait pas.",
        "reading-non-associated-changed": "S'ils étaient pris en compte, le résultat changerait pour {changes}.",
        "reading-affiliated": "Lecture retenue : les entités affiliées ne sont pas prises en compte pour la "
                              "composition requise de leur pays : {orgs}.",
        "reading-affiliated-same": "Si elles étaient prises en compte, le résultat ne changerait pas.",
        "reading-affiliated-changed": "Si elles étaient prises en compte, le résultat changerait pour {changes}.",
        "kind-mapping": "un ensemble de clés et de valeurs",
        "kind-list": "une liste",
        "kind-text": "du texte",
        "kind-integer": "un nombre entier",
        "kind-boolean": "true ou false",
        "found-text": "le texte « {value} »",
        "found-number": "le nombre {value}",
        "found-boolean": "la valeur {value}",
        "found-null": "une valeur vide",
        "found-other": "une valeur de type {value}",
        "error-root": "les données doivent décrire un partenariat ({expected} avec les clés {keys}), et non {found}",
        "error-kind": "doit être {expected}, et non {found}",
        "error-missing": "la clé obligatoire « {key} » est absente",
        "error-unknown-key": "clé inconnue « {key} » ; clés autorisées : {keys}",
        "error-country": "code de pays inconnu « {value} »",
        "error-role": "rôle inconnu « {value} » ; choisissez {allowed}",
        "error-org-type": "type d'organisation inconnu « {value} » ; choisissez {allowed}",
        "error-empty-name": "le nom ne peut pas être vide",
        "error-eqf": "le niveau CEC {value} n'existe pas ; le CEC compte les niveaux 1 à 8",
        "error-year": "aucune règle n'est connue pour l'appel {value} ; années disponibles : {years}",
        "error-empty": "les données sont vides",
        "error-unreadable": "{source} est illisible : {reason}",
        "error-encoding": "{source} n'est pas du texte UTF-8",
        "error-syntax": "YAML ou JSON non valide : {problem} (ligne {line}, colonne {column})",
        # Hostile or oversized input (limits in cove_site/engine/limits.py).
        "error-too-large": "les données dépassent {limit} Mo, le maximum que lit l'outil",
        "error-too-deep": "imbrication trop profonde\u00a0: plus de {limit} niveaux de listes et d'ensembles (ligne {line})",
        "error-duplicate-key": "la clé « {key} » figure deux fois dans le même ensemble (lignes {first} et {second})",
        "error-too-many-organisations": "le partenariat compte {count} organisations\u00a0; l'outil en vérifie au plus {limit}",
        "error-too-many": "la liste compte {count} éléments\u00a0; {limit} au plus sont autorisés",
        "error-too-long": "le texte compte {length} caractères\u00a0; {limit} au plus sont autorisés",
        "error-too-many-values": "les données comptent plus de {limit} valeurs (alias comptés en entier)",
        "error-digits": "un nombre de plus de {limit} chiffres (ligne {line})",
        "error-surrogate": "contient {code}, un demi-code de substitution isolé qui n'est pas un caractère",
        "error-alias-loop": "l'alias *{name} renvoie à une valeur qui contient cet alias (ligne {line})",
        "error-tag": "la balise {tag} n'est pas prise en charge\u00a0; écrivez des valeurs simples (ligne {line})",
        "error-complex-key": "une clé doit être une valeur simple, et non une liste ou un ensemble (ligne {line})",
        "error-more": "et {count} autres problèmes",
        "error-not-regular": "{source} n'est pas un fichier ordinaire\u00a0; indiquez un fichier, ou « - » pour l'entrée standard",
        "error-internal": "erreur interne de l'outil ({error})\u00a0; merci de la signaler aux responsables du site",
        "error-not-utf8": "les données ne sont pas du texte UTF-8",
    },
}

LIST_LIMIT = 10  # longer lists end in "and N others", so a 2,000-organisation message stays readable


class Texts:
    """The catalogue of one language, plus the formatting of lists, countries and organisations."""

    def __init__(self, lang: str, country_names: dict[str, str] | None = None):
        if lang not in MESSAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
        self.lang = lang
        self.catalogue = MESSAGES[lang]
        self.names = country_names or {}

    def __call__(self, key: str, /, **params: object) -> str:
        return self.catalogue[key].format(**params)

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

    def types(self, types) -> str:
        """The enterprise or VET side of a year, e.g. 'onderneming of organisatie die de sector vertegenwoordigt'."""
        return self.join([self(f"type-{name}") for name in types], word="or", limit=None)
