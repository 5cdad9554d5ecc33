// Small helpers for form controls that show values from a partnership document, whatever the document holds.

import { format } from "./text.mjs";

export function option(value, label) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = label;
  return element;
}

/** A <select> with an empty first choice ("Choose…") and the given [value, label] choices. */
export function selectFor(choices, strings) {
  const select = document.createElement("select");
  select.append(option("", strings.choose));
  for (const [value, label] of choices) select.append(option(value, label));
  return select;
}

/** Show `value` in `select`; a value it has no option for gets one, so nothing is lost. */
export function setSelect(select, value, strings) {
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

/** The text a field shows for a document value: strings as they are, anything else as JSON. */
export function textOf(value) {
  return typeof value === "string" ? value : value == null ? "" : JSON.stringify(value);
}
