// The "Paste from a spreadsheet" box: it reads what is pasted (paste.mjs) as it arrives, shows what it understood
// row by row and every line it could not read with the reasons, and hands the rows over on "Replace" or "Add".
// The names and labels of all three languages come from the vocabulary file, fetched when the box first opens
// (the page's own language serves if it cannot come). Long lists are shown in batches: no task blocks the page.

import { createPasteReader } from "./paste.mjs";
import { format } from "./text.mjs";

const BATCH = 300; // preview lines built per task
const SHOWN_ROWS = 200; // a longer list shows its first rows and how many more were read the same way
const READ_DELAY_MS = 120;

function plural(strings, key, count) {
  return format(strings[`${key}_${count === 1 ? "one" : "other"}`], { count });
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createPasteBox(root, config, { countries, onTake }) {
  const strings = config.strings;
  const panel = root.querySelector("[data-cove-paste]");
  const open = root.querySelector("[data-cove-paste-open]");
  const text = root.querySelector("#cove-paste-text");
  const preview = root.querySelector("[data-cove-paste-preview]");
  const replace = root.querySelector("[data-cove-paste-replace]");
  const append = root.querySelector("[data-cove-paste-append]");
  const close = root.querySelector("[data-cove-paste-close]");
  const roles = Object.fromEntries(config.roles);
  const types = Object.fromEntries(config.types);
  let read = null;
  let vocabulary = null;
  let result = { rows: [], problems: [] };
  let timer = 0;
  let token = 0;

  /** The reader, once the vocabulary of all three languages is here. */
  function reader() {
    vocabulary ??= fetch(new URL(config.urls.vocabulary, document.baseURI), { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .catch(() => ({
        roles: Object.fromEntries(config.roles.map(([code, label]) => [code, [label]])),
        types: Object.fromEntries(config.types.map(([code, label]) => [code, [label]])),
        headers: Object.fromEntries(["name", "country", "role", "type"].map((f) => [f, [strings[`${f}_label`]]])),
      }))
      .then((words) => {
        countries.learn(words);
        read = createPasteReader(words, countries);
      });
    return vocabulary;
  }

  /** Append `build(item)` for every item to `container`, BATCH per task, until a newer preview starts. */
  function inBatches(items, container, build, mine) {
    const step = (start) => {
      if (mine !== token) return;
      const stop = Math.min(items.length, start + BATCH);
      const fragment = document.createDocumentFragment();
      for (let i = start; i < stop; i += 1) fragment.append(build(items[i]));
      container.append(fragment);
      if (stop < items.length) setTimeout(() => step(stop), 0);
    };
    step(0);
  }

  function rowLine(row) {
    const tr = element("tr");
    for (const value of [row.line, row.name, types[row.type], countries.name(row.country), roles[row.role]]) {
      tr.append(element("td", "", String(value)));
    }
    return tr;
  }

  function problemLine(problem) {
    const item = element("li");
    item.dataset.line = String(problem.line);
    const reasons = problem.reasons.map((r) => format(strings[r.key], {
      value: r.value, first: r.first, second: r.second, field: strings[`field_${r.field}`] }));
    item.textContent = format(strings.paste_problem, { line: problem.line, reason: reasons.join(strings.reason_separator) });
    item.append(" ", element("q", "cove-paste__line", problem.text));
    return item;
  }

  async function show() {
    await reader();
    const mine = ++token;
    result = read(text.value);
    const parts = [];
    if (result.rows.length) {
      const table = element("table", "cove-paste__table");
      const head = element("tr");
      for (const label of [strings.col_line, strings.name_label, strings.type_label, strings.country_label, strings.role_label]) {
        const th = element("th", "", label);
        th.scope = "col";
        head.append(th);
      }
      const thead = element("thead");
      thead.append(head);
      const body = element("tbody");
      table.append(element("caption", "", `${strings.paste_understood}${strings.label_colon}${plural(strings, "paste_read", result.rows.length)}`), thead, body);
      parts.push(table);
      inBatches(result.rows.slice(0, SHOWN_ROWS), body, rowLine, mine);
      const more = result.rows.length - SHOWN_ROWS;
      if (more > 0) parts.push(element("p", "cove-paste__more", plural(strings, "paste_more", more)));
    }
    if (result.problems.length) {
      const list = element("ul", "cove-paste__problems");
      parts.push(element("p", "cove-paste__bad", plural(strings, "paste_bad", result.problems.length)), list);
      inBatches(result.problems, list, problemLine, mine);
    }
    preview.replaceChildren(...parts);
    replace.disabled = append.disabled = result.rows.length === 0;
  }

  function toggle(opened) {
    panel.hidden = !opened;
    open.setAttribute("aria-expanded", String(opened));
    if (opened) {
      reader();
      text.focus();
    }
  }

  function take(mode) {
    const rows = result.rows.map(({ name, country, role, type }) => ({ name, country, role, type }));
    if (!rows.length) return;
    text.value = "";
    show();
    toggle(false);
    onTake(rows, mode);
    open.focus();
  }

  open.addEventListener("click", () => toggle(panel.hidden));
  close.addEventListener("click", () => {
    toggle(false);
    open.focus();
  });
  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(show, READ_DELAY_MS);
  });
  replace.addEventListener("click", () => take("replace"));
  append.addEventListener("click", () => take("append"));
}
