// Countries as people type them: an ISO code (nl, EL, UK) or a name, with or without accents, capitals or an
// article ("the Netherlands", "Pays-Bas"). The engine only ever gets the code; a text that names no country is
// kept as typed, so the engine can say what is wrong with it. The page config carries the names in the page's
// language; the names in the other two languages arrive with the paste vocabulary (`learn`).

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

export function createCountries(config) {
  const shown = new Map(config.country_names); // code -> name in the page language
  const aliases = config.country_aliases || {};
  const byName = new Map();
  const add = (name, code) => {
    const key = fold(name);
    if (key && !byName.has(key)) byName.set(key, code);
  };
  for (const [code, name] of shown) add(name, code);

  const known = (code) => typeof code === "string" && shown.has(code);

  /** The code for a code or a full name, or null. */
  function codeOf(text) {
    const raw = String(text ?? "").trim();
    if (/^[A-Za-z]{2}$/.test(raw)) {
      const upper = raw.toUpperCase();
      const code = Object.hasOwn(aliases, upper) ? aliases[upper] : upper;
      if (known(code)) return code;
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
    known,
    /** The country's name in the page language (the value itself when it is no known country). */
    name: (code) => (known(code) ? shown.get(code) : code),
    /** Every [code, name] in the page language, in reading order. */
    all: () => config.country_names,
    /** Also read the names of `vocabulary.countries` (code -> names in nl, en, fr). */
    learn(vocabulary) {
      for (const [code, names] of Object.entries(vocabulary?.countries || {})) {
        if (known(code)) for (const name of names) add(name, code);
      }
    },
  };
}
