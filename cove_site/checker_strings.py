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
        "nl": "Vul uw partnerschap in de tabel in of plak het uit een spreadsheet. Het oordeel wordt bijgewerkt terwijl u typt. Niets wordt verstuurd: de subsidiabiliteitstoets draait in uw browser.",
        "en": "Enter your partnership in the table, or paste it from a spreadsheet. The verdict updates as you type. Nothing is sent anywhere: the check runs in your browser.",
        "fr": "Saisissez votre partenariat dans le tableau ou collez-le depuis un tableur. Le verdict se met à jour pendant la saisie. Rien n'est envoyé : la vérification s'exécute dans votre navigateur.",
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
    "project_heading": {
        "nl": "Het project",
        "en": "The project",
        "fr": "Le projet",
    },
    "eqf_legend": {
        "nl": "Op welke EQF-niveaus richt het project zich?",
        "en": "Which EQF levels does the project target?",
        "fr": "Quels niveaux du CEC le projet vise-t-il ?",
    },
    "eqf_hint": {
        "nl": "Het EQF is het Europees kwalificatiekader. Beroepskwalificaties in het hoger secundair onderwijs liggen meestal op niveau 3 of 4, korte opleidingen in het hoger onderwijs op niveau 5, bachelor, master en doctoraat op niveau 6, 7 en 8.",
        "en": "EQF is the European Qualifications Framework. Vocational qualifications at upper secondary level are mostly at level 3 or 4, short-cycle higher education at level 5, bachelor, master and doctorate at levels 6, 7 and 8.",
        "fr": "Le CEC est le cadre européen des certifications. Les certifications professionnelles du secondaire supérieur se situent le plus souvent au niveau 3 ou 4, les formations supérieures courtes au niveau 5, la licence, le master et le doctorat aux niveaux 6, 7 et 8.",
    },
    "eqf_link_glossary": {
        "nl": "Het EQF in de woordenlijst",
        "en": "The EQF in the glossary",
        "fr": "Le CEC dans le glossaire",
    },
    "eqf_link_rules": {
        "nl": "Hoe de subsidiabiliteitstoets de EQF-niveaus toepast",
        "en": "How the checker applies the EQF levels",
        "fr": "Comment le vérificateur applique les niveaux du CEC",
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
        "nl": "Eén rij per organisatie, zoals u die in de aanvraag opgeeft. Met Enter gaat u naar de volgende rij; aan het eind komt er een rij bij, met het land van de rij erboven. Typ bij het land de code (NL) of de naam.",
        "en": "One row per organisation, as you declare it in the application. Enter takes you to the next row; at the end it adds one, with the country of the row above. For the country, type its code (NL) or its name.",
        "fr": "Une ligne par organisation, telle que vous la déclarez dans la candidature. La touche Entrée passe à la ligne suivante ; à la fin, elle en ajoute une, avec le pays de la ligne du dessus. Pour le pays, tapez son code (FR) ou son nom.",
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
    "col_number": {
        "nl": "Nr.",
        "en": "No.",
        "fr": "N°",
    },
    "country_placeholder": {
        "nl": "Code of naam",
        "en": "Code or name",
        "fr": "Code ou nom",
    },
    "keep_note": {
        "nl": "Alleen bewaard in deze browser, op dit apparaat.",
        "en": "Kept in this browser, on this device only.",
        "fr": "Conservé uniquement dans ce navigateur, sur cet appareil.",
    },
    "keep_off": {
        "nl": "Deze browser bewaart het partnerschap niet: sla het als bestand op voordat u weggaat.",
        "en": "This browser does not keep the partnership: save it as a file before you leave.",
        "fr": "Ce navigateur ne conserve pas le partenariat : enregistrez-le dans un fichier avant de partir.",
    },
    "clear_button": {
        "nl": "Wissen",
        "en": "Clear",
        "fr": "Effacer",
    },
    "cleared": {
        "nl": "Het partnerschap is van dit apparaat gewist.",
        "en": "The partnership has been cleared from this device.",
        "fr": "Le partenariat a été effacé de cet appareil.",
    },
    "undo": {
        "nl": "Ongedaan maken",
        "en": "Undo",
        "fr": "Annuler",
    },
    "undone": {
        "nl": "Ongedaan gemaakt.",
        "en": "Undone.",
        "fr": "Action annulée.",
    },
    "restored": {
        "nl": "Het partnerschap van uw vorige bezoek staat weer klaar.",
        "en": "The partnership from your last visit has been restored.",
        "fr": "Le partenariat de votre dernière visite a été rétabli.",
    },
    "replaced_previous": {
        "nl": "Het partnerschap dat u eerder had, is vervangen.",
        "en": "The partnership you had before has been replaced.",
        "fr": "Le partenariat que vous aviez auparavant a été remplacé.",
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
        "nl": "Land",
        "en": "Country",
        "fr": "Pays",
    },
    "role_label": {
        "nl": "Rol",
        "en": "Role",
        "fr": "Rôle",
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
    "paste_open": {
        "nl": "Plakken uit een spreadsheet",
        "en": "Paste from a spreadsheet",
        "fr": "Coller depuis un tableur",
    },
    "paste_label": {
        "nl": "Rijen uit een spreadsheet",
        "en": "Rows from a spreadsheet",
        "fr": "Lignes d'un tableur",
    },
    "paste_hint": {
        "nl": "Eén organisatie per regel: naam, land, rol en soort, gescheiden door tabs (zoals een spreadsheet ze kopieert), puntkomma's of komma's. Een kopregel mag. Het land als code of naam; rol en soort zoals op dit formulier, in het Nederlands, Engels of Frans, of als code. Zonder rol is een organisatie een volwaardige partner; geeft geen enkele regel een rol, dan is de eerste de coördinator.",
        "en": "One organisation per line: name, country, role and type, separated by tabs (as a spreadsheet copies them), semicolons or commas. A header row is fine. The country as a code or a name; role and type as on this form, in Dutch, English or French, or as codes. Without a role, an organisation is a full partner; if no line gives a role, the first is the coordinator.",
        "fr": "Une organisation par ligne : nom, pays, rôle et type, séparés par des tabulations (comme les copie un tableur), des points-virgules ou des virgules. Une ligne d'en-tête est acceptée. Le pays en code ou en toutes lettres ; le rôle et le type comme sur ce formulaire, en néerlandais, en anglais ou en français, ou en code. Sans rôle, une organisation est partenaire à part entière ; si aucune ligne n'indique de rôle, la première est le coordinateur.",
    },
    "paste_understood": {
        "nl": "Wat de subsidiabiliteitstoets heeft gelezen",
        "en": "What the checker read",
        "fr": "Ce que le vérificateur a lu",
    },
    "col_line": {
        "nl": "Regel",
        "en": "Line",
        "fr": "Ligne",
    },
    "paste_read_one": {
        "nl": "1 organisatie gelezen",
        "en": "1 organisation read",
        "fr": "1 organisation lue",
    },
    "paste_read_other": {
        "nl": "{count} organisaties gelezen",
        "en": "{count} organisations read",
        "fr": "{count} organisations lues",
    },
    "paste_more_one": {
        "nl": "en nog 1 organisatie, op dezelfde manier gelezen",
        "en": "and 1 more organisation, read the same way",
        "fr": "et 1 autre organisation, lue de la même façon",
    },
    "paste_more_other": {
        "nl": "en nog {count} organisaties, op dezelfde manier gelezen",
        "en": "and {count} more organisations, read the same way",
        "fr": "et {count} autres organisations, lues de la même façon",
    },
    "paste_bad_one": {
        "nl": "1 regel kon niet worden gelezen",
        "en": "1 line could not be read",
        "fr": "1 ligne n'a pas pu être lue",
    },
    "paste_bad_other": {
        "nl": "{count} regels konden niet worden gelezen",
        "en": "{count} lines could not be read",
        "fr": "{count} lignes n'ont pas pu être lues",
    },
    "paste_problem": {
        "nl": "Regel {line}: {reason}",
        "en": "Line {line}: {reason}",
        "fr": "Ligne {line} : {reason}",
    },
    "reason_separator": {
        "nl": "; ",
        "en": "; ",
        "fr": " ; ",
    },
    "paste_no_name": {
        "nl": "geen naam",
        "en": "no name",
        "fr": "pas de nom",
    },
    "paste_no_country": {
        "nl": "geen land",
        "en": "no country",
        "fr": "pas de pays",
    },
    "paste_no_type": {
        "nl": "geen soort organisatie",
        "en": "no type of organisation",
        "fr": "pas de type d'organisation",
    },
    "paste_unknown": {
        "nl": "‘{value}’ is geen land, rol of soort die dit formulier kent",
        "en": "“{value}” is not a country, role or type this form knows",
        "fr": "« {value} » n'est pas un pays, un rôle ni un type connu de ce formulaire",
    },
    "paste_twice": {
        "nl": "twee waarden voor {field}: ‘{first}’ en ‘{second}’",
        "en": "two values for {field}: “{first}” and “{second}”",
        "fr": "deux valeurs pour {field} : « {first} » et « {second} »",
    },
    "field_country": {
        "nl": "het land",
        "en": "the country",
        "fr": "le pays",
    },
    "field_role": {
        "nl": "de rol",
        "en": "the role",
        "fr": "le rôle",
    },
    "field_type": {
        "nl": "de soort organisatie",
        "en": "the type of organisation",
        "fr": "le type d'organisation",
    },
    "paste_replace": {
        "nl": "De organisaties vervangen",
        "en": "Replace the organisations",
        "fr": "Remplacer les organisations",
    },
    "paste_append": {
        "nl": "Toevoegen aan de organisaties",
        "en": "Add to the organisations",
        "fr": "Ajouter aux organisations",
    },
    "paste_close": {
        "nl": "Sluiten",
        "en": "Close",
        "fr": "Fermer",
    },
    "paste_done_one": {
        "nl": "1 organisatie uit de spreadsheet staat in de tabel.",
        "en": "1 organisation from the spreadsheet is in the table.",
        "fr": "1 organisation du tableur figure dans le tableau.",
    },
    "paste_done_other": {
        "nl": "{count} organisaties uit de spreadsheet staan in de tabel.",
        "en": "{count} organisations from the spreadsheet are in the table.",
        "fr": "{count} organisations du tableur figurent dans le tableau.",
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
        "nl": "Opslaan als bestand",
        "en": "Save as a file",
        "fr": "Enregistrer dans un fichier",
    },
    "export_filename": {
        "nl": "partnerschap.json",
        "en": "partnership.json",
        "fr": "partenariat.json",
    },
    "import_label": {
        "nl": "Een opgeslagen bestand openen",
        "en": "Open a saved file",
        "fr": "Ouvrir un fichier enregistré",
    },
    "import_hint": {
        "nl": "Een bestand dat u eerder op deze pagina hebt opgeslagen met ‘Opslaan als bestand’ (de naam eindigt op .json). Het vervangt wat nu in het formulier staat; dat kunt u ongedaan maken.",
        "en": "A file you saved earlier on this page with “Save as a file” (its name ends in .json). It replaces what is in the form now; you can undo that.",
        "fr": "Un fichier que vous avez enregistré sur cette page avec « Enregistrer dans un fichier » (son nom se termine par .json). Il remplace le contenu actuel du formulaire ; vous pouvez annuler ce remplacement.",
    },
    "import_done": {
        "nl": "{file} is geopend.",
        "en": "{file} has been opened.",
        "fr": "{file} a été ouvert.",
    },
    "import_bad": {
        "nl": "{file} is geen partnerschap dat op deze pagina is opgeslagen. Uw formulier is niet gewijzigd.",
        "en": "{file} is not a partnership saved from this page. Your form has not been changed.",
        "fr": "{file} n'est pas un partenariat enregistré depuis cette page. Votre formulaire n'a pas été modifié.",
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
        "fr": "Erreur :",
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
        "fr": "Chargement du vérificateur : environnement Python (environ 6 Mo, une seule fois)…",
    },
    "status_engine": {
        "nl": "De subsidiabiliteitstoets wordt geladen: de regels van de oproep…",
        "en": "Loading the checker: the rules of the call…",
        "fr": "Chargement du vérificateur : les règles de l'appel…",
    },
    "status_rules": {
        "nl": "De subsidiabiliteitstoets wordt geladen: de gegevens per oproepjaar…",
        "en": "Loading the checker: the data for each call year…",
        "fr": "Chargement du vérificateur : les données de chaque année d'appel…",
    },
    "status_ready": {
        "nl": "De subsidiabiliteitstoets is klaar. U kunt het formulier gewoon verder invullen.",
        "en": "The checker is ready. You can go on filling in the form.",
        "fr": "Le vérificateur est prêt. Vous pouvez continuer à remplir le formulaire.",
    },
    "failed_no-wasm": {
        "nl": "De subsidiabiliteitstoets kan niet starten: deze browser staat WebAssembly niet toe (bijvoorbeeld door een beveiligingsinstelling).",
        "en": "The checker cannot start: this browser does not allow WebAssembly (for example because of a security setting).",
        "fr": "Le vérificateur ne peut pas démarrer : ce navigateur n'autorise pas WebAssembly (par exemple à cause d'un réglage de sécurité).",
    },
    "failed_runtime": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de Python-omgeving kon niet worden geladen.",
        "en": "The checker cannot start: the Python runtime could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : l'environnement Python n'a pas pu être chargé.",
    },
    "failed_engine": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de regels konden niet worden geladen.",
        "en": "The checker cannot start: the rules could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : les règles n'ont pas pu être chargées.",
    },
    "failed_rules": {
        "nl": "De subsidiabiliteitstoets kan niet starten: de gegevens van de oproepjaren konden niet worden geladen.",
        "en": "The checker cannot start: the call-year data could not be loaded.",
        "fr": "Le vérificateur ne peut pas démarrer : les données des années d'appel n'ont pas pu être chargées.",
    },
    "failed_worker": {
        "nl": "De subsidiabiliteitstoets kan niet starten: deze browser blokkeert het achtergrondproces dat de subsidiabiliteitstoets uitvoert.",
        "en": "The checker cannot start: this browser blocks the background process that runs the check.",
        "fr": "Le vérificateur ne peut pas démarrer : ce navigateur bloque le processus d'arrière-plan qui effectue la vérification.",
    },
    "failed_timeout": {
        "nl": "De subsidiabiliteitstoets is na {seconds} seconden nog niet geladen. Controleer uw verbinding en laad de pagina opnieuw.",
        "en": "The checker has not loaded after {seconds} seconds. Check your connection and reload the page.",
        "fr": "Le vérificateur n'est toujours pas chargé après {seconds} secondes. Vérifiez votre connexion et rechargez la page.",
    },
    "failed_check": {
        "nl": "De subsidiabiliteitstoets liep vast op deze invoer. Sla het partnerschap op als bestand en meld het probleem.",
        "en": "The check failed on this input. Save the partnership as a file and report the problem.",
        "fr": "La vérification a échoué sur ces données. Enregistrez le partenariat dans un fichier et signalez le problème.",
    },
    "failed_keep": {
        "nl": "Wat u hebt ingevuld, blijft staan. U kunt het ook als bestand opslaan.",
        "en": "What you entered is kept. You can also save it as a file.",
        "fr": "Vos saisies sont conservées. Vous pouvez aussi les enregistrer dans un fichier.",
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
        "fr": "À vérifier : voyez les points ci-dessous",
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
        "fr": "Ceci est une aide, pas une décision : seule l'Agence exécutive européenne pour l'éducation et la culture (EACEA) statue sur l'éligibilité.",
    },
    "bar_waiting": {
        "nl": "De subsidiabiliteitstoets wordt geladen…",
        "en": "Loading the checker…",
        "fr": "Chargement du vérificateur…",
    },
    "bar_empty": {
        "nl": "Nog geen organisaties",
        "en": "No organisations yet",
        "fr": "Aucune organisation pour l'instant",
    },
    "bar_eligible": {
        "nl": "Voldoet aan de formele regels",
        "en": "Meets the formal rules",
        "fr": "Respecte les règles formelles",
    },
    "bar_not-eligible": {
        "nl": "Voldoet niet aan de formele regels",
        "en": "Does not meet the formal rules",
        "fr": "Ne respecte pas les règles formelles",
    },
    "bar_depends": {
        "nl": "Hangt ervan af",
        "en": "Depends",
        "fr": "À vérifier",
    },
    "bar_failed": {
        "nl": "De subsidiabiliteitstoets kon niet starten",
        "en": "The checker could not start",
        "fr": "Le vérificateur n'a pas pu démarrer",
    },
    "bar_fails_one": {
        "nl": "1 regel niet voldaan",
        "en": "1 rule not met",
        "fr": "1 règle non respectée",
    },
    "bar_fails_other": {
        "nl": "{count} regels niet voldaan",
        "en": "{count} rules not met",
        "fr": "{count} règles non respectées",
    },
    "bar_depends_one": {
        "nl": "1 punt na te gaan",
        "en": "1 point to verify",
        "fr": "1 point à vérifier",
    },
    "bar_depends_other": {
        "nl": "{count} punten na te gaan",
        "en": "{count} points to verify",
        "fr": "{count} points à vérifier",
    },
    "bar_all_met": {
        "nl": "aan elke regel voldaan",
        "en": "every rule met",
        "fr": "toutes les règles respectées",
    },
    "bar_problems_one": {
        "nl": "1 probleem in het formulier",
        "en": "1 problem in the form",
        "fr": "1 problème dans le formulaire",
    },
    "bar_problems_other": {
        "nl": "{count} problemen in het formulier",
        "en": "{count} problems in the form",
        "fr": "{count} problèmes dans le formulaire",
    },
    "bar_details": {
        "nl": "Bekijk de details",
        "en": "See the details",
        "fr": "Voir le détail",
    },
    "print_heading": {
        "nl": "Het partnerschap",
        "en": "The partnership",
        "fr": "Le partenariat",
    },
    "print_eqf": {
        "nl": "EQF-niveaus: {levels}",
        "en": "EQF levels: {levels}",
        "fr": "Niveaux du CEC : {levels}",
    },
    "print_wbl": {
        "nl": "Sterke component werkplekleren: {answer}",
        "en": "Strong work-based learning component: {answer}",
        "fr": "Forte composante d'apprentissage en milieu professionnel : {answer}",
    },
    "yes": {
        "nl": "ja",
        "en": "yes",
        "fr": "oui",
    },
    "no": {
        "nl": "nee",
        "en": "no",
        "fr": "non",
    },
    "print_none": {
        "nl": "geen",
        "en": "none",
        "fr": "aucun",
    },
    "dev_link_lead": {
        "nl": "Voor beheerders en ontwikkelaars van de site:",
        "en": "For the site's maintainers and developers:",
        "fr": "Pour les gestionnaires et développeurs du site :",
    },
    "dev_link_text": {
        "nl": "de subsidiabiliteitstoets op de opdrachtregel, het bestandsformaat en de afsluitcodes",
        "en": "the checker on the command line, its file format and exit codes",
        "fr": "le vérificateur en ligne de commande, son format de fichier et ses codes de sortie",
    },
    # Roles and types
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
        "fr": "Prestataire d'EFP de niveau secondaire ou tertiaire : établissements d'enseignement professionnel, centres de formation, hautes écoles et instituts polytechniques offrant des formations professionnalisantes, ainsi que l'organisme public qui gère des établissements publics sans personnalité juridique propre.",
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
        "nl": "De subsidiabiliteitstoets in de browser heeft JavaScript nodig. Hieronder staan de regels als checklist.",
        "en": "The in-browser checker needs JavaScript. The rules are listed below as a checklist.",
        "fr": "Le vérificateur dans le navigateur nécessite JavaScript. Les règles figurent ci-dessous sous forme de liste.",
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
        "fr": "Aucune organisation n'est établie dans un pays exclu : {countries}.",
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
        "fr": "{file} ne peut pas être affiché dans le formulaire\u202f; le résultat ci-dessous porte sur le fichier lui-même. Votre formulaire n'a pas été modifié.",
    },
    "link_too_large": {
        "nl": "De link die u opende, is te lang: de subsidiabiliteitstoets leest hoogstens {limit} MB. Het formulier is niet gewijzigd.",
        "en": "The link you opened is too long: the checker reads at most {limit} MB. The form has not been changed.",
        "fr": "Le lien que vous avez ouvert est trop long\u00a0: le vérificateur d'éligibilité lit au plus {limit} Mo. Le formulaire n'a pas été modifié.",
    },
    "link_not_shown": {
        "nl": "Het partnerschap in de link kan niet in het formulier worden getoond; het resultaat hieronder geldt voor de link zelf. Het formulier is niet gewijzigd.",
        "en": "The partnership in the link cannot be shown in the form; the result below is for the link itself. The form has not been changed.",
        "fr": "Le partenariat du lien ne peut pas être affiché dans le formulaire\u202f; le résultat ci-dessous porte sur le lien lui-même. Le formulaire n'a pas été modifié.",
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
