// Loads the shipped runtime from disk in Node (no network) the way the checker's worker does: the
// site's trimmed stdlib (stdLibURL) and lock file (lockFileURL), the engine wheel through `packages`.
// Then runs each check of a job and prints the results as JSON.
// Usage: node node_check.mjs <job.json>
//   job = {runtime_dir, stdlib, lock, engine_package, bundles: [JSON text], runs: [{doc, bundle, lang, call?}]}
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const { loadPyodide } = await import(pathToFileURL(`${job.runtime_dir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({
  indexURL: `${job.runtime_dir}/`, stdLibURL: job.stdlib, lockFileURL: job.lock, packages: [job.engine_package],
});
if (!pyodide.loadedPackages[job.engine_package]) throw new Error(`${job.engine_package} was not installed`);
pyodide.globals.set("job_json", JSON.stringify({ bundles: job.bundles, runs: job.runs }));
process.stdout.write(pyodide.runPython(`
import json, cove_site.engine
job = json.loads(job_json)
bundles = [json.loads(text) for text in job["bundles"]]
results = []
for run in job["runs"]:
    extra = () if run.get("call") is None else (run["call"],)
    results.append(cove_site.engine.run(json.loads(run["doc"]), bundles[run["bundle"]], run["lang"], *extra))
json.dumps(results, ensure_ascii=False)
`));
