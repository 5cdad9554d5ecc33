"""Every piece of text the in-browser checker shows, in nl, en and fr.

The checker's JavaScript holds no text: `cove_site.checker_page.checker_config` copies these
strings into the page's JSON block. Placeholders are `{name}`; the same placeholders must
appear in every language (a test checks it). Terms follow the Erasmus+ Programme Guide.
"""

from __future__ import annotations

from .engine.catalogue import has_language
from .engine.typography import typeset
from .site_strings import LANGUAGES

STRINGS: dict[str, dict[str, str]] = {
    # Form
    "form_heading": {
        "nl": "Controleer uw partnerschap",
        "en": "Check your partnership",
        "fr": "Vérifiez votre partenariat",
    },
    "form_intro": {
        "nl": "Vul uw partnerschap in. Het oordeel verschijnt onder het formulier en wordt bijgewerkt terwijl u typt. Niets wordt verstuurd: de subsidiabiliteitstoets draait in uw browser.",
        "en": "Fill in your partnership. The verdict appears below the form and updates as you type. Nothing is sent anywhere: the check runs in your browser.",
        "fr": "Renseignez votre partenariat. Le verdict s'affiche sous le formulaire et se met à jour pendant la saisie. Rien n'est envoyé : la vérification s'exécute dans votre navigateur.",
    },
    "year_label": {
        "nl": "Oproepjaar",
        "en": "Call year",
        "fr": "Année de l'appel",
    },
    "year_hint": {
        "nl": "De regels van dit jaar worden toegepast.",
        "en": "The rules of this year's call are applied.",
        "fr": "Les règles de l'appel de cette année sont appliquées.",
    },
    "eqf_legend": {
        "nl": "Op welke EQF-niveaus richt het project zich?",
        "en": "Which EQF levels does the project target?",
        "fr": "Quels niveaux du CEC le projet vise-t-il ?",
    },
    "eqf_hint": {
        "nl": "Selecteer alle niveaus die van toepassing zijn.",
        "en": "Select all levels that apply.",
        "fr": "Sélectionnez tous les niveaux concernés.",
    },
    "eqf_level": {
        "nl": "EQF-niveau {level}",
        "en": "EQF level {level}",
        "fr": "Niveau {level} du CEC",
    },
    "wbl_legend": {
        "nl": "Werkplekleren",
        "en": "Work-based learning",
        "fr": "Apprentissage en milieu professionnel",
    },
    "wbl_label": {
        "nl": "Het project heeft een sterke component werkplekleren",
        "en": "The project has a strong work-based learning component",
        "fr": "Le projet comporte une forte composante d'apprentissage en milieu professionnel",
    },
    "wbl_hint": {
        "nl": "Verplicht als het project zich op EQF-niveau 6 tot en met 8 richt.",
        "en": "Required when the project targets EQF levels 6 to 8.",
        "fr": "Obligatoire lorsque le projet vise les niveaux 6 à 8 du CEC.",
    },
    "orgs_heading": {
        "nl": "Organisaties",
        "en": "Organisations",
        "fr": "Organisations",
    },
    "orgs_hint": {
        "nl": "Voeg elke organisatie toe zoals u die in de aanvraag opgeeft, met haar rol en het soort organisatie dat zij in dit project is.",
        "en": "Add every organisation as you declare it in the application, with its role and the kind of organisation it is in this project.",
        "fr": "Ajoutez chaque organisation telle que vous la déclarez dans la candidature, avec son rôle et le type d'organisation qu'elle est dans ce projet.",
    },
    "orgs_empty": {
        "nl": "U hebt nog geen organisaties toegevoegd.",
        "en": "You have not added any organisations yet.",
        "fr": "Vous n'avez encore ajouté aucune organisation.",
    },
    "orgs_count_one": {
        "nl": "1 organisatie",
        "en": "1 organisation",
        "fr": "1 organisation",
    },
    "orgs_count_other": {
        "nl": "{count} organisaties",
        "en": "{count} organisations",
        "fr": "{count} organisations",
    },
    "org_legend": {
        "nl": "Organisatie {number}",
        "en": "Organisation {number}",
        "fr": "Organisation {number}",
    },
    "name_label": {
        "nl": "Naam",
        "en": "Name",
        "fr": "Nom",
    },
    "country_label": {
        "nl": "Land van vestiging",
        "en": "Country where it is established",
        "fr": "Pays d'établissement",
    },
    "role_label": {
        "nl": "Rol in het project",
        "en": "Role in the project",
        "fr": "Rôle dans le projet",
    },
    "type_label": {
        "nl": "Soort organisatie",
        "en": "Type of organisation",
        "fr": "Type d'organisation",
    },
    "choose": {
        "nl": "Kies…",
        "en": "Choose…",
        "fr": "Choisissez…",
    },
    "unknown_value": {
        "nl": "{value} (niet in de lijst)",
        "en": "{value} (not in the list)",
        "fr": "{value} (absent de la liste)",
    },
    "add_org": {
        "nl": "Organisatie toevoegen",
        "en": "Add an organisation",
        "fr": "Ajouter une organisation",
    },
    "duplicate_org": {
        "nl": "Dupliceren",
        "en": "Duplicate",
        "fr": "Dupliquer",
    },
    "duplicate_org_label": {
        "nl": "Organisatie {number} dupliceren",
        "en": "Duplicate organisation {number}",
        "fr": "Dupliquer l'organisation {number}",
    },
    "remove_org": {
        "nl": "Verwijderen",
        "en": "Remove",
        "fr": "Supprimer",
    },
    "remove_org_label": {
        "nl": "Organisatie {number} verwijderen",
        "en": "Remove organisation {number}",
        "fr": "Supprimer l'organisation {number}",
    },
    "org_added": {
        "nl": "Organisatie {number} toegevoegd.",
        "en": "Organisation {number} added.",
        "fr": "Organisation {number} ajoutée.",
    },
    "org_removed": {
        "nl": "Organisatie {number} verwijderd.",
        "en": "Organisation {number} removed.",
        "fr": "Organisation {number} supprimée.",
    },
    "check_button": {
        "nl": "Partnerschap controleren",
        "en": "Check partnership",
        "fr": "Vérifier le partenariat",
    },
    # Sharing and files
    "share_heading": {
        "nl": "Bewaren en delen",
        "en": "Save and share",
        "fr": "Enregistrer et partager",
    },
    "copy_link": {
        "nl": "Link kopiëren",
        "en": "Copy link",
        "fr": "Copier le lien",
    },
    "link_label": {
        "nl": "Link naar dit partnerschap",
        "en": "Link to this partnership",
        "fr": "Lien vers ce partenariat",
    },
    "link_copied": {
        "nl": "De link is gekopieerd. Wie hem opent, ziet dit partnerschap en het oordeel.",
        "en": "The link has been copied. Anyone who opens it sees this partnership and its verdict.",
        "fr": "Le lien a été copié. Toute personne qui l'ouvre voit ce partenariat et son verdict.",
    },
    "link_not_copied": {
        "nl": "Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.",
        "en": "Copying did not work. Select the link below and copy it yourself.",
        "fr": "La copie n'a pas fonctionné. Sélectionnez le lien ci-dessous et copiez-le vous-même.",
    },
    "export": {
        "nl": "Opslaan als JSON-bestand",
        "en": "Save as a JSON file",
        "fr": "Enregistrer en fichier JSON",
    },
    "export_filename": {
        "nl": "partnerschap.json",
        "en": "partnership.json",
        "fr": "partenariat.json",
    },
    "import_label": {
        "nl": "Een JSON-bestand openen",
        "en": "Open a JSON file",
        "fr": "Ouvrir un fichier JSON",
    },
    "import_hint": {
        "nl": "Een partnerschap in dezelfde vorm als voor cove-site check (JSON). Het vervangt wat nu in het formulier staat.",
        "en": "A partnership in the same shape as for cove-site check (JSON). It replaces what is in the form now.",
        "fr": "Un partenariat au même format que pour cove-site check (JSON). Il remplace le contenu actuel du formulaire.",
    },
    "import_done": {
        "nl": "{file} is geopend.",
        "en": "{file} has been opened.",
        "fr": "{file} a été ouvert.",
    },
    "import_bad": {
        "nl": "{file} is geen partnerschap: het bestand moet een JSON-object bevatten zoals cove-site check het leest. Uw formulier is niet gewijzigd.",
        "en": "{file} is not a partnership: the file must contain a JSON object as cove-site check reads it. Your form has not been changed.",
        "fr": "{file} n'est pas un partenariat : le fichier doit contenir un objet JSON tel que cove-site check le lit. Votre formulaire n'a pas été modifié.",
    },
    "link_bad": {
        "nl": "De link die u opende, bevat geen leesbaar partnerschap. Misschien is hij afgebroken bij het kopiëren. Het formulier is niet gewijzigd.",
        "en": "The link you opened does not contain a readable partnership. It may have been cut off when it was copied. The form has not been changed.",
        "fr": "Le lien que vous avez ouvert ne contient pas de partenariat lisible. Il a peut-être été tronqué lors de la copie. Le formulaire n'a pas été modifié.",
    },
    # Errors (GOV.UK pattern: a summary, then each error next to its field)
    "error_summary_title": {
        "nl": "Er is een probleem",
        "en": "There is a problem",
        "fr": "Il y a un problème",
    },
    "error_prefix": {
        "nl": "Fout:",
        "en": "Error:",
        "fr": "Erreur :",
    },
    "err_name": {
        "nl": "Vul de naam van organisatie {number} in.",
        "en": "Enter the name of organisation {number}.",
        "fr": "Saisissez le nom de l'organisation {number}.",
    },
    "err_country": {
        "nl": "Kies het land waar organisatie {number} gevestigd is.",
        "en": "Choose the country where organisation {number} is established.",
        "fr": "Choisissez le pays où l'organisation {number} est établie.",
    },
    "err_role": {
        "nl": "Kies de rol van organisatie {number}.",
        "en": "Choose the role of organisation {number}.",
        "fr": "Choisissez le rôle de l'organisation {number}.",
    },
    "err_type": {
        "nl": "Kies het soort organisatie voor organisatie {number}.",
        "en": "Choose the type of organisation {number}.",
        "fr": "Choisissez le type de l'organisation {number}.",
    },
    "err_eqf_levels": {
        "nl": "Selecteer minstens één EQF-niveau.",
        "en": "Select at least one EQF level.",
        "fr": "Sélectionnez au moins un niveau du CEC.",
    },
    # Progress and failures
    "status_runtime": {
        "nl": "De subsidiabiliteitstoets wordt geladen: Python-omgeving (ongeveer 6 MB, eenmalig)…",
        "en": "Loading the checker: Python runtime (about 6 MB, once)…",
        "fr": "Chargement du vérificateur : environnement Python (environ 6 Mo, une seule fois)…",
    },
    "status_engine": {
        "nl": "De subsidiabiliteitstoets wordt geladen: de regels van de oproep…",
        "en": "Loading the checker: the rules of the call…",
        "fr": "Chargement du vérificateur : les règles de l'appel…",
    },
    "status_rules": {
        "nl": "De subsidiabiliteitstoets wordt geladen: de gegevens per oproepjaar…",
        "en": "Loading the checker: the data for each call year…",
        "fr": "Chargement du vérificateur : les données de chaque année d'appel…",
    },
    "status_ready": {
        "nl": "De subsidiabiliteitstoets is klaar. U kunt het formulier gewoon verder invullen.",
        "en": "The checker is ready. You can go on filling in the form.",
        "fr": "Le vérificateur est prêt. Vous pouvez continuer à remplir le formulaire.",
    },
    "failed_no-wasm": {
        "nl": "De subsidiabiliteitstoets kan niet starten: deze browser staat WebAssembly niet toe (bijvoorbeeld door een beveiligingsinstelling).",
        "en": "The checker cannot start: this browser does not allow WebAssembly (for example because of a security setting).",
        "fr": "Le vérificateur ne peut pas démarrer : ce navigateur n'autorise pas WebAssembly (par exemple à cause d'un réglage de sécurité).",
    },
    "failed_runtime": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de Python-omgeving kon niet worden geladen.",
        "en": "The checker cannot start: the Python runtime could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : l'environnement Python n'a pas pu être chargé.",
    },
    "failed_engine": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de regels konden niet worden geladen.",
        "en": "The checker cannot start: the rules could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : les règles n'ont pas pu être chargées.",
    },
    "failed_rules": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de gegevens van de oproepjaren konden niet worden geladen.",
        "en": "The checker cannot start: the call-year data could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : les données des années d'appel n'ont pas pu être chargées.",
    },
    "failed_worker": {
        "nl": "De subsidiabiliteitstoets kan niet starten: deze browser blokkeert het achtergrondproces dat de subsidiabiliteitstoets uitvoert.",
        "en": "The checker cannot start: this browser blocks the background process that runs the check.",
        "fr": "Le vérificateur ne peut pas démarrer : ce navigateur bloque le processus d'arrière-plan qui effectue la vérification.",
    },
    "failed_timeout": {
        "nl": "De subsidiabiliteitstoets is na {seconds} seconden nog niet geladen. Controleer uw verbinding en laad de pagina opnieuw.",
        "en": "The checker has not loaded after {seconds} seconds. Check your connection and reload the page.",
        "fr": "Le vérificateur n'est toujours pas chargé après {seconds} secondes. Vérifiez votre connexion et rechargez la page.",
    },
    "failed_check": {
        "nl": "De subsidiabiliteitstoets liep vast op deze invoer. Sla het partnerschap op als JSON-bestand en meld het probleem.",
        "en": "The check failed on this input. Save the partnership as a JSON file and report the problem.",
        "fr": "La vérification a échoué sur ces données. Enregistrez le partenariat en fichier JSON et signalez le problème.",
    },
    "failed_keep": {
        "nl": "Wat u hebt ingevuld, blijft staan. U kunt het opslaan als JSON-bestand en controleren met de opdrachtregel: cove-site check partnerschap.json",
        "en": "What you entered is kept. You can save it as a JSON file and check it on the command line: cove-site check partnership.json",
        "fr": "Vos saisies sont conservées. Vous pouvez les enregistrer en fichier JSON et les vérifier en ligne de commande : cove-site check partenariat.json",
    },
    # Verdict
    "result_heading": {
        "nl": "Oordeel",
        "en": "Verdict",
        "fr": "Verdict",
    },
    "result_waiting": {
        "nl": "Het oordeel verschijnt hier zodra de subsidiabiliteitstoets geladen is.",
        "en": "The verdict appears here as soon as the checker has loaded.",
        "fr": "Le verdict s'affiche ici dès que le vérificateur est chargé.",
    },
    "verdict_eligible": {
        "nl": "Dit partnerschap voldoet aan de formele regels",
        "en": "This partnership meets the formal rules",
        "fr": "Ce partenariat respecte les règles formelles",
    },
    "verdict_not-eligible": {
        "nl": "Dit partnerschap voldoet niet aan de formele regels",
        "en": "This partnership does not meet the formal rules",
        "fr": "Ce partenariat ne respecte pas les règles formelles",
    },
    "verdict_call": {
        "nl": "Getoetst aan de regels van de oproep {year}.",
        "en": "Checked against the rules of the {year} call.",
        "fr": "Vérifié selon les règles de l'appel {year}.",
    },
    "incomplete": {
        "nl": "Nog geen oordeel",
        "en": "No verdict yet",
        "fr": "Pas encore de verdict",
    },
    "incomplete_one": {
        "nl": "Het formulier bevat 1 probleem. Los het op om het oordeel te zien.",
        "en": "The form has 1 problem. Correct it to see the verdict.",
        "fr": "Le formulaire comporte 1 problème. Corrigez-le pour voir le verdict.",
    },
    "incomplete_other": {
        "nl": "Het formulier bevat {count} problemen. Los ze op om het oordeel te zien.",
        "en": "The form has {count} problems. Correct them to see the verdict.",
        "fr": "Le formulaire comporte {count} problèmes. Corrigez-les pour voir le verdict.",
    },
    "status_pass": {
        "nl": "Voldaan",
        "en": "Met",
        "fr": "Respectée",
    },
    "status_fail": {
        "nl": "Niet voldaan",
        "en": "Not met",
        "fr": "Non respectée",
    },
    "status_depends": {
        "nl": "Na te gaan",
        "en": "Depends",
        "fr": "À vérifier",
    },
    "status_note": {
        "nl": "Opmerking",
        "en": "Note",
        "fr": "Remarque",
    },
    "verdict_depends": {
        "nl": "Hangt ervan af: ga na wat hieronder staat",
        "en": "Depends: verify the points below",
        "fr": "À vérifier : voyez les points ci-dessous",
    },
    "empty_form": {
        "nl": "Voeg organisaties toe om een oordeel te zien.",
        "en": "Add organisations to see a verdict.",
        "fr": "Ajoutez des organisations pour voir un verdict.",
    },
    "what_to_change": {
        "nl": "Wat u kunt aanpassen",
        "en": "What to change",
        "fr": "Ce que vous pouvez changer",
    },
    "passes_one": {
        "nl": "Aan {count} regel is voldaan",
        "en": "{count} rule met",
        "fr": "{count} règle respectée",
    },
    "passes_other": {
        "nl": "Aan {count} regels is voldaan",
        "en": "{count} rules met",
        "fr": "{count} règles respectées",
    },
    "disclaimer": {
        "nl": "Dit is een hulpmiddel, geen besluit: alleen het Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA) beslist over de subsidiabiliteit.",
        "en": "This is an aid, not a decision: only the European Education and Culture Executive Agency (EACEA) decides on eligibility.",
        "fr": "Ceci est une aide, pas une décision : seule l'Agence exécutive européenne pour l'éducation et la culture (EACEA) statue sur l'éligibilité.",
    },
    # Country groups, roles and types
    "group_eu": {
        "nl": "EU-lidstaten",
        "en": "EU Member States",
        "fr": "États membres de l'UE",
    },
    "group_associated": {
        "nl": "Met het programma geassocieerde derde landen",
        "en": "Third countries associated to the Programme",
        "fr": "Pays tiers associés au programme",
    },
    "group_other": {
        "nl": "Andere landen",
        "en": "Other countries",
        "fr": "Autres pays",
    },
    "role_coordinator": {
        "nl": "Coördinator",
        "en": "Coordinator",
        "fr": "Coordinateur",
    },
    "role_full-partner": {
        "nl": "Volwaardige partner",
        "en": "Full partner",
        "fr": "Partenaire à part entière",
    },
    "role_affiliated-entity": {
        "nl": "Gelieerde entiteit",
        "en": "Affiliated entity",
        "fr": "Entité affiliée",
    },
    "role_associated-partner": {
        "nl": "Geassocieerde partner",
        "en": "Associated partner",
        "fr": "Partenaire associé",
    },
    "type_vet-provider": {
        "nl": "Aanbieder van beroepsonderwijs en -opleiding",
        "en": "VET provider",
        "fr": "Prestataire d'EFP",
    },
    "type_enterprise": {
        "nl": "Onderneming",
        "en": "Enterprise",
        "fr": "Entreprise",
    },
    "type_sector-representative": {
        "nl": "Organisatie die de sector vertegenwoordigt (brancheorganisatie, kamer)",
        "en": "Sector representative organisation (industry body, chamber)",
        "fr": "Organisation représentative du secteur (organisation professionnelle, chambre)",
    },
    "type_higher-education": {
        "nl": "Instelling voor hoger onderwijs",
        "en": "Higher education institution",
        "fr": "Établissement d'enseignement supérieur",
    },
    "type_public-authority": {
        "nl": "Overheidsinstantie",
        "en": "Public authority",
        "fr": "Autorité publique",
    },
    "type_research": {
        "nl": "Onderzoeksinstelling",
        "en": "Research organisation",
        "fr": "Organisme de recherche",
    },
    "type_employer": {
        "nl": "Werkgever",
        "en": "Employer",
        "fr": "Employeur",
    },
    "type_other": {
        "nl": "Andere organisatie",
        "en": "Other organisation",
        "fr": "Autre organisation",
    },
    # What each organisation type means (shown next to the type field; the same words as the rules page)
    "typehelp_vet-provider": {
        "nl": "Aanbieder van beroepsonderwijs en -opleiding op secundair of tertiair niveau: scholen voor beroepsonderwijs, opleidingscentra, hogescholen en polytechnische instituten met beroepsgerichte opleidingen, en de overheidsinstantie die openbare scholen zonder eigen rechtspersoonlijkheid bestuurt.",
        "en": "VET provider, secondary or tertiary: vocational schools, training centres, universities of applied sciences, polytechnics and hogescholen offering professional programmes, and the public body that runs public VET schools without legal personality of their own.",
        "fr": "Prestataire d'EFP de niveau secondaire ou tertiaire : établissements d'enseignement professionnel, centres de formation, hautes écoles et instituts polytechniques offrant des formations professionnalisantes, ainsi que l'organisme public qui gère des établissements publics sans personnalité juridique propre.",
    },
    "typehelp_higher-education": {
        "nl": "Academische instelling voor hoger onderwijs zonder beroepsgerichte opleidingen. Een hogeschool met beroepsgerichte opleidingen is een aanbieder van beroepsonderwijs en -opleiding.",
        "en": "Academic higher education institution without vocational programmes. A university of applied sciences with professional programmes is a VET provider.",
        "fr": "Établissement d'enseignement supérieur universitaire sans formations professionnalisantes. Une haute école qui offre des formations professionnalisantes est un prestataire d'EFP.",
    },
    "typehelp_enterprise": {
        "nl": "Onderneming, groot of klein, privé of openbaar, inclusief de sociale economie.",
        "en": "Enterprise, large or small, private or public, including the social economy.",
        "fr": "Entreprise, grande ou petite, privée ou publique, y compris l'économie sociale.",
    },
    "typehelp_sector-representative": {
        "nl": "Organisatie die de sector vertegenwoordigt, zoals een kamer van koophandel of ambachten, een werkgevers- of brancheorganisatie, een cluster of clusterbeheerder, of een organisatie voor bedrijfsontwikkeling of innovatie.",
        "en": "Sector representative organisation, such as a chamber of commerce or crafts, an employers' or trade association, a cluster or cluster manager, or a business development or innovation organisation.",
        "fr": "Organisation représentative du secteur, comme une chambre de commerce ou de métiers, une organisation patronale ou professionnelle, un pôle ou un gestionnaire de pôle, ou un organisme de développement économique ou d'innovation.",
    },
    "typehelp_employer": {
        "nl": "Andere werkgever, zoals een ziekenhuis of een zorginstelling. De oproepen vanaf 2024 noemen andere werkgevers uitdrukkelijk aan de kant van het bedrijfsleven.",
        "en": "Other employer, such as a hospital or a care organisation. The calls from 2024 name other employers on the enterprise side explicitly.",
        "fr": "Autre employeur, comme un hôpital ou un établissement de soins. Les appels à partir de 2024 citent expressément les autres employeurs du côté des entreprises.",
    },
    "typehelp_public-authority": {
        "nl": "Overheidsinstantie op nationaal, regionaal of lokaal niveau. Bestuurt ze de deelnemende scholen voor beroepsonderwijs, kies dan aanbieder van beroepsonderwijs en -opleiding.",
        "en": "National, regional or local public authority. If it runs the VET schools that take part, choose VET provider.",
        "fr": "Autorité publique nationale, régionale ou locale. Si elle gère les établissements d'EFP participants, choisissez prestataire d'EFP.",
    },
    "typehelp_research": {
        "nl": "Onderzoeksinstelling of -centrum.",
        "en": "Research organisation or centre.",
        "fr": "Organisme ou centre de recherche.",
    },
    "typehelp_other": {
        "nl": "Een andere organisatie, zoals een stichting of vereniging die geen sector vertegenwoordigt.",
        "en": "Another organisation, such as a foundation or association that does not represent a sector.",
        "fr": "Une autre organisation, comme une fondation ou une association qui ne représente pas un secteur.",
    },
    # No-JavaScript fallback: the rules as a checklist (parameters come from the year's data)
    "noscript": {
        "nl": "De subsidiabiliteitstoets in de browser heeft JavaScript nodig. Hieronder staan de regels als checklist; met de opdrachtregel controleert u een partnerschap ook zonder browser.",
        "en": "The in-browser checker needs JavaScript. The rules are listed below as a checklist; the command line checks a partnership without a browser.",
        "fr": "Le vérificateur dans le navigateur nécessite JavaScript. Les règles figurent ci-dessous sous forme de liste ; la ligne de commande vérifie un partenariat sans navigateur.",
    },
    "checklist_heading": {
        "nl": "De formele regels van de oproep {year} als checklist",
        "en": "The formal rules of the {year} call as a checklist",
        "fr": "Les règles formelles de l'appel {year} sous forme de liste",
    },
    "rule_coordinator": {
        "nl": "Precies één coördinator, gevestigd in een EU-lidstaat of een met het programma geassocieerd derde land.",
        "en": "Exactly one coordinator, established in an EU Member State or a third country associated to the Programme.",
        "fr": "Un seul coordinateur, établi dans un État membre de l'UE ou un pays tiers associé au programme.",
    },
    "rule_min-full-partners": {
        "nl": "Minstens {count} volwaardige partners (de coördinator meegerekend) uit EU-lidstaten en met het programma geassocieerde derde landen.",
        "en": "At least {count} full partners (the coordinator included) from EU Member States and third countries associated to the Programme.",
        "fr": "Au moins {count} partenaires à part entière (coordinateur compris) des États membres de l'UE et pays tiers associés au programme.",
    },
    "rule_min-countries": {
        "nl": "Die volwaardige partners komen uit minstens {count} verschillende landen.",
        "en": "Those full partners come from at least {count} different countries.",
        "fr": "Ces partenaires à part entière viennent d'au moins {count} pays différents.",
    },
    "rule_min-eu-member-states": {
        "nl": "Minstens {count} van die landen zijn EU-lidstaten.",
        "en": "At least {count} of those countries are EU Member States.",
        "fr": "Au moins {count} de ces pays sont des États membres de l'UE.",
    },
    "rule_country-composition": {
        "nl": "Elk land met een volwaardige partner heeft onder zijn volwaardige partners minstens één {enterprise} én minstens één {vet}.",
        "en": "Every country with a full partner has, among its full partners, at least one {enterprise} and at least one {vet}.",
        "fr": "Chaque pays ayant un partenaire à part entière compte, parmi ses partenaires à part entière, au moins une organisation de type {enterprise} et au moins un {vet}.",
    },
    "rule_eqf-levels": {
        "nl": "Het project richt zich op minstens één EQF-niveau, alle tussen {min} en {max}.",
        "en": "The project targets at least one EQF level, all between {min} and {max}.",
        "fr": "Le projet vise au moins un niveau du CEC, tous compris entre {min} et {max}.",
    },
    "rule_tertiary-needs-lower-level": {
        "nl": "Richt het project zich op niveau {tertiary_min} of hoger, dan ook op minstens één niveau van {min} tot en met {lower_max}.",
        "en": "If the project targets level {tertiary_min} or higher, it also targets at least one level from {min} to {lower_max}.",
        "fr": "Si le projet vise le niveau {tertiary_min} ou plus, il vise aussi au moins un niveau de {min} à {lower_max}.",
    },
    "rule_tertiary-needs-work-based": {
        "nl": "Richt het project zich op niveau {tertiary_min} of hoger, dan heeft het een sterke component werkplekleren.",
        "en": "If the project targets level {tertiary_min} or higher, it has a strong work-based learning component.",
        "fr": "Si le projet vise le niveau {tertiary_min} ou plus, il comporte une forte composante d'apprentissage en milieu professionnel.",
    },
    "rule_excluded-country": {
        "nl": "Geen enkele organisatie is gevestigd in een uitgesloten land: {countries}.",
        "en": "No organisation is established in an excluded country: {countries}.",
        "fr": "Aucune organisation n'est établie dans un pays exclu : {countries}.",
    },
    # A link or file that replaces the partnership (limits: cove_site/engine/limits.py, in the config's "limits")
    "result_checking": {
        "nl": "Het nieuwe partnerschap wordt gecontroleerd…",
        "en": "Checking the new partnership…",
        "fr": "Vérification du nouveau partenariat…",
    },
    "import_too_large": {
        "nl": "{file} is groter dan {limit} MB, het maximum dat de subsidiabiliteitstoets leest. Uw formulier is niet gewijzigd.",
        "en": "{file} is larger than {limit} MB, the most the checker reads. Your form has not been changed.",
        "fr": "{file} dépasse {limit} Mo, le maximum que lit le vérificateur d'éligibilité. Votre formulaire n'a pas été modifié.",
    },
    "import_not_shown": {
        "nl": "{file} kan niet in het formulier worden getoond; het resultaat hieronder geldt voor het bestand zelf. Uw formulier is niet gewijzigd.",
        "en": "{file} cannot be shown in the form; the result below is for the file itself. Your form has not been changed.",
        "fr": "{file} ne peut pas être affiché dans le formulaire\u00a0; le résultat ci-dessous porte sur le fichier lui-même. Votre formulaire n'a pas été modifié.",
    },
    "link_too_large": {
        "nl": "De link die u opende, is te lang: de subsidiabiliteitstoets leest hoogstens {limit} MB. Het formulier is niet gewijzigd.",
        "en": "The link you opened is too long: the checker reads at most {limit} MB. The form has not been changed.",
        "fr": "Le lien que vous avez ouvert est trop long\u00a0: le vérificateur d'éligibilité lit au plus {limit} Mo. Le formulaire n'a pas été modifié.",
    },
    "link_not_shown": {
        "nl": "Het partnerschap in de link kan niet in het formulier worden getoond; het resultaat hieronder geldt voor de link zelf. Het formulier is niet gewijzigd.",
        "en": "The partnership in the link cannot be shown in the form; the result below is for the link itself. The form has not been changed.",
        "fr": "Le partenariat du lien ne peut pas être affiché dans le formulaire\u00a0; le résultat ci-dessous porte sur le lien lui-même. Le formulaire n'a pas été modifié.",
    },
}

# Every string as its language writes it: the French spacing rule the engine and the pages use (issue 14).
class _InEnglishUntilTranslated(dict):
    """A language without checker strings yet (one just added) reads them in English."""

    def __missing__(self, lang):
        return self["en"]


STRINGS = {key: _InEnglishUntilTranslated({lang: typeset(text, lang) for lang, text in texts.items()})
           for key, texts in STRINGS.items()}


def strings_for(lang: str) -> dict[str, str]:
    """All checker strings in one language (KeyError for a language we do not have)."""
    if not has_language(lang):
        raise KeyError(f"no checker strings for language {lang!r}; have {', '.join(LANGUAGES)}")
    return {key: texts[lang] for key, texts in STRINGS.items()}
