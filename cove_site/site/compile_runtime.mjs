// Compiles the checker's Python with Pyodide's own interpreter, in Node, offline.
// Usage: node compile_runtime.mjs <job.json>      (written by cove_site/site/stdlib.py)
//
// 1. Start the pinned npm Pyodide with its full standard library and the engine wheel (from a lock
//    file, the way the browser worker loads it), and make one Python error cross into JavaScript, as a
//    bug in the engine would (its traceback formatting needs modules too).
// 2. Run every traced check (in_pyodide.trace) and list the stdlib modules that are now loaded.
// 3. Compile those modules into a zip of sourceless .pyc, and the engine's modules into .pyc.
// Writes <out>/python_stdlib.zip, <out>/modules.json and <out>/engine/<path>.pyc; exits non-zero on error.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const job = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const { loadPyodide } = await import(pathToFileURL(join(job.runtime_dir, "pyodide.mjs")).href);
const errors = [];
const py = await loadPyodide({
  indexURL: job.runtime_dir + "/",
  lockFileURL: job.lock_file,
  packages: [job.engine_package],
  stdout: () => {},
  stderr: (line) => errors.push(line),
});
if (!py.loadedPackages[job.engine_package]) {
  throw new Error(`${job.engine_package} was not installed from ${job.lock_file}: ${errors.join(" | ")}`);
}
try {
  py.runPython("raise RuntimeError('the path a Python error takes into JavaScript')");
} catch {
  // expected: only the modules it loads matter
}

const tool = py.globals.get("dict")();
py.runPython(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "in_pyodide.py"), "utf-8"), { globals: tool });
const files = JSON.parse(tool.get("trace")(JSON.stringify(job.trace)));

mkdirSync(job.out_dir, { recursive: true });
writeFileSync(join(job.out_dir, "modules.json"), JSON.stringify(files, null, 1) + "\n");
writeFileSync(join(job.out_dir, "python_stdlib.zip"), tool.get("compile_stdlib")(JSON.stringify(files)).toJs());
const [cacheTag, compiled] = tool.get("compile_package")(job.engine_module.split(".")[0]).toJs();
writeFileSync(join(job.out_dir, "cache_tag"), cacheTag);
for (const [path, bytes] of compiled) {
  const target = join(job.out_dir, "engine", path + "c");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
