// The organisations table: one row per organisation (name, country, type, role), made for the keyboard.
// Enter goes to the next row and, on the last one, asks for a new row; the country field takes a code or a
// name (countries.mjs) and shows the name, while the document keeps the code. Rows are numbered in place
// when one is inserted or removed, and a long list is built in batches, so no task blocks the page for long.
// Labels, choices and help come from the page config; the row markup from #cove-org-template.
// A row's place in the table is its index in the document: events read it from there, so renumbering the ids
// and labels of thousands of rows after an insertion can go on in batches without a field ever writing to the
// wrong organisation. Rows sit in <tbody> chunks of about CHUNK rows, each skipped by the browser's layout and
// paint while out of view (checker.css), so removing one row of 5,000 lays out a few dozen boxes, not 5,000.

import { selectFor, setSelect, textOf } from "./controls.mjs";
import { format } from "./text.mjs";

const FIELDS = ["name", "type", "country", "role"]; // the order of the columns
const BATCH = 60; // rows built per task
const CHUNK = 100; // rows per <tbody>
const RENUMBER_NOW = 100; // rows renumbered at once after an insertion or removal; the rest in batches of
const RENUMBER_BATCH = 400;

export function createTable(root, config, { countries, getOrgs, isDraft, onWrite, onEdit, onAdd, onRemove }) {
  const strings = config.strings;
  const first = root.querySelector("[data-cove-orgs]"); // the first chunk; the others follow it
  const table = first.closest("table");
  const wrap = root.querySelector("[data-cove-table-wrap]");
  const empty = root.querySelector("[data-cove-orgs-empty]");
  const datalist = root.querySelector("[data-cove-countries]");
  const addButton = root.querySelector("[data-cove-add]");
  // One prototype row with its choices in place: each new row is a single deep clone.
  const template = root.querySelector("#cove-org-template").content.firstElementChild.cloneNode(true);
  for (const [field, choices] of [["type", config.types], ["role", config.roles]]) {
    const placeholder = template.querySelector(`[data-field="${field}"] > select`);
    const select = selectFor(choices, strings);
    select.className = placeholder.className;
    placeholder.replaceWith(select);
  }
  let token = 0;
  let building = false;
  let renumberToken = 0;
  let renumberFrom = Infinity;
  let rows = []; // the <tr> of every organisation, in document order

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
    fill(row, org);
    number(row, index);
    return row;
  }

  /** Number rows from `from` on: the first ones at once (the rows around the change), the rest in batches. */
  function renumber(from) {
    const mine = ++renumberToken;
    renumberFrom = Math.min(renumberFrom, from);
    const step = (start, size) => {
      if (mine !== renumberToken) return;
      const stop = Math.min(rows.length, start + size);
      for (let i = start; i < stop; i += 1) number(rows[i], i);
      if (stop < rows.length) setTimeout(() => step(stop, RENUMBER_BATCH), 0);
      else renumberFrom = Infinity;
    };
    step(renumberFrom, RENUMBER_NOW);
  }

  /** Reserve the room of `count` rows at once (checker.css): the page keeps its height while rows arrive in
   * batches, so nothing below moves and nothing that watches the page's size (Material's sidebars) re-measures. */
  function reserve(count) {
    // min-height itself, not an inherited custom property: changing it restyles the wrapper, not every row.
    wrap.style.minHeight = `calc(var(--cove-head-h) + ${Math.max(1, count)} * var(--cove-row-h))`;
  }

  /** The size a chunk takes while it is skipped: its number of rows at the row height of the layout. */
  function sizeChunk(chunk) {
    chunk.style.containIntrinsicBlockSize = `auto calc(${chunk.childElementCount} * var(--cove-row-h))`;
  }
  function newChunk() {
    const chunk = first.cloneNode(false);
    table.append(chunk);
    return chunk;
  }
  /** Put `row` into the last chunk, starting a new one when that is full. */
  function appendToChunks(row) {
    let chunk = table.tBodies[table.tBodies.length - 1];
    if (chunk.childElementCount >= CHUNK) chunk = newChunk();
    chunk.append(row);
    return chunk;
  }

  /** Every row again (a loaded document); batches of BATCH rows, `then` once all are there. */
  function render(then) {
    const mine = ++token;
    renumberToken += 1; // rows are built numbered: any renumbering still under way is moot
    renumberFrom = Infinity;
    rows = [];
    while (table.tBodies.length > 1) table.tBodies[1].remove();
    first.replaceChildren();
    empty.hidden = orgs().length > 0;
    reserve(orgs().length);
    building = true;
    const step = (start) => {
      if (mine !== token) return;
      const list = orgs();
      const stop = Math.min(list.length, start + BATCH);
      const touched = new Set();
      for (let i = start; i < stop; i += 1) {
        const row = build(list[i], i);
        rows.push(row);
        touched.add(appendToChunks(row));
      }
      touched.forEach(sizeChunk);
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
    const row = build(orgs()[index], index);
    if (index < rows.length) {
      rows[index].before(row);
      sizeChunk(row.parentElement);
    } else {
      sizeChunk(appendToChunks(row));
    }
    rows.splice(index, 0, row);
    empty.hidden = true;
    reserve(orgs().length);
    renumber(index + 1);
  }

  /** The row of organisation `index` has gone. */
  function removeRow(index) {
    if (building) return render();
    const [row] = rows.splice(index, 1);
    const chunk = row?.parentElement;
    row?.remove();
    if (chunk && chunk !== first && !chunk.childElementCount) chunk.remove();
    else if (chunk) sizeChunk(chunk);
    empty.hidden = orgs().length > 0;
    reserve(orgs().length);
    renumber(index);
  }

  const indexOf = (row) => rows.indexOf(row);
  const fieldOf = (input) => input.closest("[data-field]")?.dataset.field;
  const pathOf = (input) => `organisations[${indexOf(rowOf(input))}].${fieldOf(input)}`;

  function focusRow(index, field = "name") {
    const row = rows[index];
    const target = (row && control(row, field)) || addButton;
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
  table.addEventListener("focusin", (event) => {
    if (event.target.matches?.("input[list]")) fillSuggestions();
  });

  function write(input, commit) {
    const index = indexOf(rowOf(input));
    const field = fieldOf(input);
    let value = input.value;
    if (field === "country") {
      const code = commit ? countries.complete(value) : countries.codeOf(value);
      if (code && commit) input.value = countries.name(code);
      value = code || value.trim();
    }
    if (field === "type") showHelp(rowOf(input));
    onWrite(index, field, value);
  }

  table.addEventListener("input", (event) => {
    if (!event.target.dataset.path) return;
    write(event.target, false);
    onEdit(pathOf(event.target), "input");
  });
  table.addEventListener("change", (event) => {
    if (!event.target.dataset.path) return;
    write(event.target, true);
    onEdit(pathOf(event.target), "change");
  });
  table.addEventListener("keydown", (event) => {
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
      onEdit(pathOf(target), "change");
    }
    const index = indexOf(row);
    if (index < orgs().length - 1) focusRow(index + 1);
    else if (!isDraft(index)) onAdd();
  });
  table.addEventListener("focusout", (event) => {
    const row = rowOf(event.target);
    if (row && !row.contains(event.relatedTarget)) row.classList.remove("cove-row--quiet");
  });
  table.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-org-action]");
    if (button) onRemove(indexOf(rowOf(button)));
  });

  return {
    render,
    insertRow,
    removeRow,
    focusRow,
    setCountries,
    /** The control and message element for an engine path organisations[i].field, or null. */
    locate(index, field) {
      const known = FIELDS.includes(field) ? field : "name";
      const row = rows[index];
      const input = row && control(row, known);
      if (!input) return null;
      return { control: input, message: input.parentElement.querySelector(".cove-error-message"), index, field: known };
    },
  };
}
