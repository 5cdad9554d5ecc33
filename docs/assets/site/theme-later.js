// On the checker page Material's bundle (the header's search, the colour toggle, back-to-top) starts once the
// checker has given its first answer, not while the page loads. On a two-core machine its 0.25 s of main-thread
// work would otherwise run while the worker compiles Python's WebAssembly and starts the interpreter, and the
// first verdict would come that much later (bench/bench_browser.py; README "Performance").
//
// The bundle also starts at the reader's first pointer, touch or key press, and at the latest FALLBACK_MS after
// the page has loaded (when the checker's own script could not run). Material sets itself up on
// DOMContentLoaded; when that moment has passed, the event is sent once more for it (no other script on the
// page listens to it). The checker says it has answered with the `cove:checker-settled` event (checker.mjs).
// The page's build puts this script where Material's bundle was (checker_page.defer_theme_bundle).
(() => {
  const FALLBACK_MS = 10000;
  const bundleURL = document.currentScript?.dataset.coveTheme;
  if (!bundleURL) return;
  let started = false;
  function start() {
    if (started) return;
    started = true;
    const bundle = document.createElement("script");
    bundle.src = bundleURL;
    bundle.addEventListener("load", () => {
      if (document.readyState !== "loading") document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
    });
    document.body.append(bundle);
  }
  document.addEventListener("cove:checker-settled", start, { once: true });
  for (const type of ["pointerdown", "touchstart", "keydown"]) {
    addEventListener(type, start, { capture: true, once: true, passive: true });
  }
  addEventListener("load", () => setTimeout(start, FALLBACK_MS), { once: true });
})();
