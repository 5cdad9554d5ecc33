// Countries as people type them: an ISO code (nl, EL, UK) or a name in Dutch, English or French, with or
// without accents, capitals or an article ("the Netherlands", "Pays-Bas"). The engine only ever gets the code;
// a text that names no country is kept as typed, so the engine can say what is wrong with it.
// Names and aliases come from the page config (cove_site.checker_page.paste_vocabulary).

const LANGS = ["nl", "en", "fr"];
const ARTICLE = /^(the|de|het|la|le|les|l) /;

/** Lower case, no accents, no punctuation, single spaces, no leading article: "L'Allemagne" -> "allemagne". */
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(ARTICLE, "");
}

export function createCountries(vocabulary, lang) {
  const names = vocabulary.countries; // code -> [nl, en, fr]
  const aliases = vocabulary.aliases || {};
  const shown = Math.max(0, LANGS.indexOf(lang));
  const byName = new Map();
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      const key = fold(name);
      if (key && !byName.has(key)) byName.set(key, code);
    }
  }

  const known = (code) => typeof code === "string" && Object.hasOwn(names, code);

  /** The code for a code or a full name (any of the three languages), or null. */
  function codeOf(text) {
    const raw = String(text ?? "").trim();
    if (/^[A-Za-z]{2}$/.test(raw)) {
      const upper = raw.toUpperCase();
      const code = aliases[upper] || upper;
      if (Object.hasOwn(names, code)) return code;
    }
    return byName.get(fold(raw)) ?? null;
  }

  /** Like codeOf, and also the one country whose name starts with the text ("Neder" -> NL). */
  function complete(text) {
    const exact = codeOf(text);
    const start = fold(text);
    if (exact || start.length < 3) return exact;
    const found = new Set();
    for (const [name, code] of byName) if (name.startsWith(start)) found.add(code);
    return found.size === 1 ? [...found][0] : null;
  }

  return {
    codeOf,
    complete,
    /** The country's name in the page language (the code itself when it is no known country). */
    name: (code) => (known(code) ? names[code][shown] : code),
    known,
  };
}
