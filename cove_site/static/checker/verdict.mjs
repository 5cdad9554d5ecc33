// Renders the engine's answer into #cove-result: the verdict (eligible | not-eligible | depends), what is not
// confirmed for the year, then the rules not met and the points to verify (each with what to change), the met
// rules collapsed under a count, and the notes. The same answer, in short, goes to the verdict bar (phones:
// the outcome and the number of rules not met, kept in view above the form). Text comes from the engine
// (findings) or the page's strings; everything is set with textContent, so names with HTML in them stay text.

import { format } from "./text.mjs";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(strings, key, count) {
  return format(strings[`${key}_${count === 1 ? "one" : "other"}`], { count });
}

/** The short form of the verdict above the form: outcome, how many rules are not met or to verify. */
function createBar(bar, strings) {
  const outcome = bar.querySelector("[data-cove-bar-outcome]");
  const count = bar.querySelector("[data-cove-bar-count]");
  return (state, outcomeText, countText = "", verdict = "") => {
    bar.dataset.state = state;
    if (verdict) bar.dataset.verdict = verdict;
    else delete bar.dataset.verdict;
    outcome.textContent = outcomeText;
    count.textContent = countText;
  };
}

function barCount(strings, findings) {
  const fails = findings.filter((f) => f.status === "fail").length;
  const depends = findings.filter((f) => f.status === "depends").length;
  const parts = [];
  if (fails) parts.push(plural(strings, "bar_fails", fails));
  if (depends) parts.push(plural(strings, "bar_depends", depends));
  return parts.length ? parts.join(" · ") : strings.bar_all_met;
}

export function createVerdict(region, strings, barElement) {
  const bar = createBar(barElement, strings);
  const lead = region.querySelector("[data-cove-result-lead]");
  const callLine = region.querySelector("[data-cove-result-call]");
  const caveat = region.querySelector("[data-cove-result-caveat]");
  const list = region.querySelector("[data-cove-findings]");
  let shown = "";

  function show(state, key, leadText, callText, caveatText, findings) {
    region.dataset.state = state;
    if (key === shown) return; // an unchanged verdict is not announced again
    shown = key;
    lead.textContent = leadText;
    callLine.textContent = callText;
    callLine.hidden = !callText;
    caveat.textContent = caveatText;
    caveat.hidden = !caveatText;
    list.replaceChildren(...findings);
  }

  function finding({ rule, title, status, message, action }) {
    const item = element("li", `cove-finding cove-finding--${status}`);
    item.dataset.rule = rule;
    item.dataset.status = status;
    const head = element("p", "cove-finding__head");
    head.append(element("span", "cove-finding__mark", strings[`status_${status}`] ?? status), " ",
      element("strong", "cove-finding__title", title));
    item.append(head, element("p", "cove-finding__text", message));
    if (action) {
      const change = element("p", "cove-finding__action");
      change.append(element("strong", "", `${strings.what_to_change} — `), action);
      item.append(change);
    }
    return item;
  }

  function findingsOf(result) {
    const items = [];
    const passes = result.findings.filter((f) => f.status === "pass");
    for (const f of result.findings.filter((f) => f.status === "fail" || f.status === "depends")) items.push(finding(f));
    if (passes.length) {
      const details = element("details", "cove-passes");
      details.append(element("summary", "", format(strings[passes.length === 1 ? "passes_one" : "passes_other"],
        { count: passes.length })));
      const inner = element("ul", "cove-findings cove-findings--passes");
      inner.append(...passes.map(finding));
      details.append(inner);
      const holder = element("li", "cove-passes__item");
      holder.append(details);
      items.push(holder);
    }
    for (const f of result.findings.filter((f) => f.status === "note")) items.push(finding(f));
    return items;
  }

  return {
    verdict(result) {
      region.dataset.verdict = result.verdict;
      bar("verdict", strings[`bar_${result.verdict}`], barCount(strings, result.findings), result.verdict);
      show("verdict", JSON.stringify(result), strings[`verdict_${result.verdict}`], result.summary,
        result.caveat || "", findingsOf(result));
    },
    empty() {
      delete region.dataset.verdict;
      bar("empty", strings.bar_empty);
      show("empty", "empty", strings.empty_form, "", "", []);
    },
    incomplete(count) {
      delete region.dataset.verdict;
      bar("incomplete", strings.incomplete, plural(strings, "bar_problems", count));
      const text = format(strings[count === 1 ? "incomplete_one" : "incomplete_other"], { count });
      show("incomplete", `incomplete:${count}`, `${strings.incomplete}. ${text}`, "", "", []);
    },
    /** No verdict while a new partnership is being read: the previous one must not stay on screen. */
    reset(text) {
      delete region.dataset.verdict;
      show("waiting", `waiting:${text}`, text, "", "", []);
    },
    failed(messages) {
      delete region.dataset.verdict;
      bar("failed", strings.bar_failed);
      show("failed", `failed:${messages.join("|")}`, messages[0], messages.slice(1).join(" "), "", []);
    },
  };
}
