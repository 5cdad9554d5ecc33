// Keeps the partnership in this browser (localStorage: this origin only, this device only), so a reload, a
// return visit or the language switcher (the three languages share the origin) finds it again. The number
// of rows is kept apart: the page's head script reads it before first paint to reserve the table's room.
// A browser that refuses storage (private mode, a policy) gets `available: false` and nothing breaks.

export function createStore(keys) {
  let storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(`${keys.rows}:probe`, "1");
    storage.removeItem(`${keys.rows}:probe`);
  } catch {
    storage = null;
  }

  return {
    available: storage !== null,
    /** The kept partnership (a plain object), or null. */
    load() {
      try {
        const doc = JSON.parse(storage?.getItem(keys.partnership) ?? "null");
        return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc : null;
      } catch {
        return null;
      }
    },
    /** Keep `doc`; false when the browser refused (full or blocked). */
    save(doc, rows) {
      if (!storage) return false;
      try {
        storage.setItem(keys.partnership, JSON.stringify(doc));
        storage.setItem(keys.rows, String(rows));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(keys.partnership);
        storage?.removeItem(keys.rows);
      } catch {
        // nothing kept, nothing to clear
      }
    },
  };
}
