// The page's side of the worker protocol (see worker.mjs): start once, then check on demand.
// Only the newest check matters: older answers are dropped, so typing never queues work.

export function startRuntime(config, { onProgress, onReady, onFailed }) {
  const base = document.baseURI;
  const urls = Object.fromEntries(Object.entries(config.urls).map(([k, v]) => [k, new URL(v, base).href]));
  let worker;
  let settled = false;
  let latest = 0;
  const pending = new Map();

  const fail = (reason, detail) => {
    if (settled && reason !== "check") return;
    settled = true;
    clearTimeout(timer);
    for (const { reject } of pending.values()) reject(new Error(detail || reason));
    pending.clear();
    onFailed(reason, detail);
  };
  const timer = setTimeout(() => fail("timeout"), config.load_timeout_seconds * 1000);

  const handlers = {
    progress: (m) => onProgress(m.stage),
    ready: () => {
      settled = true;
      clearTimeout(timer);
      onReady();
    },
    failed: (m) => fail(m.reason, m.detail),
    result: (m) => settle(m.id, (p) => p.resolve(m.result)),
    error: (m) => settle(m.id, (p) => p.reject(new Error(m.detail))),
  };
  function settle(id, action) {
    const entry = pending.get(id);
    pending.delete(id);
    if (!entry) return;
    if (id === latest) action(entry);
    else entry.resolve(null); // superseded by a newer check: the caller ignores null
  }

  if (typeof WebAssembly !== "object") {
    // Checked here too: a page without WebAssembly may still hand it to workers, or not start them.
    fail("no-wasm", "WebAssembly unavailable");
    return { check: () => Promise.reject(new Error("no-wasm")) };
  }
  const onMessage = (event) => handlers[event.data?.type]?.(event.data);
  const onError = (event) => fail("worker", event.message);
  // The page's head script (checker_page.HEAD_SCRIPT) has usually started the worker already and kept what
  // it said since: take it over, replay that, then listen (all in this task, so nothing slips between).
  const early = window.__coveEarly;
  delete window.__coveEarly;
  if (early) {
    worker = early.worker;
    worker.removeEventListener("message", early.buffer);
    worker.removeEventListener("error", early.buffer);
    for (const event of early.queue) (event.type === "error" ? onError : onMessage)(event);
  } else {
    try {
      worker = new Worker(urls.worker, { type: "module" });
    } catch (error) {
      fail("worker", String(error));
      return { check: () => Promise.reject(new Error("worker")) };
    }
    worker.postMessage({ type: "load", runtimeURL: urls.runtime, stdlibURL: urls.stdlib, lockURL: urls.lock,
                         rulesURL: urls.rules, enginePackage: config.engine_package });
  }
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);

  return {
    /** Check the raw bytes of a partnership document (Uint8Array), as `cove-site check` reads a file;
     *  `source` names it in messages (a file name), "" for a link or the form. */
    check(data, source = "") {
      latest += 1;
      const id = latest;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "check", id, data, source, lang: config.lang, call: null });
      });
    },
  };
}
