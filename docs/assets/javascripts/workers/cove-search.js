// The site's search worker: Material's own worker (named in the query string; it lives next to this file, so
// its lunr language files load from ../lunr/ as usual), with two changes that make search work per language
// (cove_site/site/search.py writes one index per language, configured with that language's stemmer):
// - Accent folding: words are folded (é -> e, ï -> i) before the language's stemmer, in the index and in
//   queries alike, so "eligibilite" and "éligibilité" find the same pages.
// - Whole words: Material adds a wildcard to every word typed ("budget*"), and lunr then skips the stemmer,
//   so a whole word ("éligibilité") would miss its stemmed form in the index ("eligibil"). A word with a
//   trailing wildcard is searched as the longest common beginning of its folded and its stemmed form.
// No text and no rules live here; nothing is loaded from another host.
"use strict";

const material = new URL(self.location.href).searchParams.get("material") || "";
if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) throw new Error("cove-search.js: no Material search worker named");
importScripts(material);

(() => {
  const fold = (word) => word.normalize("NFD").replace(/\p{M}+/gu, "");

  // Every stemmer lunr knows now, and those of the language files Material loads later, folds first.
  const folding = new WeakSet();
  function foldingStemmer(stemmer, label) {
    if (folding.has(stemmer)) return stemmer;
    const stem = (token, i, tokens) => stemmer(token.update(fold), i, tokens);
    folding.add(stem);
    lunr.Pipeline.registerFunction(stem, label);
    return stem;
  }
  function foldStemmers() {
    lunr.stemmer = foldingStemmer(lunr.stemmer, "cove-stemmer-en");
    for (const [code, language] of Object.entries(lunr)) {
      if (language && typeof language.stemmer === "function" && /^[a-z]{2}$/.test(code)) {
        language.stemmer = foldingStemmer(language.stemmer, `cove-stemmer-${code}`);
      }
    }
  }
  foldStemmers();
  const load = self.importScripts.bind(self);
  self.importScripts = (...urls) => {
    load(...urls);
    foldStemmers();
  };

  // The pipeline that queries go through (the language's stemmer), known once the index is built.
  let searchPipeline = null;
  const build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    searchPipeline = this.searchPipeline;
    return build.call(this);
  };
  function commonStart(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return a.slice(0, n);
  }
  const clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (spec) {
    const word = typeof spec.term === "string" && /^([^*]+)\*$/.exec(spec.term);
    if (word && searchPipeline) {
      const folded = fold(word[1]);
      const [stemmed] = searchPipeline.runString(word[1]);
      const start = stemmed ? commonStart(folded, stemmed) : folded;
      spec.term = `${start.length >= Math.min(3, folded.length) ? start : folded}*`;
    }
    return clause.call(this, spec);
  };
})();
