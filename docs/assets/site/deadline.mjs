// Deadlines as the reader needs them: in their own time zone, and whether the call is open right now
// (decided when the page is viewed, not when the site was built). All text comes from the page.
const config = JSON.parse(document.getElementById("cove-page-config")?.textContent || "{}");
const strings = config.strings || {};

function localTime(instant) {
  return new Intl.DateTimeFormat(config.locale, {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
  }).format(instant);
}

function state(now, deadline, opens) {
  if (now >= deadline) return strings.call_closed;
  if (!opens) return strings.call_opening_unknown;
  return now < opens ? strings.call_not_yet_open : strings.call_open;
}

for (const el of document.querySelectorAll("[data-cove-deadline]")) {
  if (!el.dataset.coveDeadline) continue;
  const deadline = new Date(el.dataset.coveDeadline);
  // An opening date without a time: the start of that day in Brussels (UTC+1 in winter, when calls open).
  const opens = el.dataset.coveOpens ? new Date(`${el.dataset.coveOpens}T00:00:00+01:00`) : null;
  const local = el.querySelector("[data-cove-local-time]");
  if (local) {
    local.textContent = ` (${localTime(deadline)}, ${strings.your_time})`;
    local.hidden = false;
  }
  const badge = el.parentElement.querySelector("[data-cove-deadline-state]");
  if (badge) {
    badge.textContent = state(new Date(), deadline, opens);
    badge.hidden = false;
  }
}
