"""Short interface texts the page templates share, in the three site languages (looked up by key)."""

# The site languages; the engine keeps its own copy because it may not import site code.
LANGUAGES = ("nl", "en", "fr")

STRINGS: dict[str, dict[str, str]] = {
    "brussels_time": {"nl": "Brusselse tijd", "en": "Brussels time", "fr": "heure de Bruxelles"},
    "unknown": {"nl": "niet bekend", "en": "not known", "fr": "inconnu"},
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
    "year_switcher": {"nl": "Programmajaar", "en": "Programme year", "fr": "Année du programme"},
    "latest_call": {"nl": "meest recente oproep", "en": "latest call", "fr": "appel le plus récent"},
    "ics_summary": {
        "nl": "Uiterste indieningsdatum Erasmus+ Kenniscentra voor Beroepsopleiding {year}",
        "en": "Deadline Erasmus+ Centres of Vocational Excellence {year}",
        "fr": "Date limite Erasmus+ Centres d'excellence professionnelle {year}",
    },
    "ics_description": {
        "nl": "Aanvragen via het Funding & Tenders Portal, oproep {id}, uiterlijk om {time} Brusselse tijd.",
        "en": "Apply through the Funding & Tenders Portal, call {id}, by {time} Brussels time.",
        "fr": "Candidature sur le portail des financements et appels d'offres, appel {id}, au plus tard à {time}, heure de Bruxelles.",
    },
    "add_to_calendar": {"nl": "Zet in uw agenda (.ics)", "en": "Add to your calendar (.ics)", "fr": "Ajouter à votre agenda (.ics)"},
    "your_time": {"nl": "in uw tijdzone", "en": "in your time zone", "fr": "dans votre fuseau horaire"},
    # Status badges of facts (icon + word; the word links to the "How we source facts" page).
    "badge_name": {
        "nl": "{status}: wat betekent dit?", "en": "{status}: what this means", "fr": "{status} : ce que cela signifie",
    },
    "status_seen": {"nl": "gezien in een bron", "en": "seen in a source", "fr": "vu dans une source"},
    # The state of a call, computed in the reader's browser (and at build time for readers without JavaScript).
    "call_status": {"nl": "Status van de oproep", "en": "Call status", "fr": "État de l'appel"},
    "state_forthcoming": {"nl": "Binnenkort", "en": "Forthcoming", "fr": "À venir"},
    "state_open": {"nl": "Open", "en": "Open", "fr": "Ouvert"},
    "state_not-closed": {"nl": "Nog niet gesloten", "en": "Not yet closed", "fr": "Pas encore clos"},
    "state_closed": {"nl": "Gesloten", "en": "Closed", "fr": "Clos"},
    "state_as_of": {"nl": "stand op {date}", "en": "status on {date}", "fr": "état au {date}"},
    "line_open": {
        "nl": "Aanvragen kan tot {deadline}.", "en": "Apply by {deadline}.", "fr": "Candidatures jusqu'au {deadline}.",
    },
    "line_open_no_deadline": {
        "nl": "De uiterste indieningsdatum is nog niet bekendgemaakt.",
        "en": "The deadline is not yet published.",
        "fr": "La date limite n'est pas encore publiée.",
    },
    "line_forthcoming_opening": {
        "nl": "De oproep opent op {opening}.", "en": "The call opens on {opening}.", "fr": "L'appel ouvre le {opening}.",
    },
    "line_forthcoming_deadline": {
        "nl": "De openingsdatum is nog niet bekendgemaakt; de uiterste indieningsdatum is {deadline}.",
        "en": "The opening date is not yet published; the deadline is {deadline}.",
        "fr": "La date d'ouverture n'est pas encore publiée ; la date limite est le {deadline}.",
    },
    "line_dates_unknown": {
        "nl": "De data van de oproep zijn nog niet bekendgemaakt.",
        "en": "The dates of the call are not yet published.",
        "fr": "Les dates de l'appel ne sont pas encore publiées.",
    },
    "line_not-closed": {
        "nl": "Aanvragen kan tot {deadline}; de openingsdatum is niet bekend.",
        "en": "Apply by {deadline}; the opening date is not known.",
        "fr": "Candidatures jusqu'au {deadline} ; la date d'ouverture n'est pas connue.",
    },
    "line_closed": {
        "nl": "De uiterste indieningsdatum was {deadline}. Volgende oproep: nog niet bekendgemaakt.",
        "en": "The deadline was {deadline}. Next call: not yet published.",
        "fr": "La date limite était le {deadline}. Prochain appel : pas encore publié.",
    },
    "line_closed_next": {
        "nl": "De uiterste indieningsdatum was {deadline}. De volgende oproep is die van {year}.",
        "en": "The deadline was {deadline}. The next call is the {year} call.",
        "fr": "La date limite était le {deadline}. L'appel suivant est celui de {year}.",
    },
    # The plain start of the home page: what the action funds and for whom, how much, and the partnership.
    "plain_what": {
        "nl": "Erasmus+ financiert {name}: internationale partnerschappen van aanbieders van beroepsonderwijs en "
              "-opleiding, bedrijven en andere organisaties die samen vaardigheden voor hun regio ontwikkelen.",
        "en": "Erasmus+ funds {name}: international partnerships of vocational education and training (VET) "
              "providers, companies and other organisations that together develop skills for their regions.",
        "fr": "Erasmus+ finance les {name} : des partenariats internationaux entre prestataires d'enseignement et de "
              "formation professionnels (EFP), entreprises et autres organisations qui développent ensemble les "
              "compétences de leurs régions.",
    },
    "plain_grant": {
        "nl": "Een project krijgt ten hoogste {amount} voor {months}.",
        "en": "A project receives up to {amount} for {months}.",
        "fr": "Un projet reçoit au maximum {amount} pour {months}.",
    },
    "plain_grant_unknown": {
        "nl": "De maximale subsidie voor de oproep {year} is nog niet bekendgemaakt.",
        "en": "The maximum grant for the {year} call is not yet published.",
        "fr": "La subvention maximale de l'appel {year} n'est pas encore publiée.",
    },
    "plain_partners": {
        "nl": "Een partnerschap telt ten minste {partners} volwaardige partners uit ten minste {countries} landen.",
        "en": "A partnership needs at least {partners} full partners from at least {countries} countries.",
        "fr": "Un partenariat réunit au moins {partners} partenaires à part entière d'au moins {countries} pays.",
    },
    "check_cta": {"nl": "Controleer uw partnerschap", "en": "Check your partnership", "fr": "Vérifiez votre partenariat"},
    "sources_of_block": {"nl": "Bronnen bij deze gegevens", "en": "Sources of these facts", "fr": "Sources de ces données"},
    "year_page_title": {"nl": "{title} — oproep {year}", "en": "{title} — {year} call", "fr": "{title} — appel {year}"},
    # The rules page: one table, rules as rows and years as columns.
    "rule": {"nl": "Regel", "en": "Rule", "fr": "Règle"},
    "rules_caption": {
        "nl": "De formele regels per oproepjaar", "en": "The formal rules per call year",
        "fr": "Les règles formelles par année d'appel",
    },
    "quoted": {"nl": "‘{text}’", "en": "‘{text}’", "fr": "« {text} »"},
    "not_in_call": {"nl": "niet in deze oproep", "en": "not in this call", "fr": "pas dans cet appel"},
    "exactly_one": {"nl": "precies één", "en": "exactly one", "fr": "un seul"},
    "range": {"nl": "{low} tot en met {high}", "en": "{low} to {high}", "fr": "{low} à {high}"},
    "from_level": {"nl": "vanaf niveau {level}", "en": "from level {level}", "fr": "dès le niveau {level}"},
    "from_level_also": {
        "nl": "vanaf niveau {level}: ook een niveau van {low} tot en met {high}",
        "en": "from level {level}: also a level from {low} to {high}",
        "fr": "dès le niveau {level} : aussi un niveau de {low} à {high}",
    },
    "both_kinds": {"nl": "{first}; en {second}", "en": "{first}; and {second}", "fr": "{first} ; et {second}"},
    "rule_coordinator": {"nl": "Coördinator", "en": "Coordinator", "fr": "Coordinateur"},
    "rule_coordinator_explained": {
        "nl": "Eén organisatie coördineert en dient de aanvraag in; ze is gevestigd in een EU-lidstaat of een met het "
              "programma geassocieerd derde land.",
        "en": "One organisation coordinates and applies; it is established in an EU Member State or a third country "
              "associated to the Programme.",
        "fr": "Une seule organisation coordonne et dépose la candidature ; elle est établie dans un État membre de "
              "l'UE ou un pays tiers associé au programme.",
    },
    "rule_min-full-partners": {"nl": "Volwaardige partners", "en": "Full partners", "fr": "Partenaires à part entière"},
    "rule_min-full-partners_explained": {
        "nl": "Het minimumaantal volwaardige partners, de coördinator meegerekend, uit EU-lidstaten en met het "
              "programma geassocieerde derde landen.",
        "en": "The smallest number of full partners, the coordinator included, from EU Member States and third "
              "countries associated to the Programme.",
        "fr": "Le nombre minimal de partenaires à part entière, coordinateur compris, issus d'États membres de l'UE "
              "et de pays tiers associés au programme.",
    },
    "rule_min-countries": {"nl": "Landen", "en": "Countries", "fr": "Pays"},
    "rule_min-countries_explained": {
        "nl": "Het minimumaantal verschillende landen waaruit die volwaardige partners komen.",
        "en": "The smallest number of different countries those full partners come from.",
        "fr": "Le nombre minimal de pays différents dont viennent ces partenaires à part entière.",
    },
    "rule_min-eu-member-states": {"nl": "EU-lidstaten", "en": "EU Member States", "fr": "États membres de l'UE"},
    "rule_min-eu-member-states_explained": {
        "nl": "Het minimumaantal van die landen dat een EU-lidstaat is.",
        "en": "The smallest number of those countries that are EU Member States.",
        "fr": "Le nombre minimal de ces pays qui sont des États membres de l'UE.",
    },
    "rule_country-composition": {"nl": "Samenstelling per land", "en": "Make-up of each country",
                                 "fr": "Composition par pays"},
    "rule_country-composition_explained": {
        "nl": "Elk land met een volwaardige partner heeft onder zijn volwaardige partners ten minste één organisatie "
              "van de eerste soort en ten minste één van de tweede.",
        "en": "Every country with a full partner has, among its full partners, at least one organisation of the "
              "first kind and at least one of the second.",
        "fr": "Chaque pays ayant un partenaire à part entière compte, parmi ses partenaires à part entière, au moins "
              "une organisation du premier type et au moins une du second.",
    },
    "rule_eqf-levels": {"nl": "EQF-niveaus", "en": "EQF levels", "fr": "Niveaux du CEC"},
    "rule_eqf-levels_explained": {
        "nl": "Het project richt zich op ten minste één niveau van het Europees kwalificatiekader (EQF), alle binnen "
              "dit bereik.",
        "en": "The project targets at least one level of the European Qualifications Framework (EQF), all within "
              "this range.",
        "fr": "Le projet vise au moins un niveau du cadre européen des certifications (CEC), tous dans cette plage.",
    },
    "rule_tertiary-needs-lower-level": {"nl": "Tertiair niveau met een lager niveau",
                                        "en": "Tertiary level with a lower level",
                                        "fr": "Niveau tertiaire avec un niveau inférieur"},
    "rule_tertiary-needs-lower-level_explained": {
        "nl": "Een project dat zich op tertiair niveau richt, richt zich ook op ten minste één lager niveau.",
        "en": "A project that targets tertiary levels also targets at least one lower level.",
        "fr": "Un projet qui vise le niveau tertiaire vise aussi au moins un niveau inférieur.",
    },
    "rule_tertiary-needs-work-based": {"nl": "Tertiair niveau met werkplekleren",
                                       "en": "Tertiary level with work-based learning",
                                       "fr": "Niveau tertiaire avec apprentissage en milieu professionnel"},
    "rule_tertiary-needs-work-based_explained": {
        "nl": "Een project dat zich op tertiair niveau richt, heeft een sterke component werkplekleren.",
        "en": "A project that targets tertiary levels has a strong work-based learning component.",
        "fr": "Un projet qui vise le niveau tertiaire comporte une forte composante d'apprentissage en milieu "
              "professionnel.",
    },
    "rule_excluded-country": {"nl": "Uitgesloten landen", "en": "Excluded countries", "fr": "Pays exclus"},
    "rule_excluded-country_explained": {
        "nl": "Geen enkele organisatie is gevestigd in een van deze landen, in welke rol ook.",
        "en": "No organisation is established in one of these countries, whatever its role.",
        "fr": "Aucune organisation n'est établie dans l'un de ces pays, quel que soit son rôle.",
    },
    "min_full_partners": {"nl": "Minimum aantal volwaardige partners", "en": "Minimum number of full partners", "fr": "Nombre minimal de partenaires à part entière"},
    "min_countries": {"nl": "Minimum aantal landen", "en": "Minimum number of countries", "fr": "Nombre minimal de pays"},
    "min_eu_member_states": {"nl": "Minimum aantal EU-lidstaten", "en": "Minimum number of EU Member States", "fr": "Nombre minimal d'États membres de l'UE"},
    "enterprise_side": {"nl": "Telt als onderneming of sector", "en": "Counts as enterprise or sector", "fr": "Compte comme entreprise ou secteur"},
    "vet_side": {"nl": "Telt als aanbieder van beroepsonderwijs en -opleiding", "en": "Counts as VET provider", "fr": "Compte comme prestataire d'EFP"},
    "no_such_rule": {"nl": "geen regel", "en": "no such rule", "fr": "pas de règle"},
    "no_changes": {"nl": "Geen verschillen in de vergeleken gegevens.", "en": "No differences in the facts compared.", "fr": "Aucune différence dans les données comparées."},
    "chart_budget_title": {"nl": "Budget van de oproep per jaar", "en": "Call budget per year", "fr": "Budget de l'appel par année"},
    "chart_budget_desc": {
        "nl": "Staafdiagram van het budget van de oproep in miljoen euro per programmajaar; jaren zonder gepubliceerd bedrag hebben geen staaf.",
        "en": "Bar chart of the call budget in million euro per programme year; years without a published amount have no bar.",
        "fr": "Diagramme en barres du budget de l'appel en millions d'euros par année de programme ; les années sans montant publié n'ont pas de barre.",
    },
    "chart_projects_title": {"nl": "Ingediende en gefinancierde projecten per jaar", "en": "Submitted and funded projects per year", "fr": "Projets déposés et financés par année"},
    "chart_projects_desc": {
        "nl": "Staafdiagram van het aantal ingediende en gefinancierde projecten per programmajaar; jaren zonder gepubliceerd aantal hebben geen staaf.",
        "en": "Bar chart of the number of submitted and funded projects per programme year; years without a published number have no bar.",
        "fr": "Diagramme en barres du nombre de projets déposés et financés par année de programme ; les années sans nombre publié n'ont pas de barre.",
    },
    "year": {"nl": "Jaar", "en": "Year", "fr": "Année"},
    "submitted": {"nl": "Ingediend", "en": "Submitted", "fr": "Déposés"},
    "funded": {"nl": "Gefinancierd", "en": "Funded", "fr": "Financés"},
    "million_eur": {"nl": "miljoen euro", "en": "million euro", "fr": "millions d'euros"},
    "yes": {"nl": "ja", "en": "yes", "fr": "oui"},
    "no": {"nl": "nee", "en": "no", "fr": "non"},
    "lump_sum": {"nl": "Forfaitaire financiering", "en": "Lump-sum funding", "fr": "Financement forfaitaire"},
    # Labels of the remaining facts (see FACT_LABELS below).
    "action_name": {"nl": "Naam van de actie", "en": "Name of the action", "fr": "Nom de l'action"},
    "aim": {"nl": "Doel", "en": "Aim", "fr": "Objectif"},
    "characteristics": {"nl": "Kenmerken", "en": "Characteristics", "fr": "Caractéristiques"},
    "levels": {"nl": "Niveaus van werken", "en": "Levels of action", "fr": "Niveaux d'action"},
    "example_sectors": {"nl": "Voorbeelden van sectoren", "en": "Example sectors", "fr": "Exemples de secteurs"},
    "societal_challenges": {"nl": "Voorbeelden van maatschappelijke uitdagingen", "en": "Example societal challenges",
                            "fr": "Exemples de défis de société"},
    "applicant": {"nl": "Wie de aanvraag indient", "en": "Who applies", "fr": "Qui dépose la candidature"},
    "portal": {"nl": "Indieningsportaal", "en": "Submission portal", "fr": "Portail de dépôt"},
    "award_criteria": {"nl": "Toekenningscriteria", "en": "Award criteria", "fr": "Critères d'attribution"},
    "overall_threshold": {"nl": "Minimale totaalscore", "en": "Overall threshold", "fr": "Seuil global"},
    "call_info": {"nl": "Meer over deze oproep", "en": "More about this call", "fr": "En savoir plus sur cet appel"},
    "opening": {"nl": "Opening van de oproep", "en": "Opening of the call", "fr": "Ouverture de l'appel"},
    "publication": {"nl": "Publicatie van de oproep", "en": "Publication of the call", "fr": "Publication de l'appel"},
    "parent_call": {"nl": "Algemene oproep", "en": "General call", "fr": "Appel général"},
    "eqf_min": {"nl": "Laagste EQF-niveau", "en": "Lowest EQF level", "fr": "Niveau CEC le plus bas"},
    "eqf_max": {"nl": "Hoogste EQF-niveau", "en": "Highest EQF level", "fr": "Niveau CEC le plus élevé"},
    "eqf_lower_max": {"nl": "Hoogste niveau dat als lager niveau telt", "en": "Highest level that counts as a lower level",
                      "fr": "Niveau le plus élevé comptant comme niveau inférieur"},
    "eqf_tertiary_min": {"nl": "Laagste tertiaire EQF-niveau", "en": "Lowest tertiary EQF level",
                         "fr": "Niveau CEC tertiaire le plus bas"},
    "eqf_work_based": {"nl": "Tertiair niveau vraagt een sterke component werkplekleren",
                       "en": "Tertiary level needs a strong work-based learning component",
                       "fr": "Le niveau tertiaire exige une forte composante d'apprentissage en milieu professionnel"},
    "criterion": {"nl": "Criterium", "en": "Criterion", "fr": "Critère"},
    "max_points": {"nl": "Maximum", "en": "Maximum", "fr": "Maximum"},
    "threshold": {"nl": "Drempel", "en": "Threshold", "fr": "Seuil"},
    "points": {"nl": "{n} punten", "en": "{n} points", "fr": "{n} points"},
    "award_points": {"nl": "ten hoogste {max}; drempel: {threshold}", "en": "up to {max}; threshold: {threshold}",
                     "fr": "jusqu'à {max} ; seuil : {threshold}"},
    "not_plainly_seen": {
        "nl": "Gegevens die niet rechtstreeks in een bron staan of niet bekend zijn",
        "en": "Facts that no first-hand source states, or that are not known",
        "fr": "Données qu'aucune source directe n'indique, ou qui ne sont pas connues",
    },
    "status": {"nl": "Status", "en": "Status", "fr": "Statut"},
    "note": {"nl": "Toelichting", "en": "Note", "fr": "Remarque"},
    # Organisation types inside a sentence ("at least one ..."), for the per-country rule.
    "org_enterprise": {"nl": "onderneming", "en": "enterprise", "fr": "entreprise"},
    "org_sector-representative": {"nl": "organisatie die de sector vertegenwoordigt",
                                  "en": "sector representative organisation",
                                  "fr": "organisation représentative du secteur"},
    "org_employer": {"nl": "andere werkgever", "en": "other employer", "fr": "autre employeur"},
    "org_vet-provider": {"nl": "aanbieder van beroepsonderwijs en -opleiding",
                         "en": "vocational education and training (VET) provider",
                         "fr": "prestataire d'enseignement et de formation professionnels (EFP)"},
    "org_higher-education": {"nl": "instelling voor hoger onderwijs", "en": "higher education institution",
                             "fr": "établissement d'enseignement supérieur"},
    "org_public-authority": {"nl": "overheidsinstantie", "en": "public authority", "fr": "autorité publique"},
    "org_research": {"nl": "onderzoeksorganisatie", "en": "research organisation", "fr": "organisme de recherche"},
    "org_other": {"nl": "andere organisatie", "en": "other organisation", "fr": "autre organisation"},
    "search": {"nl": "Zoeken op deze site", "en": "Search this site", "fr": "Rechercher sur ce site"},
    "none": {"nl": "geen", "en": "none", "fr": "aucun"},
    "year_facts": {"nl": "Gegevens voor {year}", "en": "Facts for {year}", "fr": "Données pour {year}"},
    "cited_by": {"nl": "Gebruikt voor", "en": "Used for", "fr": "Utilisée pour"},
    # Facts added for issue 10 (objective, rules from each year's call, money, application, outlook).
    "objective": {"nl": "Doelstelling", "en": "Objective", "fr": "Objectif"},
    "upward_convergence": {"nl": "Opwaartse convergentie", "en": "Upward convergence", "fr": "Convergence ascendante"},
    "target_group": {"nl": "Voor wie", "en": "Who it is for", "fr": "Public visé"},
    "affiliated_applicants": {"nl": "Gelieerde entiteiten zijn aanvragers", "en": "Affiliated entities are applicants",
                              "fr": "Les entités affiliées sont des candidats"},
    "country_rule_wording": {"nl": "Regel per land, in de woorden van de oproep", "en": "Per-country rule in the call's words",
                             "fr": "Règle par pays, dans les termes de l'appel"},
    "rate_percent": {"nl": "Maximaal aandeel van de geraamde begroting", "en": "Maximum share of the estimated budget",
                     "fr": "Part maximale du budget estimé"},
    "payment_schedule": {"nl": "Betalingsschema", "en": "Payment schedule", "fr": "Calendrier de paiement"},
    "package": {"nl": "Onderdelen van de aanvraag", "en": "Parts of the application", "fr": "Éléments de la candidature"},
    "page_limit": {"nl": "Maximumaantal bladzijden van deel B", "en": "Page limit of Part B", "fr": "Nombre maximal de pages de la partie B"},
    "seal_of_excellence": {"nl": "Seal of Excellence (excellentiekeurmerk)", "en": "Seal of Excellence",
                           "fr": "Label d'excellence (Seal of Excellence)"},
    "next_call": {"nl": "Volgende oproep", "en": "Next call", "fr": "Prochain appel"},
    "associations": {"nl": "Nieuwe geassocieerde landen", "en": "Newly associated countries", "fr": "Nouveaux pays associés"},
    "pages_n": {"nl": "{n} bladzijden", "en": "{n} pages", "fr": "{n} pages"},
    "percent": {"nl": "{n}%", "en": "{n}%", "fr": "{n}\u00a0%"},
    "in_the_calls_words": {"nl": "In de woorden van de oproep", "en": "In the call's words", "fr": "Dans les termes de l'appel"},
    "undated": {"nl": "zonder datum", "en": "undated", "fr": "sans date"},
    "copy_of": {"nl": "kopie van: {title}", "en": "copy of: {title}", "fr": "copie de\u00a0: {title}"},
    "programme_facts": {"nl": "Gegevens die voor alle jaren gelden", "en": "Facts for all years", "fr": "Données valables pour toutes les années"},
    "glossary_facts": {"nl": "Begrippen", "en": "Glossary", "fr": "Glossaire"},
    "other_languages": {"nl": "In de andere talen", "en": "In the other languages", "fr": "Dans les autres langues"},
    "lang_nl": {"nl": "Nederlands", "en": "Dutch", "fr": "néerlandais"},
    "lang_en": {"nl": "Engels", "en": "English", "fr": "anglais"},
    "lang_fr": {"nl": "Frans", "en": "French", "fr": "français"},
    "term": {"nl": "Term", "en": "Term", "fr": "Terme"},
    "definition": {"nl": "Definitie", "en": "Definition", "fr": "Définition"},
    "website": {"nl": "Website", "en": "Website", "fr": "Site web"},
    "email": {"nl": "E-mail", "en": "E-mail", "fr": "Courriel"},
    "for_whom": {"nl": "Voor", "en": "For", "fr": "Pour"},
    "year_col": {"nl": "Oproep", "en": "Call", "fr": "Appel"},
    "translation": {"nl": "vertaling", "en": "translation", "fr": "traduction"},
    # Programme-wide facts (data/guidance.yaml).
    "pic": {"nl": "PIC (Participant Identification Code)", "en": "PIC (Participant Identification Code)",
            "fr": "PIC (code d'identification du participant)"},
    "validation": {"nl": "Validatie van de organisatie", "en": "Validation of the organisation", "fr": "Validation de l'organisation"},
    "lear": {"nl": "LEAR", "en": "LEAR", "fr": "LEAR"},
    "financial_capacity": {"nl": "Financiële draagkracht", "en": "Financial capacity", "fr": "Capacité financière"},
    "partner_search": {"nl": "Partners zoeken", "en": "Finding partners", "fr": "Trouver des partenaires"},
    "funded_projects": {"nl": "Gefinancierde kenniscentra", "en": "Funded centres", "fr": "Centres financés"},
    "clusters": {"nl": "Drie clusters van activiteiten", "en": "Three clusters of activities", "fr": "Trois groupes d'activités"},
    "action_plan": {"nl": "Langetermijnactieplan", "en": "Long-term action plan", "fr": "Plan d'action à long terme"},
    "pact_for_skills": {"nl": "Pact voor vaardigheden", "en": "Pact for Skills", "fr": "Pacte pour les compétences"},
    "application_parts": {"nl": "Het aanvraagpakket", "en": "The application package", "fr": "Le dossier de candidature"},
    "contact_eacea": {"nl": "EACEA", "en": "EACEA", "fr": "EACEA"},
}


