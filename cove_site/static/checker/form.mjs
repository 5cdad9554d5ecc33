// The partnership form: renders a partnership document into fields and writes edits back.
// The document is the source of truth and is sent to the engine as it is, so a link or file
// keeps values the form cannot show (they appear as "(not in the list)") and the verdict stays
// the CLI's. Labels, options and messages come from the page config.

import { format } from "./text.mjs";

const ORG_FIELDS = ["name", "country", "role", "type"];
const SLICE_MS = 12; // cards are rendered in tasks of about this long, so a big import never blocks the page
const FIRST_CARDS = 12; // ...except the first ones, at once: the smallest eligible partnership is there in one go
// Cards after these get a country list of one option (the chosen country) that fills itself when the field
// gets focus: 1,000 full lists would be 250,000 options, and the page would stall on them.
const FULL_COUNTRY_LISTS = 50;

function option(value, label) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = label;
  return element;
}

function selectFor(choices, strings) {
  const select = document.createElement("select");
  select.append(option("", strings.choose));
  for (const [value, label] of choices) select.append(option(value, label));
  return select;
}

function countrySelect(groups, strings) {
  const select = document.createElement("select");
  select.append(option("", strings.choose));
  for (const group of groups) {
    const optgroup = document.createElement("optgroup");
    optgroup.label = group.label;
    for (const [code, name] of group.options) optgroup.append(option(code, name));
    select.append(optgroup);
  }
  return select;
}

/** Show `value` in `select`; a value it has no option for gets one, so nothing is lost. */
function setSelect(select, value, strings) {
  select.querySelector("option[data-unlisted]")?.remove();
  const wanted = typeof value === "string" ? value.trim() : value == null ? "" : JSON.stringify(value);
  const match = [...select.options].find((o) => o.value.toLowerCase() === wanted.toLowerCase());
  if (match || wanted === "") {
    select.value = match ? match.value : "";
    return;
  }
  const extra = option(String(value), format(strings.unknown_value, { value: wanted }));
  extra.dataset.unlisted = "";
  select.append(extra);
  select.value = String(value);
}

/** A country list with only `value`'s option (if it has one) until the field gets focus. */
function lazyCountrySelect(full, value, strings) {
  const select = document.createElement("select");
  select.append(option("", strings.choose));
  const wanted = typeof value === "string" ? value.trim().toLowerCase() : "";
  const match = wanted && [...full.options].find((o) => o.value.toLowerCase() === wanted);
  if (match) select.append(option(match.value, match.textContent));
  select.dataset.lazy = "";
  return select;
}

/** Give a lazy country list all its options, keeping what it shows. */
function fillCountries(select, full) {
  if (!select.matches("select[data-lazy]")) return;
  delete select.dataset.lazy;
  const value = select.value;
  const unlisted = select.querySelector("option[data-unlisted]");
  select.replaceChildren(...full.cloneNode(true).childNodes);
  if (unlisted) select.append(unlisted);
  select.value = value;
}

function textOf(value) {
  return typeof value === "string" ? value : value == null ? "" : JSON.stringify(value);
}

