// The loader's compile worker (scripts/loader.js runs it from a blob; build-sw.mjs minifies it
// into the page). It compiles one area module off the main thread and posts it back. Browsers
// compile a WebAssembly function on its first call, on the thread that makes it, into the module;
// so before that, on instances of its own, it runs what the page's first run of the module calls,
// and the page's main thread no longer compiles it:
//  1. `prime`, the module's pure code (core/src/prime.rs), with imports that only throw; then the
//     module is posted.
//  2. With `job.js`: the app's first render of the page's URL, through the module's own glue,
//     against the stand-in document below; `{ rendered: <its text>, error }` is posted once the
//     render settles, fails or gives up. Nothing reaches the page: storage is a copy, the document is plain objects,
//     and what a render would start (workers, the editor's import, IndexedDB) is refused.
// The job: { wasm, js, href, storage: [[key, value]…], copy: a static copy is on screen, files:
// the content files the page fetched early }; then, as each arrives, { file, bytes } (the render
// takes them from here: nothing is fetched twice).
var files = {};
var arrive = {};
onmessage = function (e) {
  var job = e.data;
  if (job.file) return arrive[job.file] && arrive[job.file](job.bytes);
  (job.files || []).forEach(function (f) {
    files[f] = new Promise(function (resolve) { arrive[f] = resolve; });
  });
  WebAssembly.compileStreaming(fetch(job.wasm)).then(function (m) {
    try {
      var imports = {};
      WebAssembly.Module.imports(m).forEach(function (x) {
        (imports[x.module] = imports[x.module] || {})[x.name] = function () { throw 0; };
      });
      new WebAssembly.Instance(m, imports).exports.prime();
    } catch (x) {}
    postMessage(m);
    return job.js && render(m, job);
  }, function () {
    postMessage(null);
  }).then(function (settled) {
    // What the render left in the stand-in body, and whether it settled (the e2e tests read them).
    postMessage({ rendered: doc.body.textContent, settled: settled });
  }, function (x) {
    postMessage({ rendered: "", error: String(x && x.stack || x) });
  });
};

var changes = 0;
var pending = 0;
function noop() {}

/** An element, text node or document, with what the apps' first renders use of one. */
function Item(type, tag, ns) {
  this.nodeType = type;
  this.tagName = tag;
  this.namespaceURI = ns;
  this.childNodes = [];
  this.parentNode = null;
  this.attrs = {};
  this.value = this.id = "";
  this.classList = { add: noop, remove: noop };
}
Item.prototype = {
  get lastChild() { return this.childNodes[this.childNodes.length - 1] || null; },
  get nextSibling() {
    var p = this.parentNode;
    return p && p.childNodes[p.childNodes.indexOf(this) + 1] || null;
  },
  get parentElement() { return this.parentNode; },
  get textContent() {
    return this.nodeType == 3 ? this.nodeValue : this.childNodes.map(function (c) { return c.textContent; }).join("");
  },
  set textContent(v) {
    this.childNodes = [];
    if (v) this.appendChild(doc.createTextNode(v));
  },
  set innerHTML(v) { this.textContent = ""; },
  appendChild: function (c) { return this.insertBefore(c, null); },
  insertBefore: function (c, ref) {
    if (c.parentNode) c.parentNode.removeChild(c);
    var i = this.childNodes.indexOf(ref);
    this.childNodes.splice(i < 0 ? this.childNodes.length : i, 0, c);
    c.parentNode = this;
    changes++;
    return c;
  },
  removeChild: function (c) {
    var i = this.childNodes.indexOf(c);
    if (i >= 0) this.childNodes.splice(i, 1);
    c.parentNode = null;
    changes++;
    return c;
  },
  remove: function () { if (this.parentNode) this.parentNode.removeChild(this); },
  replaceWith: function (n) { this.parentNode.insertBefore(n, this); this.remove(); },
  cloneNode: function () { return new Item(this.nodeType, this.tagName, this.namespaceURI); },
  setAttribute: function (k, v) { this.attrs[k] = v; if (k == "id") this.id = v; changes++; },
  getAttribute: function (k) { return k in this.attrs ? this.attrs[k] : null; },
  removeAttribute: function (k) { delete this.attrs[k]; changes++; },
  getElementById: function (id) {
    for (var i = 0, c, d; (c = this.childNodes[i]); i++) if (c.id == id || (d = c.getElementById(id))) return d || c;
    return null;
  },
  getBoundingClientRect: function () { return { left: 0, top: 0, width: 0, height: 0 }; },
  addEventListener: noop,
  removeEventListener: noop,
  focus: noop,
  setPointerCapture: noop,
  matches: function () { return false; },
  closest: function () { return null; },
  querySelector: function () { return null; },
};

