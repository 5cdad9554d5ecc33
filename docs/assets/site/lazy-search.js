// Material starts its search worker and downloads the search index as soon as a page loads. On the
// checker page both would compete with the Python runtime for the network and the processor, so this
// script (loaded before Material's bundle) holds them back until the reader opens search: the worker is
// created, and the index requested, on the first focus of the search field or opening of the search
// toggle (click, keyboard shortcut). Nothing else changes: search works as on every other page.
(() => {
  const config = document.getElementById("__config");
  const searchWorker = config && JSON.parse(config.textContent).search;
  if (!searchWorker || typeof Worker !== "function") return;
  const workerURL = new URL(searchWorker, document.baseURI).href;
  const indexURL = new URL("search/search_index.json", new URL(JSON.parse(config.textContent).base, document.baseURI)).href;

  let opened = false;
  const waiting = [];
  function open() {
    if (opened) return;
    opened = true;
    for (const start of waiting.splice(0)) start();
  }
  function whenOpened(start) {
    if (opened) start();
    else waiting.push(start);
  }
  document.addEventListener("focusin", (event) => {
    if (event.target.matches?.("[data-md-component=search-query]")) open();
  });
  document.addEventListener("change", (event) => {
    if (event.target.matches?.("[data-md-toggle=search]") && event.target.checked) open();
  });

  // The search worker: a stand-in that queues messages until the real worker exists.
  const RealWorker = window.Worker;
  class DeferredWorker extends EventTarget {
    #worker = null;
    #queue = [];
    constructor(url, options) {
      super();
      whenOpened(() => {
        this.#worker = new RealWorker(url, options);
        for (const type of ["message", "messageerror", "error"]) {
          this.#worker.addEventListener(type, (event) => this.dispatchEvent(new event.constructor(type, event)));
        }
        for (const message of this.#queue.splice(0)) this.#worker.postMessage(message);
      });
    }
    postMessage(message) {
      if (this.#worker) this.#worker.postMessage(message);
      else this.#queue.push(message);
    }
    terminate() {
      this.#worker?.terminate();
    }
  }
  window.Worker = function Worker(url, options) {
    if (new URL(url, document.baseURI).href !== workerURL) return new RealWorker(url, options);
    return new DeferredWorker(url, options);
  };
  window.Worker.prototype = RealWorker.prototype;

  // The search index: Material requests it with XMLHttpRequest; its send waits for the same moment.
  const { open: xhrOpen, send: xhrSend } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.coveDeferred = new URL(String(url), document.baseURI).href === indexURL;
    return xhrOpen.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (!this.coveDeferred) return xhrSend.apply(this, args);
    whenOpened(() => xhrSend.apply(this, args));
  };
})();
