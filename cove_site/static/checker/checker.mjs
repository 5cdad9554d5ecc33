// Checker page glue: one partnership document, a form that edits it, a worker that checks it
// with the Python engine, and a verdict region. No rules and no text live here: the engine
// decides, and every string comes from the page's #cove-checker-config block.
//
// Rows the table adds (Enter, "Add an organisation", the first empty row) are drafts until the person types
// into them: a trailing draft is left out of what is checked, kept, shared or saved, so an empty new row never
// turns the verdict into a list of problems. The partnership is kept on this device (store.mjs) and every
// removal or replacement can be undone.

import { createCountries } from "./countries.mjs";
import { createErrors } from "./errors.mjs";
import { createForm } from "./form.mjs";
import { formDocument, linkBytes } from "./incoming.mjs";
import { watchLayout } from "./layout.mjs";
import { createPasteBox } from "./pastebox.mjs";
import { createPrintout } from "./printout.mjs";
import { startRuntime } from "./runtime.mjs";
import { copyText, downloadJson, encodePartnership, shareLink } from "./share.mjs";
import { createStore } from "./store.mjs";
import { format } from "./text.mjs";
import { createVerdict } from "./verdict.mjs";

const DEBOUNCE_MS = 250;
const SAVE_MS = 400;
const ORG_PATH = /^organisations\[(\d+)\](.*)$/;

function emptyPartnership() {
  return { eqf_levels: [], work_based_learning: false, organisations: [] };
}

/** Touched-field paths follow their organisation when rows are inserted or removed. */
function shiftTouched(touched, from, delta) {
  const next = new Set();
  for (const path of touched) {
    const match = path.match(ORG_PATH);
    const index = match ? Number(match[1]) : -1;
    if (index < from) next.add(path);
    else if (!(delta < 0 && index === from)) next.add(`organisations[${index + delta}]${match[2]}`);
  }
  return next;
}

function plural(strings, key, count) {
  return format(strings[`${key}_${count === 1 ? "one" : "other"}`], { count });
}

