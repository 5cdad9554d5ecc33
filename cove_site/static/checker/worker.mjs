// Module worker that runs the CoVE engine under self-hosted Pyodide, off the main thread.
//
// Protocol (all plain objects; no UI text here, the page translates codes):
//   in : {type: "load", runtimeURL, rulesURL, enginePackage}
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

async function loadRuntime(runtimeURL) {
  post({ type: "progress", stage: "runtime" });
  const module = await import(new URL("pyodide.mjs", runtimeURL).href);
  return module.loadPyodide({ indexURL: runtimeURL });
}

async function loadEngine(py, enginePackage) {
  post({ type: "progress", stage: "engine" });
  const problems = [];
  // loadPackage reports download and hash failures through the callback instead of throwing.
  await py.loadPackage(enginePackage, { messageCallback: () => {}, errorCallback: (m) => problems.push(m) });
  if (problems.length) throw new Error(problems.join("; "));
  py.runPython("import cove_site.engine");
}

async function loadRules(py, rulesURL) {
  post({ type: "progress", stage: "rules" });
  const response = await fetch(rulesURL, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${rulesURL}: HTTP ${response.status}`);
  py.globals.set("_cove_rules_json", await response.text());
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

async function onLoad({ runtimeURL, rulesURL, enginePackage }) {
  if (pyodide) return post({ type: "ready" });
  if (!(await wasmWorks())) return post({ type: "failed", reason: "no-wasm", detail: "WebAssembly unavailable" });
  let stage = "runtime";
  try {
    const py = await loadRuntime(runtimeURL);
    stage = "engine";
    await loadEngine(py, enginePackage);
    stage = "rules";
    runCheck = await loadRules(py, rulesURL);
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