# The label of every fact in a data file, by its path (a key of STRINGS).
FACT_LABELS: dict[str, str] = {
    "action.name": "action_name", "action.aim": "aim", "action.characteristics": "characteristics",
    "action.levels": "levels", "action.example_sectors": "example_sectors",
    "action.societal_challenges": "societal_challenges", "application.applicant": "applicant",
    "application.deadline": "deadline", "application.portal": "portal", "award_criteria.criteria": "award_criteria",
    "award_criteria.overall_threshold": "overall_threshold", "call.id": "call_id", "call.info": "call_info",
    "call.opening": "opening", "call.parent_call": "parent_call", "call.publication": "publication",
    "countries.associated": "associated_countries", "countries.eu": "eu_member_states",
    "countries.excluded": "excluded_countries", "eqf.lower_max": "eqf_lower_max", "eqf.max": "eqf_max",
    "eqf.min": "eqf_min", "eqf.tertiary_min": "eqf_tertiary_min", "eqf.tertiary_needs_work_based": "eqf_work_based",
    "funding.call_budget_eur": "call_budget", "funding.duration_months": "duration", "funding.lump_sum": "lump_sum",
    "funding.max_grant_eur": "max_grant", "management.agency": "agency",
    "partnership.enterprise_types": "enterprise_side", "partnership.min_countries": "min_countries",
    "partnership.min_eu_member_states": "min_eu_member_states", "partnership.min_full_partners": "min_full_partners",
    "partnership.vet_types": "vet_side", "reference.programme_guide": "programme_guide",
    "results.funded": "funded", "results.submitted": "submitted",
    "action.objective": "objective", "action.upward_convergence": "upward_convergence",
    "action.target_group": "target_group", "partnership.affiliated_entities_are_applicants": "affiliated_applicants",
    "partnership.country_rule_wording": "country_rule_wording", "funding.rate_percent": "rate_percent",
    "funding.payment_schedule": "payment_schedule", "application.package": "package",
    "application.page_limit": "page_limit", "award_criteria.seal_of_excellence": "seal_of_excellence",
    "outlook.next_call": "next_call", "outlook.associations": "associations",
}

# The label of every fact in data/guidance.yaml (contacts are labelled by their own name).
GUIDANCE_LABELS: dict[str, str] = {
    "before_apply.pic": "pic", "before_apply.validation": "validation", "before_apply.lear": "lear",
    "before_apply.financial_capacity": "financial_capacity", "before_apply.partner_search": "partner_search",
    "before_apply.funded_projects": "funded_projects", "project.clusters": "clusters",
    "project.action_plan": "action_plan", "project.pact_for_skills": "pact_for_skills",
    "project.application_parts": "application_parts", "contacts.eacea": "contact_eacea",
}


def text(key: str, lang: str, **params) -> str:
    """The string `key` in `lang`, with `params` filled in."""
    return STRINGS[key][lang].format(**params) if params else STRINGS[key][lang]
