// Put at the start of the service worker (sw.js) by build-sw.mjs, after the path of the small copy
// module (`QUIZ_COPY_WASM`, areas/quizcopy-*/quizcopy.wasm) and each topic's question bank
// (`QUIZ_COPY_TOPICS`, topic id → `content/topic-<id>-<hash>.json`, as in the page's loader), with
// the module's caller (scripts/quizcopy.js, shared with the loader) in place of the placeholder.
//
// On a repeat visit the page is served by this worker, and a quiz link's first question can be
// drawn here, off the page's main thread, from the files this release has cached: the page asks
// with a `QUIZ_COPY` message (the link and the theme) and only inserts the answer. The
// worker is running already (it served the page). The page draws the copy itself when this fails
// or does not answer in time.
(function () {
  /* quiz copy module */
  var precache = null;
  /** Workbox's precache, opened once per worker start (every cache, should Workbox ever name it
   *  otherwise): a lookup in one open cache took half the time of `caches.match`, which opens
   *  and searches every cache (banks read in ~6 ms, not ~12, timed in the worker). */
  function cache() {
    if (!precache) {
      var name = "workbox-precache-v2-" + self.registration.scope;
      precache = caches.has(name).then(function (has) { return has ? caches.open(name) : caches; });
      precache.catch(function () { precache = null; });
    }
    return precache;
  }
  /** A cached file of this release, else the network. Files named by their content's hash are
   *  cached under their own URL (build-sw.mjs): an exact key is one lookup, where ignoring the
   *  query would read every entry of the cache. */
  function file(path) {
    var u = new URL(path, self.registration.scope).href;
    return cache().then(function (c) { return c.match(u); }, function () { return null; })
      .then(function (r) { return r || fetch(u); });
  }
  function bytes(path) {
    return file(path).then(function (r) {
      if (!r.ok) throw new Error(path + ": " + r.status);
      return r.arrayBuffer();
    });
  }
  /** The copy module, instantiated once per worker start: a promise of its `draw`. */
  var module = quizCopyOnce(function () { return file(QUIZ_COPY_WASM); });
  /** The question banks of a quiz link that starts at once (`#/quiz?topics=a,b&…&start=1`), as
   *  the page's loader finds them; none for any other link. Only this release's own banks can
   *  be named: whatever a link says, the worker reads no other file. */
  function banksOf(hash) {
    var parts = String(hash).split("?");
    if (!/^#\/quiz\/?$/.test(parts[0]) || !/(^|&)start=1(&|$)/.test(parts[1] || "")) return [];
    var banks = [];
    (parts[1] || "").split("&").forEach(function (kv) {
      var p = kv.split("=");
      if (p[0] !== "topics") return;
      decodeURIComponent(p[1] || "").split(",").forEach(function (t) {
        if (Object.prototype.hasOwnProperty.call(QUIZ_COPY_TOPICS, t)) banks.push(QUIZ_COPY_TOPICS[t]);
      });
    });
    return banks;
  }
  /** The copy's HTML for the quiz link `hash` (null: no copy for this link). */
  function draw(hash, dark) {
    var banks = banksOf(hash);
    if (!banks.length) return Promise.resolve(null);
    return Promise.all([module(), Promise.all(banks.map(bytes))]).then(function (r) {
      return r[0](String(hash), r[1], dark) || null;
    });
  }
  // The copy drawn while the page is being parsed, for the theme the worker last drew in:
  // { hash, dark, html: a promise }.
  var early = null;
  var lastDark = false;
  // A page is being opened: have the module and the cache ready for a copy. A navigation's URL
  // keeps its fragment, so when it is a quiz link that starts at once, its copy is drawn now,
  // while the page is parsed, and is ready when the page asks for it.
  self.addEventListener("fetch", function (event) {
    if (event.request.mode !== "navigate") return;
    cache().catch(function () {});
    module().catch(function () {});
    var hash = new URL(event.request.url).hash;
    early = banksOf(hash).length ? { hash: hash, dark: lastDark, html: draw(hash, lastDark) } : null;
    if (early) early.html.catch(function () {});
  });
  // The page asks with a message and a port for the answer: { html } (null: no copy for this
  // link) or { error }. A message is one hop each way; a fetch would also be the page's first
  // request (which costs it several milliseconds) and a body to read.
  self.addEventListener("message", function (event) {
    var d = event.data, port = event.ports && event.ports[0];
    if (!d || d.type !== "QUIZ_COPY" || !port) return;
    var dark = d.dark === true;
    var drawn = early && early.hash === d.hash && early.dark === dark ? early.html : draw(d.hash, dark);
    early = null;
    lastDark = dark;
    var answer = drawn.then(function (html) { port.postMessage({ html: html }); });
    answer.catch(function (e) { port.postMessage({ error: String(e && e.message || e) }); });
    if (event.waitUntil) event.waitUntil(answer.catch(function () {}));
  });
})();
