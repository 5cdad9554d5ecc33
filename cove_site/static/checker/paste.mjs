// Rows copied from a spreadsheet, read into organisations. Cells are separated by tabs (what a spreadsheet
// puts on the clipboard), semicolons or commas, with "quoted" cells as CSV has them; a header row is optional.
// Country, role and type may stand in any column: codes, the form's labels in Dutch, English or French, or
// country names in those languages. Every line that cannot be read comes back with its reasons (message keys
// and values; the page words them). The vocabulary comes from the page config; no text lives here.

import { fold } from "./countries.mjs";

/** The separator of `text`: tab if any line has one, else semicolon if the first line has one, else comma. */
function separatorOf(text) {
  if (text.includes("\t")) return "\t";
  const first = text.split(/\r?\n/).find((line) => line.trim()) || "";
  return first.includes(";") ? ";" : ",";
}

/** Records of cells, each with the line it starts on and its own text (quoted cells may span lines). */
export function records(text) {
  const sep = separatorOf(text);
  const out = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let from = 0;
  const end = (i) => {
    cells.push(cell.trim());
    out.push({ line: start, cells, text: text.slice(from, i).trim() });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === "\n") line += 1;
        cell += ch === "\n" || ch === "\r" ? " " : ch;
      }
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === sep) {
      cells.push(cell.trim());
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      end(i);
      line += 1;
      start = line;
      from = i + 1;
    } else {
      cell += ch;
    }
  }
  end(text.length);
  return { sep, records: out.filter((r) => r.cells.some((c) => c !== "")) };
}

/** folded label -> code, for labels in every language, the codes themselves and labels without "(...)". */
function labelIndex(labels) {
  const index = new Map();
  for (const [code, list] of Object.entries(labels)) {
    for (const label of [code, ...list]) {
      for (const form of [label, label.replace(/\s*\(.*?\)\s*/g, " ")]) {
        const key = fold(form);
        if (key && !index.has(key)) index.set(key, code);
      }
    }
  }
  return index;
}

export function createPasteReader(vocabulary, countries) {
  const roles = labelIndex(vocabulary.roles);
  const types = labelIndex(vocabulary.types);
  const headers = labelIndex(vocabulary.headers);

  /** What a cell is: {field, value} for a role, type or country it names, else null. */
  function classify(cell, only) {
    const key = fold(cell);
    if (!key) return null;
    if ((!only || only === "role") && roles.has(key)) return { field: "role", value: roles.get(key) };
    if ((!only || only === "type") && types.has(key)) return { field: "type", value: types.get(key) };
    if (!only || only === "country") {
      const code = only ? countries.complete(cell) : countries.codeOf(cell);
      if (code) return { field: "country", value: code };
    }
    return null;
  }

  function headerOf(record) {
    const fields = record.cells.map((c) => headers.get(fold(c)) ?? null);
    const named = fields.filter(Boolean);
    return named.includes("name") && named.length >= 2 && new Set(named).size === named.length ? fields : null;
  }

  function readRecord(record, columns, sep) {
    const row = { line: record.line, name: "", country: "", role: "", type: "" };
    const problems = [];
    const put = (found, cell) => {
      if (row[found.field] && row[found.field] !== found.value) {
        problems.push({ key: "paste_twice", field: found.field, first: row[`${found.field}Text`], second: cell });
      } else {
        row[found.field] = found.value;
        row[`${found.field}Text`] = cell;
      }
    };
    const cells = record.cells;
    if (columns) {
      cells.forEach((cell, i) => {
        const field = columns[i];
        if (!field || !cell) return;
        if (field === "name") row.name = row.name ? `${row.name} ${cell}` : cell;
        else {
          const found = classify(cell, field);
          if (found) put(found, cell);
          else problems.push({ key: "paste_unknown", value: cell });
        }
      });
    } else {
      // Without a header the name comes first; with commas, a name such as "Acme, Inc." spills over into
      // the next cells, which are taken back into the name while a recognisable cell still follows.
      const nameParts = [cells[0]];
      let i = 1;
      if (sep === ",") {
        while (i < cells.length && !classify(cells[i]) && cells.slice(i + 1).some((c) => classify(c))) {
          nameParts.push(cells[i]);
          i += 1;
        }
      }
      row.name = nameParts.filter(Boolean).join(", ");
      for (; i < cells.length; i += 1) {
        if (!cells[i]) continue;
        const found = classify(cells[i]);
        if (found) put(found, cells[i]);
        else problems.push({ key: "paste_unknown", value: cells[i] });
      }
    }
    if (!row.name) problems.unshift({ key: "paste_no_name" });
    if (!row.country && !problems.some((p) => p.key === "paste_unknown")) problems.push({ key: "paste_no_country" });
    if (!row.type && !problems.some((p) => p.key === "paste_unknown")) problems.push({ key: "paste_no_type" });
    return { row, problems };
  }

  /** {rows: [{line, name, country, role, type}], problems: [{line, text, reasons}], header: bool}. */
  return function read(text) {
    const { sep, records: all } = records(String(text ?? ""));
    const columns = all.length ? headerOf(all[0]) : null;
    const rows = [];
    const problems = [];
    for (const record of columns ? all.slice(1) : all) {
      const { row, problems: reasons } = readRecord(record, columns, sep);
      if (reasons.length) problems.push({ line: record.line, text: record.text, reasons });
      else rows.push({ line: row.line, name: row.name, country: row.country, role: row.role, type: row.type });
    }
    const anyRole = rows.some((r) => r.role);
    rows.forEach((r, i) => {
      if (!r.role) r.role = !anyRole && i === 0 ? "coordinator" : "full-partner";
    });
    return { rows, problems, header: Boolean(columns) };
  };
}
