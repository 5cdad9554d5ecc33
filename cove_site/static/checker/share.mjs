// Moving a partnership out of the page: share links (#p=<base64url of UTF-8 JSON>) and JSON files in
// the shape `cove-site check` reads (what comes in: incoming.mjs). No UI text here.

const PREFIX = "#p=";

/** base64url (no padding) of the UTF-8 JSON of `doc`. */
export function encodePartnership(doc) {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function shareLink(doc) {
  const url = new URL(window.location.href);
  url.hash = PREFIX.slice(1) + encodePartnership(doc);
  return url.href;
}

export function downloadJson(doc, filename) {
  const blob = new Blob([JSON.stringify(doc, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