var doc = new Item(9, "#document", null);
doc.createElement = function (n) { return new Item(1, n.toUpperCase(), "http://www.w3.org/1999/xhtml"); };
doc.createElementNS = function (ns, n) { return new Item(1, n, ns); };
doc.createTextNode = function (t) { var n = new Item(3, "#text", null); n.nodeValue = t; return n; };
doc.documentElement = doc.appendChild(doc.createElement("html"));
doc.activeElement = doc.body = doc.documentElement.appendChild(doc.createElement("body"));
doc.visibilityState = "visible";
// No base URL: a module the render would import (the editor) does not resolve and is not fetched.
doc.baseURI = undefined;

/** This worker's global scope made to look enough like the page's window for a render. */
function stage(job) {
  var store = new Map(job.storage);
  var realFetch = fetch;
  var g = {
    window: self,
    document: doc,
    location: new URL(job.href),
    history: { replaceState: noop },
    localStorage: {
      getItem: function (k) { return store.has(k) ? store.get(k) : null; },
      setItem: function (k, v) { store.set(k, v); },
      removeItem: function (k) { store.delete(k); },
    },
    matchMedia: function () { return { matches: false, addEventListener: noop, removeEventListener: noop }; },
    MutationObserver: function () { return { observe: noop, disconnect: noop }; },
    Worker: function () { throw 0; },
    indexedDB: undefined,
    // Anything else the render fetches (the page's early files are `take`n above).
    fetch: function (u) {
      pending++;
      var p = realFetch(new URL(u, job.href));
      p.then(settled, settled);
      return p;
    },
    backprep: {
      open: function () { return new Promise(noop); },
      mounts: function () { return 1; },
      carried: noop,
      quizCopy: noop,
      takeText: noop,
      take: function (file) {
        return files[file] ? files[file].then(function (b) { return b && new TextDecoder().decode(b); }) : null;
      },
    },
  };
  function settled() { pending--; }
  // The classes the glue tests values against (those a worker lacks).
  var kind = function (test) { var f = function () {}; Object.defineProperty(f, Symbol.hasInstance, { value: test }); return f; };
  var element = kind(function (x) { return x instanceof Item && x.nodeType == 1; });
  g.Window = kind(function (x) { return x === self; });
  g.Element = g.HTMLElement = element;
  g.HTMLTextAreaElement = kind(function (x) { return x.tagName == "TEXTAREA"; });
  g.ShadowRoot = g.KeyboardEvent = g.StorageEvent = g.PageTransitionEvent = kind(function () { return false; });
  console.error = console.warn = noop;
  for (var k in g) Object.defineProperty(self, k, { value: g[k], configurable: true, writable: true });
  if (job.copy) doc.body.appendChild(doc.createElement("div")).id = "prerender";
}

/** Mounts the module's app once; resolves with true when nothing has changed the document for a
 *  few tasks and no fetch is pending, or with false after two seconds. */
function render(m, job) {
  stage(job);
  return import(job.js).then(function (glue) {
    return glue.default({ module_or_path: m }).then(function () {
      glue.mount();
      var start = Date.now(), quiet = 0, seen = -1;
      return new Promise(function (resolve) {
        (function tick() {
          quiet = changes == seen && !pending ? quiet + 1 : 0;
          seen = changes;
          if (quiet > 2 || Date.now() - start > 2000) resolve(quiet > 2); else setTimeout(tick, 0);
        })();
      });
    });
  });
}
