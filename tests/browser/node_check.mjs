// Loads the staged runtime from disk in Node (no network), installs the engine wheel through the
// site's pyodide-lock.json and checks each partnership of a JSON list; prints the results as JSON.
// Usage: node node_check.mjs <runtime dir> <rules.json> <partnerships.json> <lang>
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [runtimeDir, rulesPath, inputPath, lang] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${runtimeDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${runtimeDir}/` });
const problems = [];
await pyodide.loadPackage("cove-engine", { messageCallback: () => {}, errorCallback: (m) => problems.push(m) });
if (problems.length) throw new Error(problems.join("; "));
pyodide.globals.set("rules_json", readFileSync(rulesPath, "utf-8"));
pyodide.globals.set("inputs_json", readFileSync(inputPath, "utf-8"));
pyodide.globals.set("lang", lang);
process.stdout.write(pyodide.runPython(`
import json, cove_site.engine
bundle = json.loads(rules_json)
json.dumps([cove_site.engine.run(doc, bundle, lang) for doc in json.loads(inputs_json)], ensure_ascii=False)
`));
