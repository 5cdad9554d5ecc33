// Deadlines as the reader needs them: in their own time zone, and whether the call is forthcoming, open or
// closed right now (decided when the page is read, not when the site was built). No text lives here: the page
// carries the strings in its config block and every state's words in its HTML; this script picks the state.
const config = JSON.parse(document.getElementById("cove-page-config")?.textContent || "{}");
const strings = config.strings || {};

function localTime(instant) {
  const parts = new Intl.DateTimeFormat(config.locale, {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
  }).formatToParts(instant);
  if (!config.hour_mark) return parts.map((part) => part.value).join("");
  // "17 h" and "17 h 30" where the language writes the hour so (config.hour_mark), as the page does.
  return parts.map((part, i) => {
    if (part.type === "hour") return `${Number(part.value)}${config.hour_mark}`;
    if (part.type === "literal" && parts[i - 1]?.type === "hour" && parts[i + 1]?.type === "minute") return "";
    if (part.type === "minute") return part.value === "00" ? "" : `\u00a0${part.value}`;
    return part.value;
  }).join("");
}

// The same decision as cove_site/call_state.py, which gives the state readers without JavaScript see.
function callState(now, deadline, opens) {
  if (deadline && now >= deadline) return "closed";
  if (opens) return now >= opens ? "open" : "forthcoming";
  return deadline ? "not-closed" : "forthcoming";
}

const deadlineOf = (el) => (el.dataset.coveDeadline ? new Date(el.dataset.coveDeadline) : null);
// An opening date without a time: the start of that day in Brussels (UTC+1 in winter, when calls open).
const opensOf = (el) => (el.dataset.coveOpens ? new Date(`${el.dataset.coveOpens}T00:00:00+01:00`) : null);

for (const el of document.querySelectorAll(".cove-deadline[data-cove-deadline]")) {
  const local = el.querySelector("[data-cove-local-time]");
  if (!local || !el.dataset.coveDeadline) continue;
  local.textContent = ` (${localTime(deadlineOf(el))}, ${strings.your_time})`;
  local.hidden = false;
}

const now = new Date();
for (const box of document.querySelectorAll("[data-cove-call-state]")) {
  const state = callState(now, deadlineOf(box), opensOf(box));
  for (const option of box.querySelectorAll("[data-cove-state]")) option.hidden = option.dataset.coveState !== state;
  for (const note of box.querySelectorAll("[data-cove-as-of]")) note.hidden = true;
}
