// GOV.UK-style error display: a summary at the top linking to each field, and the message next
// to the field (with aria-invalid and aria-describedby). Messages for empty fields come from the
// page's strings ("Enter the name of organisation 3"); anything else is the engine's own message.

import { format } from "./text.mjs";

function isBlank(value) {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function valueAt(doc, path) {
  const org = path.match(/^organisations\[(\d+)\]\.(\w+)$/);
  if (org) return doc.organisations?.[Number(org[1])]?.[org[2]];
  return doc[path];
}

export function createErrors(root, strings, form) {
  const summary = root.querySelector("#cove-error-summary");
  const summaryList = summary.querySelector("[data-cove-error-list]");
  let marked = [];

  function message(error, doc, place) {
    if (!doc) return error.message; // a file the form does not show: the engine's own words
    if (place?.index !== undefined && isBlank(valueAt(doc, error.path)) && strings[`err_${place.field}`]) {
      return format(strings[`err_${place.field}`], { number: place.index + 1 });
    }
    if (place?.field === "eqf_levels" && isBlank(doc.eqf_levels)) return strings.err_eqf_levels;
    return error.message;
  }

  function clearInline() {
    for (const { control, messageEl } of marked) {
      messageEl.hidden = true;
      messageEl.replaceChildren();
      control.removeAttribute("aria-invalid");
      const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== messageEl.id);
      if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
      else control.removeAttribute("aria-describedby");
      control.closest(".cove-group, .cove-cell")?.classList.remove("cove-group--error");
    }
    marked = [];
  }

  function markInline(place, text) {
    const { control, message: messageEl } = place;
    if (!messageEl || !messageEl.hidden) return; // first problem of a field wins
    const prefix = document.createElement("span");
    prefix.className = "cove-sr-only";
    prefix.textContent = strings.error_prefix + " ";
    messageEl.replaceChildren(prefix, text);
    messageEl.hidden = false;
    control.setAttribute("aria-invalid", "true");
    const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    control.setAttribute("aria-describedby", [...ids, messageEl.id].join(" "));
    control.closest(".cove-group, .cove-cell")?.classList.add("cove-group--error");
    marked.push({ control, messageEl });
  }

  function summaryItem(text, control, path) {
    const item = document.createElement("li");
    item.dataset.path = path;
    const link = document.createElement("a");
    link.href = `#${control ? control.id : "cove-form"}`;
    link.textContent = text;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      (control || form.form).scrollIntoView({ block: "center" });
      control?.focus();
    });
    item.append(link);
    return item;
  }

  return {
    /** Show `errors` (engine paths) inline where `shouldShow(path)`, and in the summary if `withSummary`. */
    show(errors, doc, { shouldShow, withSummary }) {
      clearInline();
      const items = [];
      for (const error of errors) {
        const place = doc ? form.locate(error.path) : null;
        const text = message(error, doc, place);
        if (place && shouldShow(error.path)) markInline(place, text);
        items.push(summaryItem(text, place?.control, error.path));
      }
      summaryList.replaceChildren(...items);
      summary.hidden = !(withSummary && items.length);
      return !summary.hidden;
    },
    clear() {
      clearInline();
      summaryList.replaceChildren();
      summary.hidden = true;
    },
    focusSummary() {
      summary.focus();
    },
  };
}
