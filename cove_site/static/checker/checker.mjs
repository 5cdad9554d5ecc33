// Checker page glue: one partnership document, a form that edits it, a worker that checks it
// with the Python engine, and a verdict region. No rules and no text live here: the engine
// decides, and every string comes from the page's #cove-checker-config block.

import { createErrors } from "./errors.mjs";
import { createForm } from "./form.mjs";
import { startRuntime } from "./runtime.mjs";
import { asPartnership, copyText, downloadJson, partnershipFromHash, shareLink } from "./share.mjs";
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
      const shown = errors.show(result.errors, doc, {
        shouldShow: (path) => submitted || [...touched].some((t) => path === t || path.startsWith(`${t}[`)),
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
    runtime.check(structuredClone(doc)).then(
      (result) => result && apply(result),
      () => verdict.failed([strings.failed_check, strings.failed_keep]),
    );
  }
  function checkSoon() {
    clearTimeout(debounce);
    debounce = setTimeout(checkNow, DEBOUNCE_MS);
  }

  function onEdit(path, eventType) {
    // Text fields count as answered when the user leaves them (change), not at the first key.
    if (eventType === "change") touched.add(path);
    checkSoon();
  }

  function onStructure({ kind, index }) {
    if (kind === "remove") touched = shiftTouched(touched, index, -1);
    else if (kind === "duplicate") touched = shiftTouched(touched, index, 1);
    form.renderOrganisations();
    const key = kind === "remove" ? "org_removed" : "org_added";
    say(orgStatus, format(strings[key], { number: index + 1 }));
    form.focusOrganisation(kind === "remove" ? Math.min(index, (doc.organisations.length || 1) - 1) : index);
    checkSoon();
  }

  function replaceDocument(next) {
    doc = next;
    touched = new Set();
    submitted = true; // a loaded partnership shows all its problems at once
    form.render();
    checkNow();
  }

  function loadFromHash() {
    const { present, doc: shared } = partnershipFromHash(window.location.hash);
    if (!present) return;
    if (shared) {
      showNotice("");
      replaceDocument(shared);
    } else {
      showNotice(strings.link_bad);
    }
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
    const imported = asPartnership(await file.text().catch(() => ""));
    input.value = "";
    if (!imported) {
      say(shareStatus, "");
      showNotice(format(strings.import_bad, { file: file.name }));
      return;
    }
    showNotice("");
    replaceDocument(imported);
    say(shareStatus, format(strings.import_done, { file: file.name }));
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
