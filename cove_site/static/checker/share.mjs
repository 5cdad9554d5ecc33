// Moving a partnership in and out of the page: share links (#p=<base64url of UTF-8 JSON>)
// and JSON files in the shape `cove-site check` reads. No UI text here.

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

/** The partnership object in `text` (a base64url string), or null when it is not one. */
export function decodePartnership(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return asPartnership(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** The JSON object in `text`, or null (not JSON, or JSON that is not an object). */
export function asPartnership(text) {
  try {
    const doc = JSON.parse(text);
    return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** {present, doc} for a location hash: present when it carries #p=, doc null when broken. */
export function partnershipFromHash(hash) {
  if (!hash.startsWith(PREFIX)) return { present: false, doc: null };
  return { present: true, doc: decodePartnership(hash.slice(PREFIX.length)) };
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
