// A partnership that arrives as bytes: a share link (#p=<base64url>) or an imported file. The worker's
// Python reads those very bytes, as `cove-site check` reads a file, and decides what they mean; this
// module only decides, within the limits of the page config (cove_site/engine/limits.py), whether the
// form can show the document, before anything is rendered. No text and no rules here.

const PREFIX = "#p=";

/** {present} for a location hash; with #p=, also {bytes} (null when broken) and {tooLarge}. */
export function linkBytes(hash, limits) {
  if (!hash.startsWith(PREFIX)) return { present: false, bytes: null, tooLarge: false };
  const text = hash.slice(PREFIX.length);
  if (text.length > Math.ceil((limits.max_input_bytes * 4) / 3) + 4) return { present: true, bytes: null, tooLarge: true };
  return { present: true, bytes: fromBase64url(text), tooLarge: false };
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

// The encodings the engine reads (engine/document.py): UTF-8, or UTF-16 with a byte order mark.
// UTF-32 is read by the engine but not by TextDecoder: such a file gets its verdict, not the form.
function decodeText(bytes) {
  const starts = (...marks) => marks.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) return null;
  const encoding = starts(0xff, 0xfe) ? "utf-16le" : starts(0xfe, 0xff) ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function withinLimits(doc, limits) {
  if (Array.isArray(doc.organisations) && doc.organisations.length > limits.max_form_organisations) return false;
  let count = 0;
  const stack = [[doc, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (depth > limits.max_depth) return false;
    const children = Array.isArray(value) ? value : Object.values(value);
    count += children.length;
    if (count > limits.max_values) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

/** {doc} the form can show, or {doc: null, reason: "not-json" | "not-shown"} (over a limit). */
export function formDocument(bytes, limits) {
  if (!bytes || bytes.length > limits.max_input_bytes) return { doc: null, reason: "not-shown" };
  const text = decodeText(bytes);
  let doc = null;
  try {
    doc = text === null ? null : JSON.parse(text);
  } catch {
    doc = null;
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return { doc: null, reason: "not-json" };
  return withinLimits(doc, limits) ? { doc, reason: null } : { doc: null, reason: "not-shown" };
}
