// Checker page glue: one partnership document, a form that edits it, a worker that checks it
// with the Python engine, and a verdict region. No rules and no text live here: the engine
// decides, and every string comes from the page's #cove-checker-config block.

import { createErrors } from "./errors.mjs";
import { createForm } from "./form.mjs";
import { formDocument, linkBytes } from "./incoming.mjs";
import { startRuntime } from "./runtime.mjs";
import { copyText, downloadJson, shareLink } from "./share.mjs";
import { format } from "./text.mjs";
import { createVerdict } from "./verdict.mjs";

const DEBOUNCE_MS = 250;
const ORG_PATH = /^organisations\[(\d+)\](.*)$/;

function emptyPartnership() {
  return { eqf_levels: [], work_based_learning: false, organisations: [] };
}

/** Touched-field paths follow their organisation when cards are inserted or removed. */
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

function start(root, config) {
  const strings = config.strings;
  const app = root.querySelector("[data-cove-app]");
  const notice = root.querySelector("[data-cove-notice]");
  const status = root.querySelector("[data-cove-status]");
  const orgStatus = root.querySelector("[data-cove-org-status]");
  const shareStatus = root.querySelector("[data-cove-share-status]");
  const resultHeading = root.querySelector("#cove-result-heading");
  const verdict = createVerdict(root.querySelector("#cove-result"), strings);

  let doc = emptyPartnership();
  let touched = new Set();
  let submitted = false;
  let focusAfterCheck = false;
  let runtime = null;
  let ready = false;
  let debounce = 0;
  // The bytes of a link or file, checked as they are until the form is edited (then the form's JSON is);
  // `sourceShown` is false when the form could not show them (the form keeps the previous partnership).
  let source = null;
  let sourceName = "";
  let sourceShown = false;
  const encoder = new TextEncoder();

  const form = createForm(root, config, { getDoc: () => doc, onEdit, onStructure });
  const errors = createErrors(root, strings, form);

  function say(element, text) {
    element.textContent = text;
  }
  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function apply(result) {
    const organisations = Array.isArray(doc.organisations) ? doc.organisations : [];
    if (!result.errors && organisations.length === 0) {
      errors.clear();
      verdict.empty(); // a form without organisations has no verdict yet, not a red one
      focusAfterCheck = false;
      return;
    }
    if (result.errors) {
      const fileOnly = source !== null && !sourceShown; // the problems are the file's, not the form's
      const shown = errors.show(result.errors, fileOnly ? null : doc, {
        shouldShow: (path) => !fileOnly && (submitted || [...touched].some((t) => path === t || path.startsWith(`${t}[`))),
        withSummary: submitted,
      });
      verdict.incomplete(result.errors.length);
      if (focusAfterCheck) (shown ? errors.focusSummary() : resultHeading.focus());
    } else {
      errors.clear();
      verdict.verdict(result);
      if (focusAfterCheck) resultHeading.focus();
    }
    focusAfterCheck = false;
  }

  function checkNow() {
    clearTimeout(debounce);
    if (!ready) return;
    const data = source ?? encoder.encode(JSON.stringify(doc));
    runtime.check(data, source ? sourceName : "").then(
      (result) => result && apply(result),
      () => verdict.failed([strings.failed_check, strings.failed_keep]),
    );
  }
  function checkSoon() {
    clearTimeout(debounce);
    debounce = setTimeout(checkNow, DEBOUNCE_MS);
  }

  function onEdit(path, eventType) {
    source = null;
    // Text fields count as answered when the user leaves them (change), not at the first key.
    if (eventType === "change") touched.add(path);
    checkSoon();
  }

  function onStructure({ kind, index }) {
    source = null;
    if (kind === "remove") touched = shiftTouched(touched, index, -1);
    else if (kind === "duplicate") touched = shiftTouched(touched, index, 1);
    form.renderOrganisations();
    const key = kind === "remove" ? "org_removed" : "org_added";
    say(orgStatus, format(strings[key], { number: index + 1 }));
    form.focusOrganisation(kind === "remove" ? Math.min(index, (doc.organisations.length || 1) - 1) : index);
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
    clearResult();
    source = bytes;
    sourceName = name;
    submitted = true; // a loaded partnership shows all its problems at once
    const { doc: readable, reason } = formDocument(bytes, config.limits);
    sourceShown = readable !== null;
    if (readable) {
      showNotice("");
      doc = readable;
      touched = new Set();
      form.render();
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
    replaceDocument(link.bytes, "", { bad: strings.link_bad, notShown: strings.link_not_shown });
  }

  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitted = true;
    focusAfterCheck = ready;
    if (!ready) resultHeading.focus();
    checkNow();
  });

  root.querySelector("[data-cove-copy]").addEventListener("click", async () => {
    const link = shareLink(doc);
    history.replaceState(null, "", link);
    const field = root.querySelector("#cove-link");
    field.value = link;
    root.querySelector("[data-cove-link-group]").hidden = false;
    const copied = await copyText(link);
    say(shareStatus, copied ? strings.link_copied : strings.link_not_copied);
    if (!copied) field.select();
  });

  root.querySelector("[data-cove-export]").addEventListener("click", () => downloadJson(doc, strings.export_filename));

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

  app.hidden = false;
  form.render();
  loadFromHash();

  runtime = startRuntime(config, {
    onProgress: (stage) => say(status, strings[`status_${stage}`] ?? ""),
    onReady: () => {
      ready = true;
      say(status, strings.status_ready);
      checkNow();
    },
    onFailed: (reason) => {
      ready = false;
      say(status, "");
      const key = strings[`failed_${reason}`] ? `failed_${reason}` : "failed_runtime";
      verdict.failed([format(strings[key], { seconds: config.load_timeout_seconds }), strings.failed_keep]);
    },
  });
}

const root = document.getElementById("cove-checker");
const configBlock = document.getElementById("cove-checker-config");
if (root && configBlock) start(root, JSON.parse(configBlock.textContent));
