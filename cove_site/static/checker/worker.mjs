// Module worker that runs the CoVE engine under self-hosted Pyodide, off the main thread.
//
// Protocol (all plain objects; no UI text here, the page translates codes):
//   in : {type: "load", runtimeURL, stdlibURL, lockURL, rulesURL, enginePackage}
//   out: {type: "progress", stage: "runtime" | "engine" | "rules"}
//        {type: "ready"}
//        {type: "failed", reason: "no-wasm" | "runtime" | "engine" | "rules", detail}
//   in : {type: "check", id, data, source, lang, call}  data = the raw bytes (Uint8Array) of a share link, an imported
//        file or the form's JSON; read by the engine's own JSON reader, as `cove-site check` reads a file.
//        (A `partnership` object instead of `data` is still accepted: it is sent as its JSON.)
//   out: {type: "result", id, result}        result = engine.run(...) as JSON (verdict or errors)
//        {type: "error", id, detail}          the engine itself raised (a bug, not bad input)

let pyodide = null;
let runCheck = null;

function post(message) {
  self.postMessage(message);
}

function describe(error) {
  return String((error && (error.message || error)) || "unknown error").slice(0, 500);
}

async function wasmWorks() {
  // A CSP without 'wasm-unsafe-eval' or a browser without WebAssembly makes Pyodide hang
  // silently; an 8-byte empty module tells us up front.
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return false;
  try {
    await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

function reportFailedInstantiation() {
  // Pyodide only logs a WebAssembly instantiation that failed (a blocked or missing pyodide.asm.wasm) and then
  // waits for ever: say so at once rather than after the page's timeout.
  const { instantiateStreaming } = WebAssembly;
  if (typeof instantiateStreaming !== "function") return;
  WebAssembly.instantiateStreaming = function (...args) {
    const result = instantiateStreaming.apply(this, args);
    result.catch((error) => post({ type: "failed", reason: "runtime", detail: describe(error) }));
    return result;
  };
}

async function loadRuntime({ runtimeURL, stdlibURL, lockURL, enginePackage }) {
  post({ type: "progress", stage: "runtime" });
  reportFailedInstantiation();
  const module = await import(new URL("pyodide.mjs", runtimeURL).href);
  // The site's precompiled, trimmed stdlib and its own lock file; `packages` fetches the engine wheel
  // while the interpreter starts, instead of after it. The engine never awaits anything, so Pyodide need not
  // set up run_until_complete's stack switching (about 60 ms of a cold start).
  return module.loadPyodide({ indexURL: runtimeURL, stdLibURL: stdlibURL, lockFileURL: lockURL, packages: [enginePackage],
                              enableRunUntilComplete: false });
}

function loadEngine(py, enginePackage) {
  post({ type: "progress", stage: "engine" });
  // A failed download or hash check of a start-up package is only logged, never thrown: ask.
  if (!py.loadedPackages[enginePackage]) throw new Error(`${enginePackage} was not installed`);
  py.runPython("import cove_site.engine");
}

function fetchRules(rulesURL) {
  const text = fetch(rulesURL, { credentials: "same-origin" }).then((response) => {
    if (!response.ok) throw new Error(`${rulesURL}: HTTP ${response.status}`);
    return response.text();
  });
  text.catch(() => {}); // awaited later; not an unhandled rejection meanwhile
  return text;
}

async function loadRules(py, rulesText) {
  post({ type: "progress", stage: "rules" });
  py.globals.set("_cove_rules_json", await rulesText);
  return py.runPython(`
import json as _json
from cove_site import engine as _engine
_cove_bundle = _json.loads(_cove_rules_json)
del _cove_rules_json

from cove_site.engine.document import check_json as _check_json

def _cove_check(data, lang, call=None, source=""):
    raw = data.to_bytes() if hasattr(data, "to_bytes") else data
    result = _check_json(raw, _cove_bundle, lang, call, source)
    return _json.dumps(result, ensure_ascii=False)

_cove_check
`);
}

async function onLoad(message) {
  if (pyodide) return post({ type: "ready" });
  if (!(await wasmWorks())) return post({ type: "failed", reason: "no-wasm", detail: "WebAssembly unavailable" });
  const rules = fetchRules(message.rulesURL); // in parallel with the runtime
  let stage = "runtime";
  try {
    const py = await loadRuntime(message);
    stage = "engine";
    loadEngine(py, message.enginePackage);
    stage = "rules";
    runCheck = await loadRules(py, rules);
    pyodide = py;
    post({ type: "ready" });
  } catch (error) {
    post({ type: "failed", reason: stage, detail: describe(error) });
  }
}

function onCheck({ id, data, source = "", partnership, lang, call }) {
  if (!runCheck) return post({ type: "error", id, detail: "runtime not loaded" });
  try {
    const bytes = data instanceof Uint8Array ? data
      : new TextEncoder().encode(JSON.stringify(partnership === undefined ? null : partnership));
    // JS null would arrive as JsNull, not None: leave `call` out unless the page overrides the year.
    const text = runCheck.callKwargs(bytes, lang, call == null ? { source } : { call, source });
    post({ type: "result", id, result: JSON.parse(text) });
  } catch (error) {
    post({ type: "error", id, detail: describe(error) });
  }
}

const handlers = { load: onLoad, check: onCheck };

self.addEventListener("message", (event) => {
  const message = event.data || {};
  const handler = handlers[message.type];
  if (handler) handler(message);
});

self.addEventListener("unhandledrejection", (event) => {
  post({ type: "failed", reason: "runtime", detail: describe(event.reason) });
});
