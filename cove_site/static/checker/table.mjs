// The organisations table: one row per organisation (name, country, type, role), made for the keyboard.
// Enter goes to the next row and, on the last one, asks for a new row; the country field takes a code or a
// name (countries.mjs) and shows the name, while the document keeps the code. Rows are numbered in place
// when one is inserted or removed, and a long list is built in batches, so no task blocks the page for long.
// Labels, choices and help come from the page config; the row markup from #cove-org-template.

import { selectFor, setSelect, textOf } from "./controls.mjs";
import { format } from "./text.mjs";

const FIELDS = ["name", "type", "country", "role"]; // the order of the columns
const BATCH = 100; // rows built per task
const PATH = /^organisations\[(\d+)\]\.(\w+)$/;

export function createTable(root, config, { countries, getOrgs, isDraft, onWrite, onEdit, onAdd, onRemove }) {
  const strings = config.strings;
  const body = root.querySelector("[data-cove-orgs]");
  const empty = root.querySelector("[data-cove-orgs-empty]");
  const datalist = root.querySelector("[data-cove-countries]");
  const addButton = root.querySelector("[data-cove-add]");
  const template = root.querySelector("#cove-org-template").content.firstElementChild;
  const selects = { role: selectFor(config.roles, strings), type: selectFor(config.types, strings) };
  let token = 0;
  let building = false;

  const orgs = () => getOrgs() ?? [];
  const control = (row, field) => row.querySelector(`[data-field="${field}"] > input, [data-field="${field}"] > select`);
  const rowOf = (element) => element.closest("tr.cove-row");

  function showHelp(row) {
    const help = row.querySelector("[data-type-help]");
    help.textContent = config.type_help[control(row, "type").value.trim().toLowerCase()] || "";
  }

  function fill(row, org) {
    const value = (field) => (org && typeof org === "object" && !Array.isArray(org) ? org[field] : undefined);
    control(row, "name").value = textOf(value("name"));
    const country = value("country");
    const code = typeof country === "string" ? countries.codeOf(country) : null;
    control(row, "country").value = code ? countries.name(code) : textOf(country);
    setSelect(control(row, "type"), value("type"), strings);
    setSelect(control(row, "role"), value("role"), strings);
    showHelp(row);
  }

  /** Ids, paths, names and descriptions of row `index` (again after rows before it came or went). */
  function number(row, index) {
    const n = index + 1;
    const head = row.querySelector("th");
    row.dataset.index = String(index);
    head.id = `cove-org-${index}-head`;
    row.querySelector("[data-org-label]").textContent = format(strings.org_legend, { number: n });
    row.querySelector("[data-org-number]").textContent = String(n);
    for (const field of FIELDS) {
      const input = control(row, field);
      const id = `cove-org-${index}-${field}`;
      const message = input.parentElement.querySelector(".cove-error-message");
      input.id = id;
      input.dataset.path = `organisations[${index}].${field}`;
      input.setAttribute("aria-labelledby", `cove-col-${field} ${head.id}`);
      message.id = `${id}-error`;
      const described = [];
      if (field === "type") {
        const help = row.querySelector("[data-type-help]");
        help.id = `${id}-help`;
        described.push(help.id);
      }
      if (!message.hidden) described.push(message.id);
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
    }
    const remove = row.querySelector("[data-org-action]");
    remove.dataset.index = String(index);
    remove.setAttribute("aria-label", format(strings.remove_org_label, { number: n }));
  }

  function build(org, index) {
    const row = template.cloneNode(true);
    for (const field of ["type", "role"]) {
      const placeholder = control(row, field);
      const fresh = selects[field].cloneNode(true);
      fresh.className = placeholder.className;
      placeholder.replaceWith(fresh);
    }
    fill(row, org);
    number(row, index);
    return row;
  }

  function renumber(from) {
    const rows = body.children;
    for (let i = from; i < rows.length; i += 1) number(rows[i], i);
  }

  /** Every row again (a loaded document); batches of BATCH rows, `then` once all are there. */
  function render(then) {
    const mine = ++token;
    body.replaceChildren();
    empty.hidden = orgs().length > 0;
    building = true;
    const step = (start) => {
      if (mine !== token) return;
      const list = orgs();
      const stop = Math.min(list.length, start + BATCH);
      const fragment = document.createDocumentFragment();
      for (let i = start; i < stop; i += 1) fragment.append(build(list[i], i));
      body.append(fragment);
      if (stop < list.length) {
        setTimeout(() => step(stop), 0);
      } else {
        building = false;
        then?.();
      }
    };
    step(0);
  }

  /** The row of organisation `index` has come (appended or put back). */
  function insertRow(index) {
    if (building) return render();
    body.insertBefore(build(orgs()[index], index), body.children[index] ?? null);
    empty.hidden = true;
    renumber(index + 1);
  }

  /** The row of organisation `index` has gone. */
  function removeRow(index) {
    if (building) return render();
    body.children[index]?.remove();
    empty.hidden = orgs().length > 0;
    renumber(index);
  }

  function focusRow(index, field = "name") {
    const target = document.getElementById(`cove-org-${index}-${field}`) || addButton;
    target.focus();
    return target;
  }

  /** Every country as a suggestion for the country fields: the year's EU Member States, then its associated
   * third countries, then all others, each group in reading order. Built when a country field is first
   * used, so the page's start does not pay for it. */
  let suggestions = null;
  function fillSuggestions() {
    if (!suggestions) return;
    const { eu, associated } = suggestions;
    suggestions = null;
    const rank = (code) => (eu.includes(code) ? 0 : associated.includes(code) ? 1 : 2);
    const ordered = [...countries.all()].sort((a, b) => rank(a[0]) - rank(b[0])); // stable: names stay in order
    datalist.replaceChildren(...ordered.map(([code, name]) => {
      const item = document.createElement("option");
      item.value = name;
      item.label = code;
      return item;
    }));
  }
  function setCountries(groups) {
    suggestions = groups;
    if (datalist.childElementCount) fillSuggestions(); // already in use: follow the year at once
  }
  body.addEventListener("focusin", (event) => {
    if (event.target.matches?.("input[list]")) fillSuggestions();
  });

  function write(input, commit) {
    const [, index, field] = input.dataset.path.match(PATH);
    let value = input.value;
    if (field === "country") {
      const code = commit ? countries.complete(value) : countries.codeOf(value);
      if (code && commit) input.value = countries.name(code);
      value = code || value.trim();
    }
    if (field === "type") showHelp(rowOf(input));
    onWrite(Number(index), field, value);
  }

  body.addEventListener("input", (event) => {
    if (!event.target.dataset.path) return;
    write(event.target, false);
    onEdit(event.target.dataset.path, "input");
  });
  body.addEventListener("change", (event) => {
    if (!event.target.dataset.path) return;
    write(event.target, true);
    onEdit(event.target.dataset.path, "change");
  });
  body.addEventListener("keydown", (event) => {
    const target = event.target;
    const row = rowOf(target);
    if (!row || !target.dataset.path) return; // buttons keep their own Enter
    if (event.key === "Escape") {
      row.classList.add("cove-row--quiet"); // hides the type help without moving focus (WCAG 1.4.13)
      return;
    }
    if (event.key !== "Enter" || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (target.matches("input[list]")) {
      write(target, true); // the new row takes this country: commit it first
      onEdit(target.dataset.path, "change");
    }
    const index = Number(row.dataset.index);
    if (index < orgs().length - 1) focusRow(index + 1);
    else if (!isDraft(index)) onAdd();
  });
  body.addEventListener("focusout", (event) => {
    const row = rowOf(event.target);
    if (row && !row.contains(event.relatedTarget)) row.classList.remove("cove-row--quiet");
  });
  body.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-org-action]");
    if (button) onRemove(Number(button.dataset.index));
  });

  return {
    render,
    insertRow,
    removeRow,
    focusRow,
    setCountries,
    /** The control and message element for an engine path organisations[i].field, or null. */
    locate(index, field) {
      const input = document.getElementById(`cove-org-${index}-${FIELDS.includes(field) ? field : "name"}`);
      if (!input) return null;
      return { control: input, message: input.parentElement.querySelector(".cove-error-message"), index, field: FIELDS.includes(field) ? field : "name" };
    },
  };
}