function start(root, config) {
  const strings = config.strings;
  const notice = root.querySelector("[data-cove-notice]");
  const status = root.querySelector("[data-cove-status]");
  const orgStatus = root.querySelector("[data-cove-org-status]");
  const shareStatus = root.querySelector("[data-cove-share-status]");
  const undoRegion = root.querySelector("[data-cove-undo]");
  const orgCount = root.querySelector("[data-cove-org-count]");
  const keepNote = root.querySelector("[data-cove-keep-note]");
  const resultHeading = root.querySelector("#cove-result-heading");
  const verdict = createVerdict(root.querySelector("#cove-result"), strings, root.querySelector("[data-cove-bar]"));
  const countries = createCountries(config);
  const store = createStore(config.storage);
  const printout = createPrintout(root, config, countries);
  const layout = watchLayout(root);

  let doc = emptyPartnership();
  let drafts = new WeakSet();
  let touched = new Set();
  let submitted = false;
  let focusAfterCheck = false;
  let runtime = null;
  let ready = false;
  let debounce = 0;
  let saveTimer = 0;
  let undoOffer = null;
  // The bytes of a link or file, checked as they are until the form is edited (then the form's JSON is);
  // `sourceShown` is false when the form could not show them (the form keeps the previous partnership).
  let source = null;
  let sourceName = "";
  let sourceShown = false;
  const encoder = new TextEncoder();

  // Once the first answer (or failure) is on screen, Material's bundle may start (theme-later.js): until then
  // the processor goes to starting Python.
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    setTimeout(() => document.dispatchEvent(new Event("cove:checker-settled")));
  };

  // The worker starts first, so Pyodide downloads and starts while the page lays out the form; its answers
  // arrive as events, after this function has returned.
  runtime = startRuntime(config, {
    onProgress: (stage) => say(status, strings[`status_${stage}`] ?? ""),
    onReady: () => {
      ready = true;
      say(status, strings.status_ready);
      checkNow();
    },
    // A runtime that cannot start (no WebAssembly) fails at once: shown after the page has set itself up.
    onFailed: (reason) => queueMicrotask(() => {
      ready = false;
      say(status, "");
      const key = strings[`failed_${reason}`] ? `failed_${reason}` : "failed_runtime";
      verdict.failed([format(strings[key], { seconds: config.load_timeout_seconds }), strings.failed_keep]);
      settle();
    }),
  });

  const orgs = () => (Array.isArray(doc.organisations) ? doc.organisations : null);
  const isDraft = (index) => drafts.has(orgs()?.[index]);

  /** What the person has entered: the document without the empty rows the table added at its end. */
  function payload() {
    const list = orgs();
    if (!list) return doc;
    let end = list.length;
    while (end > 0 && drafts.has(list[end - 1])) end -= 1;
    return end === list.length ? doc : { ...doc, organisations: list.slice(0, end) };
  }
  const hasContent = (partnership) => (Array.isArray(partnership.organisations) ? partnership.organisations.length > 0
    : partnership.organisations !== undefined) || (Array.isArray(partnership.eqf_levels) && partnership.eqf_levels.length > 0);

  /** A new empty row: the first one is the coordinator, the next ones full partners from the country above. */
  function draftRow() {
    const list = orgs();
    const above = list[list.length - 1];
    const country = above && typeof above === "object" && countries.known(above.country) ? above.country : "";
    const org = { name: "", country, role: list.length === 0 ? "coordinator" : "full-partner", type: "" };
    drafts.add(org);
    list.push(org);
    return list.length - 1;
  }
  /** A page-made document with no rows gets one empty row to type in (loaded documents stay as they are). */
  function ensureRow() {
    if (orgs()?.length === 0) draftRow();
  }

  const form = createForm(root, config, {
    getDoc: () => doc,
    countries,
    isDraft,
    onWrite,
    onEdit,
    onAdd,
    onRemove,
  });
  const errors = createErrors(root, strings, form);

  function say(element, text) {
    element.textContent = text;
  }
  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  // -- keeping, undoing --------------------------------------------------------------------------------
  function showCount() {
    const count = payload().organisations;
    say(orgCount, Array.isArray(count) && count.length ? `${plural(strings, "orgs_count", count.length)} · ` : "");
  }
  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const kept = payload();
    const saved = hasContent(kept) ? store.save(kept, Array.isArray(kept.organisations) ? kept.organisations.length : 0) : (store.clear(), store.available);
    say(keepNote, saved ? strings.keep_note : strings.keep_off);
    return saved;
  }
  function saveSoon() {
    showCount();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_MS);
  }

  /** Offer to undo what just happened; `sticky` offers survive later edits (putting a row back is always safe). */
  function offerUndo(message, undo, sticky = false) {
    const text = document.createElement("span");
    text.textContent = message;
    const items = [text];
    if (undo) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cove-link-button";
      button.textContent = strings.undo;
      button.addEventListener("click", () => {
        undoOffer = null;
        undo();
        say(undoRegion, strings.undone);
        saveNow();
      });
      items.push(" ", button);
    }
    undoRegion.replaceChildren(...items);
    undoOffer = undo ? { sticky } : null;
  }
  function dropUndo() {
    if (undoOffer && !undoOffer.sticky) {
      undoOffer = null;
      undoRegion.replaceChildren();
    }
  }

  /** Put back a whole earlier partnership (undo of Clear, paste or a replacing link or file). */
  function restore(previous) {
    source = null;
    doc = structuredClone(previous);
    drafts = new WeakSet();
    ensureRow();
    touched = new Set();
    submitted = false;
    form.render();
    form.focusOrganisation(0);
    checkNow();
  }

  // -- checking ----------------------------------------------------------------------------------------
  function apply(result) {
    const entered = payload();
    const organisations = Array.isArray(entered.organisations) ? entered.organisations : [];
    printout.update(entered);
    const fileOnly = source !== null && !sourceShown; // the problems and verdict are the file's, not the form's
    if (!result.errors && !fileOnly && organisations.length === 0) {
      errors.clear();
      verdict.empty(); // a form without organisations has no verdict yet, not a red one
      focusAfterCheck = false;
      return;
    }
    if (result.errors) {
      const shown = errors.show(result.errors, fileOnly ? null : entered, {
        shouldShow: (path) => !fileOnly && (submitted || [...touched].some((t) => path === t || path.startsWith(`${t}[`))),
        withSummary: submitted,
      });
      verdict.incomplete(result.errors.length);
      if (focusAfterCheck) layout.focusInView(shown ? root.querySelector("#cove-error-summary") : resultHeading);
    } else {
      errors.clear();
      verdict.verdict(result);
      if (focusAfterCheck) layout.focusInView(resultHeading);
    }
    focusAfterCheck = false;
  }

  function checkNow() {
    clearTimeout(debounce);
    if (!ready) return;
    const data = source ?? encoder.encode(JSON.stringify(payload()));
    runtime.check(data, source ? sourceName : "").then(
      (result) => result && apply(result),
      () => verdict.failed([strings.failed_check, strings.failed_keep]),
    ).finally(settle);
  }
  function checkSoon() {
    clearTimeout(debounce);
    debounce = setTimeout(checkNow, DEBOUNCE_MS);
  }

  // -- the form's events -------------------------------------------------------------------------------
  function onWrite(index, field, value) {
    const list = orgs();
    const current = list[index];
    if (!current || typeof current !== "object" || Array.isArray(current)) list[index] = {};
    drafts.delete(list[index]); // typed into: no longer an empty new row
    list[index][field] = value;
  }

  function onEdit(path, eventType) {
    source = null;
    // Text fields count as answered when the user leaves them (change), not at the first key.
    if (eventType === "change") touched.add(path);
    dropUndo();
    saveSoon();
    checkSoon();
  }

  function onAdd() {
    source = null;
    if (!orgs()) doc.organisations = [];
    const last = orgs().length - 1;
    if (last >= 0 && isDraft(last)) return form.focusOrganisation(last); // one empty row at a time
    const index = draftRow();
    form.table.insertRow(index);
    say(orgStatus, format(strings.org_added, { number: index + 1 }));
    form.focusOrganisation(index);
    showCount();
  }

  function onRemove(index) {
    source = null;
    const list = orgs();
    const [org] = list.splice(index, 1);
    const wasDraft = drafts.has(org);
    touched = shiftTouched(touched, index, -1);
    form.table.removeRow(index);
    const message = format(strings.org_removed, { number: index + 1 });
    if (list.length === 0) {
      ensureRow();
      form.table.insertRow(0);
    }
    form.focusOrganisation(Math.min(index, list.length - 1));
    if (wasDraft) {
      say(orgStatus, message);
    } else {
      offerUndo(message, () => {
        const now = orgs() ?? (doc.organisations = []);
        if (now.every((o) => drafts.has(o))) {
          now.length = 0; // the empty row that replaced it goes again
          form.table.render();
        }
        const at = Math.min(index, now.length);
        now.splice(at, 0, org);
        touched = shiftTouched(touched, at, 1);
        form.table.insertRow(at);
        form.focusOrganisation(at);
        checkSoon();
      }, true);
    }
    saveSoon();
    checkSoon();
  }

  /** The old verdict and errors go the moment a link or file arrives, before anything else. */
  function clearResult() {
    clearTimeout(debounce);
    verdict.reset(strings.result_checking);
    errors.clear();
  }

  /** A link or file replaces the partnership: the worker reads its bytes; the form shows it if it can. */
  function replaceDocument(bytes, name, { bad, notShown }) {
    const before = structuredClone(payload());
    clearResult();
    source = bytes;
    sourceName = name;
    submitted = true; // a loaded partnership shows all its problems at once
    const { doc: readable, reason } = formDocument(bytes, config.limits);
    sourceShown = readable !== null;
    if (readable) {
      showNotice("");
      doc = readable;
      drafts = new WeakSet();
      touched = new Set();
      form.render();
      showCount();
      saveSoon();
      if (hasContent(before) && JSON.stringify(before) !== JSON.stringify(payload())) {
        offerUndo(strings.replaced_previous, () => restore(before));
      }
    } else {
      showNotice(reason === "not-shown" ? notShown : bad);
    }
    checkNow();
    return sourceShown;
  }

  /** Nothing could be read (a cut-off link, a file over the size limit): the form and its verdict stay. */
  function refuse(notice) {
    clearResult();
    source = null;
    showNotice(notice);
    checkNow();
  }

  function loadFromHash() {
    const link = linkBytes(window.location.hash, config.limits);
    if (!link.present) return;
    if (link.tooLarge) return refuse(format(strings.link_too_large, { limit: config.limits.max_input_mb }));
    if (!link.bytes) return refuse(strings.link_bad);
    if (replaceDocument(link.bytes, "", { bad: strings.link_bad, notShown: strings.link_not_shown })) {
      // The link has been read and kept on this device: a reload now shows later edits, not the link again.
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }

  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitted = true;
    // Checking a form that has nothing but empty rows: those are rows to fill in, and the errors say how.
    const entered = payload().organisations;
    if (Array.isArray(entered) && entered.length === 0) drafts = new WeakSet();
    focusAfterCheck = ready;
    if (!ready) layout.focusInView(resultHeading);
    saveNow();
    checkNow();
  });

  root.querySelector("[data-cove-add]").addEventListener("click", onAdd);

  root.querySelector("[data-cove-clear]").addEventListener("click", () => {
    source = null;
    const before = structuredClone(payload());
    doc = emptyPartnership();
    drafts = new WeakSet();
    ensureRow();
    touched = new Set();
    submitted = false;
    errors.clear();
    form.render();
    store.clear();
    showCount();
    checkNow();
    form.focusOrganisation(0);
    offerUndo(strings.cleared, hasContent(before) ? () => restore(before) : null);
  });

  root.querySelector("[data-cove-bar-link]").addEventListener("click", (event) => {
    event.preventDefault();
    layout.focusInView(resultHeading);
  });

  // -- paste from a spreadsheet --------------------------------------------------------------------------
  createPasteBox(root, config, {
    countries,
    onTake(rows, mode) {
      source = null;
      const before = structuredClone(payload());
      if (mode === "replace" || !orgs()) {
        doc.organisations = rows;
      } else {
        const list = orgs();
        while (list.length && drafts.has(list[list.length - 1])) list.pop();
        list.push(...rows);
      }
      touched = new Set();
      form.renderOrganisations();
      saveSoon();
      checkNow();
      offerUndo(plural(strings, "paste_done", rows.length), () => restore(before));
    },
  });

  // -- links, files, other languages ----------------------------------------------------------------------
  root.querySelector("[data-cove-copy]").addEventListener("click", async () => {
    const link = shareLink(payload());
    history.replaceState(null, "", link);
    const field = root.querySelector("#cove-link");
    field.value = link;
    root.querySelector("[data-cove-link-group]").hidden = false;
    const copied = await copyText(link);
    say(shareStatus, copied ? strings.link_copied : strings.link_not_copied);
    if (!copied) field.select();
  });

  root.querySelector("[data-cove-export]").addEventListener("click", () => downloadJson(payload(), strings.export_filename));

  root.querySelector("#cove-import").addEventListener("change", async (event) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    clearResult();
    say(shareStatus, "");
    if (file.size > config.limits.max_input_bytes) {
      input.value = "";
      return refuse(format(strings.import_too_large, { file: file.name, limit: config.limits.max_input_mb }));
    }
    const bytes = new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0)));
    input.value = "";
    const shown = replaceDocument(bytes, file.name, {
      bad: format(strings.import_bad, { file: file.name }),
      notShown: format(strings.import_not_shown, { file: file.name }),
    });
    if (shown) say(shareStatus, format(strings.import_done, { file: file.name }));
  });

  window.addEventListener("hashchange", loadFromHash);

  // The language switcher leads to the same page in another language: the partnership goes along, kept on
  // this device, or inside the link itself when this browser keeps nothing.
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[hreflang]");
    if (!link || !link.closest(".md-select") || !hasContent(payload())) return;
    if (!saveNow()) link.href = `${link.href.split("#")[0]}#p=${encodePartnership(payload())}`;
  }, true);
  window.addEventListener("pagehide", () => saveTimer && saveNow());
  window.addEventListener("beforeprint", () => printout.update(payload(), true));

  const kept = store.load();
  if (kept) doc = kept;
  ensureRow();
  form.render();
  showCount();
  say(keepNote, store.available ? strings.keep_note : strings.keep_off);
  if (kept && hasContent(kept)) offerUndo(strings.restored, null);
  loadFromHash();
  printout.update(payload());
}

const root = document.getElementById("cove-checker");
const configBlock = document.getElementById("cove-checker-config");
if (root && configBlock) start(root, JSON.parse(configBlock.textContent));
