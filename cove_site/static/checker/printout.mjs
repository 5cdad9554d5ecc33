// The partnership as paper shows it: one compact table (number, name, country, type, role) and the EQF levels
// and work-based learning on one line, under the verdict. The screen never shows it (checker.css); it is
// brought up to date after each check, in batches for a long list, and once more just before printing.
// Values the form does not know are printed as they are; every text is set with textContent.

import { format } from "./text.mjs";

const BATCH = 400;

export function createPrintout(root, config, countries) {
  const strings = config.strings;
  const section = root.querySelector("[data-cove-print]");
  const facts = section.querySelector("[data-cove-print-facts]");
  const body = section.querySelector("[data-cove-print-rows]");
  const roles = Object.fromEntries(config.roles);
  const types = Object.fromEntries(config.types);
  let token = 0;

  const label = (labels, value) => (typeof value === "string" && Object.hasOwn(labels, value.trim().toLowerCase())
    ? labels[value.trim().toLowerCase()] : typeof value === "string" ? value : value == null ? "" : JSON.stringify(value));
  const country = (value) => {
    const code = typeof value === "string" ? countries.codeOf(value) : null;
    return code ? countries.name(code) : label({}, value);
  };

  function row(org, index) {
    const item = typeof org === "object" && org !== null && !Array.isArray(org) ? org : {};
    const tr = document.createElement("tr");
    for (const text of [String(index + 1), label({}, item.name), label(types, item.type), country(item.country), label(roles, item.role)]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }

  /** Bring the printed table up to `doc`; `sync` builds it in one go (just before printing). */
  function update(doc, sync = false) {
    const mine = ++token;
    const levels = Array.isArray(doc.eqf_levels) && doc.eqf_levels.length ? doc.eqf_levels.join(", ") : strings.print_none;
    facts.textContent = `${format(strings.print_eqf, { levels })} · ${format(strings.print_wbl, {
      answer: doc.work_based_learning === true ? strings.yes : strings.no })}`;
    const orgs = Array.isArray(doc.organisations) ? doc.organisations : [];
    section.dataset.ready = "false";
    body.replaceChildren();
    const step = (start) => {
      if (mine !== token) return;
      const stop = sync ? orgs.length : Math.min(orgs.length, start + BATCH);
      const fragment = document.createDocumentFragment();
      for (let i = start; i < stop; i += 1) fragment.append(row(orgs[i], i));
      body.append(fragment);
      if (stop < orgs.length) setTimeout(() => step(stop), 0);
      else section.dataset.ready = "true";
    };
    if (sync) step(0);
    else setTimeout(() => step(0), 0); // its own tasks: the check's answer is shown first
  }

  return { update };
}