export function createForm(root, config, { getDoc, onEdit, onStructure }) {
  const strings = config.strings;
  const form = root.querySelector("#cove-form");
  const yearSelect = form.querySelector("#cove-call");
  const eqfBox = form.querySelector("[data-cove-eqf]");
  const wbl = form.querySelector("#cove-wbl");
  let list = form.querySelector("[data-cove-orgs]");
  const empty = form.querySelector("[data-cove-orgs-empty]");
  const count = form.querySelector("[data-cove-org-count]");
  const template = root.querySelector("#cove-org-template");
  const templates = { role: selectFor(config.roles, strings), type: selectFor(config.types, strings) };
  const countryTemplates = new Map();
  let renderToken = 0;

  const organisations = () => (Array.isArray(getDoc().organisations) ? getDoc().organisations : []);
  const year = () => {
    const call = getDoc().call;
    return config.by_year[String(call)] ? String(call) : String(config.latest);
  };
  const countryTemplate = () => {
    if (!countryTemplates.has(year())) countryTemplates.set(year(), countrySelect(config.by_year[year()].countries, strings));
    return countryTemplates.get(year());
  };

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

  function card(org, index) {
    const item = template.content.firstElementChild.cloneNode(true);
    const number = index + 1;
    item.dataset.index = String(index);
    item.querySelector("[data-org-legend]").textContent = format(strings.org_legend, { number });
    for (const field of ORG_FIELDS) {
      const group = item.querySelector(`[data-field="${field}"]`);
      const id = `cove-org-${index}-${field}`;
      let control = group.querySelector("input, select");
      const value = org && typeof org === "object" ? org[field] : undefined;
      if (field !== "name") {
        const fresh = field !== "country" ? templates[field].cloneNode(true)
          : index < FULL_COUNTRY_LISTS ? countryTemplate().cloneNode(true)
          : lazyCountrySelect(countryTemplate(), value, strings);
        fresh.className = control.className;
        control.replaceWith(fresh);
        control = fresh;
      }
      control.id = id;
      control.dataset.path = `organisations[${index}].${field}`;
      group.querySelector("label").htmlFor = id;
      group.querySelector(".cove-error-message").id = `${id}-error`;
      if (field === "name") control.value = textOf(value);
      else setSelect(control, value, strings);
      if (field === "type") {
        const help = group.querySelector("[data-type-help]");
        help.id = `${id}-help`;
        control.setAttribute("aria-describedby", help.id);
        showTypeHelp(control);
      }
    }
    for (const button of item.querySelectorAll("[data-org-action]")) {
      button.dataset.index = String(index);
      button.setAttribute("aria-label", format(strings[`${button.dataset.orgAction}_org_label`], { number }));
    }
    return item;
  }

  /** The selected type's meaning under the type field (empty when nothing known is selected). */
  function showTypeHelp(select) {
    const help = select.closest(".cove-group").querySelector("[data-type-help]");
    const text = config.type_help[select.value.trim().toLowerCase()] || "";
    help.textContent = text;
    help.hidden = !text;
  }

  function renderOrganisations() {
    const orgs = organisations();
    const token = ++renderToken;
    // A fresh, empty list in place of the old one: dropping a thousand cards at once is cheaper than emptying.
    const fresh = list.cloneNode(false);
    list.replaceWith(fresh);
    list = fresh;
    empty.hidden = orgs.length > 0;
    count.textContent = orgs.length ? format(strings[orgs.length === 1 ? "orgs_count_one" : "orgs_count_other"], { count: orgs.length }) : "";
    const renderFrom = (start) => {
      if (token !== renderToken) return;
      const until = performance.now() + SLICE_MS;
      const fragment = document.createDocumentFragment();
      let i = start;
      while (i < orgs.length) {
        fragment.append(card(orgs[i], i));
        i += 1;
        if (i >= FIRST_CARDS && performance.now() >= until) break;
      }
      list.append(fragment);
      if (i < orgs.length) setTimeout(() => renderFrom(i), 0);
    };
    renderFrom(0);
  }

  function render() {
    const doc = getDoc();
    if (yearSelect) setSelect(yearSelect, doc.call ?? config.latest, strings);
    wbl.checked = doc.work_based_learning === true;
    renderEqf();
    renderOrganisations();
  }

  function writeOrg(index, field, value) {
    const doc = getDoc();
    if (!Array.isArray(doc.organisations)) doc.organisations = [];
    const current = doc.organisations[index];
    if (!current || typeof current !== "object" || Array.isArray(current)) doc.organisations[index] = {};
    doc.organisations[index][field] = value;
  }

  function onFieldEvent(event) {
    const target = event.target;
    const doc = getDoc();
    let path;
    if (target === yearSelect) {
      doc.call = Number(target.value);
      path = "call";
      renderEqf();
      renderOrganisations(); // country groups can differ per year
    } else if (target === wbl) {
      doc.work_based_learning = target.checked;
      path = "work_based_learning";
    } else if (eqfBox.contains(target)) {
      doc.eqf_levels = [...eqfBox.querySelectorAll("input:checked")].map((input) => Number(input.value));
      path = "eqf_levels";
    } else if (target.dataset.path) {
      const [, index, field] = target.dataset.path.match(/^organisations\[(\d+)\]\.(\w+)$/);
      writeOrg(Number(index), field, target.value);
      if (field === "type") showTypeHelp(target);
      path = target.dataset.path;
    } else {
      return;
    }
    onEdit(path, event.type);
  }

  function onClick(event) {
    const button = event.target.closest("button[data-org-action], button[data-cove-add]");
    if (!button) return;
    const doc = getDoc();
    if (!Array.isArray(doc.organisations)) doc.organisations = [];
    const orgs = doc.organisations;
    if (button.hasAttribute("data-cove-add")) {
      orgs.push({ name: "", country: "", role: "", type: "" });
      return onStructure({ kind: "add", index: orgs.length - 1 });
    }
    const index = Number(button.dataset.index);
    if (button.dataset.orgAction === "duplicate") {
      orgs.splice(index + 1, 0, structuredClone(orgs[index]));
      onStructure({ kind: "duplicate", index: index + 1 });
    } else {
      orgs.splice(index, 1);
      onStructure({ kind: "remove", index });
    }
  }

  const fillOnUse = (event) => event.target instanceof HTMLSelectElement && fillCountries(event.target, countryTemplate());
  form.addEventListener("focusin", fillOnUse);
  form.addEventListener("pointerdown", fillOnUse, true);
  form.addEventListener("input", onFieldEvent);
  form.addEventListener("change", onFieldEvent);
  form.addEventListener("click", onClick);

  return {
    form,
    render,
    renderOrganisations,
    focusOrganisation(index) {
      const target = list.querySelector(`#cove-org-${index}-name`) || form.querySelector("[data-cove-add]");
      target.focus();
    },
    /** The control and message element for an engine error path, or null (then: form level). */
    locate(path) {
      const org = path.match(/^organisations\[(\d+)\](?:\.(\w+))?/);
      if (org) {
        const field = ORG_FIELDS.includes(org[2]) ? org[2] : "name";
        const control = list.querySelector(`#cove-org-${org[1]}-${field}`);
        return control && { control, message: control.closest(".cove-group").querySelector(".cove-error-message"), index: Number(org[1]), field };
      }
      if (path.startsWith("eqf_levels")) {
        return { control: eqfBox.querySelector("input"), message: form.querySelector("#cove-eqf-error"), field: "eqf_levels" };
      }
      if (path === "work_based_learning") return { control: wbl, message: form.querySelector("#cove-wbl-error"), field: "work_based_learning" };
      return null;
    },
  };
}
