// Appended to the service worker (sw.js) by build-sw.mjs, after the small copy module's glue
// (`quizCopyGlue`, areas/quizcopy-*/quizcopy.js turned into a classic script) and the path of its
// WebAssembly (`QUIZ_COPY_WASM`).
//
// On a repeat visit the page is served by this worker, and a quiz link's first question can be
// drawn here, off the page's main thread, from the files this release has cached: the page asks
// for `__copy/quiz?hash=…&banks=…&dark=…` and only inserts the answer. The worker is running
// already (it served the page). The page draws the copy itself when this fails or answers 204.
(function () {
  var ready = null;
  /** A cached file of this release, else the network. Files named by their content's hash are
   *  cached under their own URL (build-sw.mjs): an exact key is one lookup, where ignoring the
   *  query would read every entry of the cache. */
  function file(path) {
    var u = new URL(path, self.registration.scope).href;
    return caches.match(u).then(function (r) { return r || fetch(u); });
  }
  function text(path) {
    return file(path).then(function (r) {
      if (!r.ok) throw new Error(path + ": " + r.status);
      return r.text();
    });
  }
  /** The copy module, instantiated once per worker start. */
  function glue() {
    if (!ready) {
      ready = file(QUIZ_COPY_WASM).then(function (r) { return quizCopyGlue.default({ module_or_path: r }); })
        .then(function () { return quizCopyGlue; });
      ready.catch(function () { ready = null; });
    }
    return ready;
  }
  /** Only the release's own question banks: `content/topic-<id>-<hash>.json`. */
  var BANK = /^content\/topic-[a-z0-9-]+-[0-9a-f]+\.json$/;
  self.addEventListener("fetch", function (event) {
    // A page is being opened: have the module ready for its copy, if it is a quiz link's (a
    // worker that has just started compiles it in a few milliseconds, off the page's thread).
    if (event.request.mode === "navigate") { glue().catch(function () {}); return; }
    var u = new URL(event.request.url);
    if (event.request.method !== "GET" || u.href.indexOf(new URL("__copy/quiz", self.registration.scope).href) !== 0) return;
    var q = u.searchParams;
    var banks = (q.get("banks") || "").split(",").filter(Boolean);
    event.respondWith(Promise.resolve().then(function () {
      if (!banks.length || !banks.every(function (b) { return BANK.test(b); })) return null;
      return Promise.all([glue(), Promise.all(banks.map(text))]).then(function (r) {
        return r[0].first_question(q.get("hash") || "", "[" + r[1].join(",") + "]", q.get("dark") === "1");
      });
    }).then(function (html) {
      return html
        ? new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } })
        : new Response(null, { status: 204 });
    }, function (e) {
      return new Response(String(e && e.message || e), { status: 500, headers: { "cache-control": "no-store" } });
    }));
  });
})();
