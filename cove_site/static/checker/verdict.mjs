// Renders the engine's answer into #cove-result. Text comes from the engine (findings) or the
// page's strings; everything is set with textContent, so names with HTML in them stay text.

import { format } from "./text.mjs";

export function createVerdict(region, strings) {
  const lead = region.querySelector("[data-cove-result-lead]");
  const callLine = region.querySelector("[data-cove-result-call]");
  const list = region.querySelector("[data-cove-findings]");
  let shown = "";

  function show(state, key, leadText, callText, findings) {
    region.dataset.state = state;
    if (key === shown) return; // an unchanged verdict is not announced again
    shown = key;
    lead.textContent = leadText;
    callLine.textContent = callText;
    callLine.hidden = !callText;
    list.replaceChildren(...findings);
  }

  function finding({ rule, status, message }) {
    const item = document.createElement("li");
    item.className = `cove-finding cove-finding--${status}`;
    item.dataset.rule = rule;
    item.dataset.status = status;
    const mark = document.createElement("span");
    mark.className = "cove-finding__mark";
    mark.textContent = strings[`status_${status}`] ?? status;
    const text = document.createElement("span");
    text.className = "cove-finding__text";
    text.textContent = message;
    item.append(mark, " ", text);
    return item;
  }

  return {
    verdict(result) {
      region.dataset.eligible = String(result.eligible);
      const headline = strings[result.eligible ? "eligible" : "not_eligible"];
      show("verdict", JSON.stringify(result), headline, format(strings.verdict_call, { year: result.call }),
        result.findings.map(finding));
    },
    incomplete(count) {
      delete region.dataset.eligible;
      const text = format(strings[count === 1 ? "incomplete_one" : "incomplete_other"], { count });
      show("incomplete", `incomplete:${count}`, `${strings.incomplete}. ${text}`, "", []);
    },
    /** No verdict while a new partnership is being read: the previous one must not stay on screen. */
    reset(text) {
      delete region.dataset.eligible;
      show("waiting", `waiting:${text}`, text, "", []);
    },
    failed(messages) {
      delete region.dataset.eligible;
      show("failed", `failed:${messages.join("|")}`, messages[0], messages.slice(1).join(" "), []);
    },
  };
}
