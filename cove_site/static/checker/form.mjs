// The partnership form: renders a partnership document into fields and writes edits back.
// The document is the source of truth and is sent to the engine as it is, so a link or file
// keeps values the form cannot show (they appear as "(not in the list)") and the verdict stays
// the CLI's. The organisations are a table (table.mjs); labels, options and messages come from the
// page config.

import { setSelect } from "./controls.mjs";
import { createTable } from "./table.mjs";
import { format } from "./text.mjs";

export function createForm(root, config, { getDoc, countries, isDraft, onWrite, onEdit, onAdd, onRemove }) {
  const strings = config.strings;
  const form = root.querySelector("#cove-form");
  const yearSelect = form.querySelector("#cove-call");
  const eqfBox = form.querySelector("[data-cove-eqf]");
  const wbl = form.querySelector("#cove-wbl");
  let shownYear = null;

  const year = () => {
    const call = String(getDoc().call);
    return Object.hasOwn(config.by_year, call) ? call : String(config.latest);
  };
  const table = createTable(root, config, {
    countries,
    getOrgs: () => (Array.isArray(getDoc().organisations) ? getDoc().organisations : null),
    isDraft,
    onWrite,
    onEdit,
    onAdd,
    onRemove,
  });

  function renderEqf() {
    const levels = Array.isArray(getDoc().eqf_levels) ? getDoc().eqf_levels : [];
    eqfBox.replaceChildren(...config.by_year[year()].eqf_levels.map((level) => {
      const item = document.createElement("div");
      item.className = "cove-checkbox";
      const input = document.createElement("input");
      input.type = "checkbox";
      input.className = "cove-checkbox__input";
      input.id = `cove-eqf-${level}`;
      input.value = String(level);
      input.checked = levels.includes(level);
      const label = document.createElement("label");
      label.className = "cove-checkbox__label";
      label.htmlFor = input.id;
      label.textContent = format(strings.eqf_level, { level });
      item.append(input, label);
      return item;
    }));
  }

  function renderYear() {
    if (shownYear !== year()) {
      shownYear = year();
      table.setCountries(config.by_year[shownYear].groups);
    }
  }

  function render(then) {
    const doc = getDoc();
    if (yearSelect) setSelect(yearSelect, doc.call ?? config.latest, strings);
    wbl.checked = doc.work_based_learning === true;
    renderYear();
    renderEqf();
    table.render(then);
  }

  function onFieldEvent(event) {
    const target = event.target;
    const doc = getDoc();
    let path;
    if (target === yearSelect) {
      doc.call = Number(target.value);
      path = "call";
      renderEqf();
      renderYear(); // the country suggestions follow the year
    } else if (target === wbl) {
      doc.work_based_learning = target.checked;
      path = "work_based_learning";
    } else if (eqfBox.contains(target)) {
      doc.eqf_levels = [...eqfBox.querySelectorAll("input:checked")].map((input) => Number(input.value));
      path = "eqf_levels";
    } else {
      return; // the table handles its own fields
    }
    onEdit(path, event.type);
  }

  form.addEventListener("input", onFieldEvent);
  form.addEventListener("change", onFieldEvent);

  return {
    form,
    table,
    render,
    renderOrganisations: (then) => table.render(then),
    focusOrganisation: (index, field) => table.focusRow(index, field),
    /** The control and message element for an engine error path, or null (then: form level). */
    locate(path) {
      const org = path.match(/^organisations\[(\d+)\](?:\.(\w+))?/);
      if (org) return table.locate(Number(org[1]), org[2]);
      if (path.startsWith("eqf_levels")) {
        return { control: eqfBox.querySelector("input"), message: form.querySelector("#cove-eqf-error"), field: "eqf_levels" };
      }
      if (path === "work_based_learning") return { control: wbl, message: form.querySelector("#cove-wbl-error"), field: "work_based_learning" };
      return null;
    },
  };
}
