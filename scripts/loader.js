// The page's loader, inlined into index.html by build-sw.mjs with this build's manifest in
// place of the placeholder below (area → module files, first route segment → area, topic → question bank,
// exercise / SQL / design page → its content file, exercise page → its static copy).
// It starts the module of the URL's area (its JS and WASM fetched in parallel) and, for
// a quiz link, that quiz's question banks too, so nothing waits on anything else. Areas hand over
// through `backprep.open` (src/areas/handoff.rs). It applies a remembered theme before the first
// paint. Once the page is up and the browser is idle, it registers the service worker (whose
// precache must never compete with the first page) and, on the home page, warms the quiz module
// so that Start is instant.
(function () {
  var M = /* manifest */ null;
  var modules = {};
  var failures = {};
  var early = {};
  var arrived = {};
  var current = null;
  var carried = null;
  var mounts = 0;

  /** The route's path segments: `#/exercise/lru-cache?x=1` → ["exercise", "lru-cache"]. */
  function segmentsOf(hash) {
    return (hash || "").replace(/^#/, "").split("?")[0].split("/").filter(Boolean);
  }
  function areaOf(hash) {
    return M.segments[segmentsOf(hash)[0] || ""] || "home";
  }
  function url(file) { return new URL(file, document.baseURI).href; }
  // A worker that compiles one module and posts it back: its bytes are decoded off the main
  // thread (in one task of ~10–20 ms there on a desktop when the whole response arrives at once,
  // as it does from a cache), and instantiating a compiled module is quick. A WebAssembly
  // function is compiled on its first call, by the thread that makes it, into the module; so the
  // worker first runs, on instances of its own, the module's pure code (`prime`,
  // core/src/prime.rs) and its app's first render of this page against a stand-in document
  // (scripts/compile-worker.js), and the page's first render is no longer mostly compiling.
  var COMPILER = /* compile worker */ "";
  var compilerUrl = null;
  /** A promise of the compiled (and primed) module at `files.wasm`, or, where a worker cannot
   *  give it, of the response (wasm-bindgen's init takes either). `render` (a route, `#/…`): the
   *  worker also renders it once with the module's glue; the promise waits for that (or, as a
   *  render that is slow or stuck must not hold the page, 1.5 s at most once the module is here). */
  function compiledOffThread(files, render) {
    var u = url(files.wasm);
    return new Promise(function (resolve) {
      var w, module = null, timer = 0;
      try {
        compilerUrl = compilerUrl || URL.createObjectURL(new Blob([COMPILER], { type: "text/javascript" }));
        w = new Worker(compilerUrl);
      } catch (e) {
        return resolve(fetch(u));
      }
      // The module is instantiated in a task of its own, not in the one that received it.
      var done = function () {
        if (!w) return;
        clearTimeout(timer);
        w.terminate();
        w = null;
        resolve(nextTask().then(function () { return module || fetch(u); }));
      };
      w.onmessage = function (e) {
        if (!(e.data instanceof WebAssembly.Module)) return done();
        module = e.data;
        if (!render) done(); else timer = setTimeout(done, 1500);
      };
      w.onerror = function () { done(); };
      var storage = [];
      if (render) try { storage = Object.entries(localStorage); } catch (e) {}
      var earlyFiles = render ? Object.keys(early) : [];
      w.postMessage({ wasm: u, js: render ? url(files.js) : null, href: location.href.split("#")[0] + (render || ""), storage: storage,
        copy: render === (location.hash || "#/") && !!document.getElementById("prerender"), files: earlyFiles });
      // The content the page fetched early, for the worker's render to take as the page's will.
      earlyFiles.forEach(function (f) {
        early[f].then(function (bytes) { if (w) w.postMessage({ file: f, bytes: bytes }); });
      });
    });
  }
  /** Starts `area`'s module once. `offThread`: compiled in a worker, for a module nobody waits
   *  on yet (a page whose static copy is on screen, a warm-up); a route (`#/…`) there: the worker
   *  also renders that route with it first. A page that waits for its module fetches it here,
   *  where no worker has to start first. */
  function load(area, offThread) {
    if (!modules[area]) {
      var files = M.areas[area];
      if (!files) return Promise.reject(new Error("no module for " + area));
      var wasm = offThread && window.Worker && window.WebAssembly && WebAssembly.compileStreaming
        ? compiledOffThread(files, typeof offThread === "string" ? offThread : null)
        : fetch(url(files.wasm));
      // A failed import() stays failed for this URL in this document: a retry asks anew.
      var tries = failures[area] || 0;
      modules[area] = import(url(files.js) + (tries ? "?retry=" + tries : "")).then(function (m) {
        return m.default({ module_or_path: wasm }).then(function () { return m; });
      });
      modules[area].catch(function () { delete modules[area]; failures[area] = tries + 1; });
    }
    return modules[area];
  }
  /** Resolves in a new task (input and paint may run before it). */
  function nextTask() {
    return new Promise(function (r) { setTimeout(r, 0); });
  }
  function afterLargestPaint() {
    return new Promise(function (resolve) {
      var go = function () { if (go) { go = null; resolve(nextTask()); } };
      setTimeout(function () { go && go(); }, 3000); // a hidden tab paints nothing
      var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes || [];
      if (types.indexOf("largest-contentful-paint") >= 0) {
        new PerformanceObserver(function (list, obs) { obs.disconnect(); go && go(); })
          .observe({ type: "largest-contentful-paint", buffered: true });
      } else {
        requestAnimationFrame(function () { requestAnimationFrame(function () { go && go(); }); });
      }
    });
  }
  /** `painting` (a static copy on its way to the screen), or `late` after 3 s: a copy that is
   *  slow to come never holds the page's module back for long. */
  function withinCopyTime(painting, late) {
    return Promise.race([painting, new Promise(function (r) { setTimeout(function () { r(late); }, 3000); })]);
  }
  function idle(f) {
    if ("requestIdleCallback" in window) requestIdleCallback(f, { timeout: 5000 }); else setTimeout(f, 1000);
  }
  function failed(e) {
    var p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.className = "load-error";
    p.textContent = "backprep could not start (" + (e && e.message || e) + "). Check your connection and reload.";
    // Over a static copy (whose controls need the module), at the top of its content, where it
    // is seen on a phone too.
    var main = document.querySelector("#prerender main");
    if (main) main.insertBefore(p, main.firstChild); else document.body.appendChild(p);
  }

  window.backprep = {
    /** Mounts `area` (loading its module if needed) in place of the current one, handing it
     *  `carry`: the current app's user data, which may hold changes that could not be saved. */
    open: function (area, carry) {
      return load(area).then(function (m) {
        if (current === m) return;
        if (current) current.unmount();
        // What the reader did on a quiz link's copy, for the app that takes its place (and for
        // no later one).
        quizCarry = snapshot ? snapshot() : null;
        snapshot = null;
        current = m;
        carried = carry || null;
        mounts += 1;
        m.mount();
      });
    },
    /** How many apps have mounted in this document, the current one included: 1 while the
     *  page's first (the page is at its top then: src/app.rs). */
    mounts: function () { return mounts; },
    /** What the reader did on a quiz link's copy of its first question (JSON, see
     *  core/src/copy/quiz.rs `Carried`), once; null if there was no copy. */
    quizCopy: function () { var c = quizCarry; quizCarry = null; return c; },
    /** The data handed over by `open`, once (src/state/provider.rs). */
    carried: function () { var c = carried; carried = null; return c; },
    /** A content file the loader fetched early: a promise of its text (null if that failed),
     *  handed out once (src/adapters/content.rs). */
    take: function (file) { var p = early[file]; delete early[file]; delete arrived[file]; return p ? p.then(textFrom) : null; },
    /** Its text if it has arrived, handed out once; else null. */
    takeText: function (file) {
      var b = arrived[file];
      if (b == null) return null;
      delete arrived[file]; delete early[file];
      return textFrom(b);
    },
  };

  /** A promise of `file`'s text, or of null when the server refuses it (a failed fetch rejects). */
  function textOf(file) {
    return fetch(url(file)).then(function (r) { return r.ok ? r.text() : null; });
  }
  /** Nothing saved changes an exercise page's first render: no remembered pane split, and the
   *  user data never names the page (a draft is kept under its slug). */
  function fresh(slug) {
    try {
      var d = localStorage.getItem("backprep");
      return localStorage.getItem("backprep.ui.split") == null && (!d || d.indexOf(JSON.stringify(slug)) < 0);
    } catch (e) {
      return false;
    }
  }
  /** Content fetched early is kept as bytes, and decoded when the app takes it: a quiz link's
   *  copy module reads the banks' bytes as they are (no text decoded and encoded again on the
   *  way to its first paint). */
  function fetchEarly(f) {
    early[f] = fetch(url(f)).then(function (r) { return r.ok ? r.arrayBuffer() : null; })
      .then(function (bytes) { if (bytes != null && early[f]) arrived[f] = bytes; return bytes; }, function () { return null; });
  }
  var utf8 = null;
  function textFrom(bytes) {
    if (bytes == null) return null;
    utf8 = utf8 || new TextDecoder();
    return utf8.decode(bytes);
  }
  // A quiz that starts from its link: its question banks, fetched alongside the module.
  var first = areaOf(location.hash);
  var q = (location.hash.split("?")[1] || "").split("&");
  var banks = [];
  if (first === "quiz") {
    q.forEach(function (kv) {
      var p = kv.split("=");
      if (p[0] !== "topics") return;
      decodeURIComponent(p[1] || "").split(",").forEach(function (t) {
        if (M.topics[t]) banks.push(M.topics[t]);
      });
    });
  }
  var segs = segmentsOf(location.hash);
  // A quiz link that starts its quiz at once (`start=1`) from named topics gets a copy of its
  // first question (below). On a repeat visit the service worker draws it: its banks are then
  // fetched once the copy is painted, so that the worker, which reads them too, serves the copy
  // first (a repeat visit's first question ~30 ms sooner: BENCHMARKS.md, issue 10, tenth pass).
  var quizCopyWanted = first === "quiz" && segs.length === 1 && !!M.areas.quizcopy && banks.length > 0 &&
    /(^|&)start=1(&|$)/.test(location.hash.split("?")[1] || "");
  var copyByWorker = quizCopyWanted && !!(M.sw && navigator.serviceWorker && navigator.serviceWorker.controller);
  /* quiz copy module */
  /** The copy module (scripts/quizcopy.js), fetched and instantiated once: a promise of its
   *  `draw`. It is no area: no glue, and the quiz module never needs it. */
  var copyModule = quizCopyOnce(function () { return fetch(url(M.areas.quizcopy.wasm)); });
  var bankWaits = null;
  /** Starts fetching the quiz's banks (once): a promise of each one's bytes (null if it failed). */
  function fetchBanks() {
    if (!bankWaits) bankWaits = banks.map(function (f) { fetchEarly(f); return early[f]; });
    return bankWaits;
  }
  // The banks first: their bytes reach the page last (the module compiles as its own arrive).
  if (!copyByWorker) fetchBanks();
  if (quizCopyWanted && !copyByWorker) copyModule();
  // An exercise, SQL or design page: its content file too, which the page takes when its module
  // asks for it. Without a static copy (below), the page mounts without waiting for it: its
  // frame paints first.
  var key = segs.length >= 2 && segs[0] + "/" + decodeURIComponent(segs[1]);
  var page = key && M.pages[key];
  if (page) fetchEarly(page);
  // A remembered theme, before the first paint (the app applies it again once loaded), and once
  // this page's first requests have started: a document's first read of localStorage waits on
  // the browser (a median ~4 ms of a first visit, up to ~10).
  try {
    var saved = JSON.parse(localStorage.getItem("backprep") || "null");
    var theme = saved && saved.settings && saved.settings.theme;
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) {}
  // An exercise page opened by a visitor with nothing of it saved: its static copy (built with
  // the page's content; the same first render, checked by an end-to-end test) paints as soon as
  // it arrives. The page then mounts once its content is here too, so that its first render
  // takes the copy's place in one task.
  var copy = page && segs.length === 2 && M.copies[key] && fresh(decodeURIComponent(segs[1])) ? M.copies[key] : null;
  var painted = copy && withinCopyTime(textOf(copy).then(function (html) {
    if (html == null || current) return;
    document.body.insertAdjacentHTML("afterbegin", html);
    return afterLargestPaint();
  }, function () {}));
  // The page mounts once these are here (below), and the quiz's banks.
  var waits = copy ? [early[page]] : [];

  var ready = document.readyState === "loading"
    ? new Promise(function (r) { document.addEventListener("DOMContentLoaded", r); })
    : Promise.resolve();

  // A quiz link that starts its quiz at once (`start=1`, from named topics, whose banks are being
  // fetched above): a small module (src/bin/quizcopy.rs, core/src/copy/quiz.rs) draws its first
  // question with the app's own rules as soon as it and the banks are here, long before the quiz
  // module. The copy works: what the reader does on it (options, Submit, 1–9, Enter, Quit, Esc)
  // is handed to the app, which takes its place (`quizCopy`).
  var quizCarry = null;
  var snapshot = null;
  function darkTheme() {
    var t = document.documentElement.getAttribute("data-theme");
    return t ? t === "dark" : !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  }
  function watchQuizCopy(root) {
    var shown = Date.now(), submitted = false, quit = false;
    var options = function () { return root.querySelectorAll(".options input"); };
    var onKey = function (e) {
      var t = e.target, tag = t && t.tagName;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "Escape") quit = true;
      else if (e.key === "Enter" && tag !== "BUTTON" && tag !== "A") { e.preventDefault(); submitted = true; }
      else if (/^[1-9]$/.test(e.key) && !(tag === "INPUT" && t.type === "text")) {
        var o = options()[e.key - 1];
        if (o) o.click();
      }
    };
    document.addEventListener("keydown", onKey);
    root.addEventListener("click", function (e) {
      var b = e.target.closest && e.target.closest("button");
      if (b && b.closest(".actions")) submitted = true;
      else if (b && b.closest(".quiz-bar")) quit = true;
    });
    snapshot = function () {
      document.removeEventListener("keydown", onKey);
      var chosen = [];
      options().forEach(function (o, i) { if (o.checked) chosen.push(i); });
      var text = root.querySelector(".numeric input");
      return JSON.stringify({ question: root.getAttribute("data-first-question"), shown_ms: shown, chosen: chosen,
        text: text ? text.value : "", submitted: submitted, quit: quit });
    };
  }
  /** The copy's HTML (null: no copy for this link). On a repeat visit the service worker, which
   *  has this release's files at hand, draws it off this thread (scripts/sw-copy.js); else, or
   *  if it cannot, the copy module does it here once it and the banks have arrived. */
  function quizCopyHtml() {
    var here = function () {
      return Promise.all([copyModule(), Promise.all(fetchBanks())]).then(function (r) {
        if (r[1].some(function (t) { return t == null; })) return null;
        return r[0](location.hash, r[1], darkTheme()) || null;
      });
    };
    if (!copyByWorker) return here();
    return new Promise(function (resolve, reject) {
      var channel = new MessageChannel();
      var late = setTimeout(function () { reject(new Error("no answer")); }, 1000);
      channel.port1.onmessage = function (e) {
        clearTimeout(late);
        if (e.data && "html" in e.data) resolve(e.data.html); else reject(new Error(e.data && e.data.error));
      };
      navigator.serviceWorker.controller.postMessage({ type: "QUIZ_COPY", hash: location.hash, dark: darkTheme() }, [channel.port2]);
    }).catch(here);
  }
  var quizCopy = quizCopyWanted &&
    withinCopyTime(Promise.all([quizCopyHtml(), ready]).then(function (r) {
      var html = r[0];
      if (current || !html) return false;
      document.body.insertAdjacentHTML("afterbegin", html);
      watchQuizCopy(document.getElementById("prerender"));
      return afterLargestPaint().then(function () { return true; });
    }).catch(function () { return false; }).then(function (shown) {
      // The banks the worker's copy was drawn from, for the quiz, once the copy is painted: a
      // first fetch costs the main thread several milliseconds.
      fetchBanks();
      return shown;
    }), false);

  // The home page has a static copy (index.html) to paint first, and so may an exercise page
  // or a quiz link (above): its module waits until that copy's largest paint is recorded, so on
  // a slow link nothing shares the bandwidth with what the first paint needs, and is compiled
  // off the main thread. Every other page starts its module at once.
  var copyPainted = first === "home" ? afterLargestPaint() : painted || quizCopy;
  var started = copyPainted
    ? copyPainted.then(function (p) { return load(first, p !== false && (location.hash || "#/")); })
    : load(first);
  // A quiz link mounts once its banks are here too (fetched alongside the module), so its first
  // render already shows the first question.
  // Where a copy is on screen already, the module's first render (the page's longest task) runs
  // in a task of its own, after the one that finished compiling and instantiating the module:
  // two shorter tasks, and input is handled between them.
  ready.then(function () { return started; }).then(function () { return Promise.all(waits.concat(fetchBanks())); })
    .then(function () { return copyPainted && nextTask(); })
    .then(function () { return window.backprep.open(first); })
    .then(function () {
      idle(function () {
        registerServiceWorker();
        // Warm the quiz module (its code, and its question banks parsed) for Start. Its compile
        // worker renders a short quiz over the first topic, whose bank is fetched here for it (the
        // warm-up then takes it from here too): Start's first render finds its code compiled.
        if (first === "home") {
          var topic = Object.keys(M.topics)[0];
          if (topic) fetchEarly(M.topics[topic]);
          load("quiz", topic ? "#/quiz?topics=" + topic + "&n=5&total=300&seed=1&start=1" : true)
            .then(function (m) { return nextTask().then(m.warm); }).catch(function () {});
        }
      });
    }, failed);

  // Offline support: the service worker (sw.js, made by Workbox at build time) precaches this
  // release. A new release waits until the user accepts it, so one page never mixes files of two
  // releases; accepting activates it and reloads.
  function registerServiceWorker() {
    if (!M.sw || !("serviceWorker" in navigator) || location.protocol.indexOf("http") !== 0) return;
    var requested = false;
    navigator.serviceWorker.register("./sw.js").then(function (reg) {
      function offer(worker) {
        if (!navigator.serviceWorker.controller || document.getElementById("update-available")) return;
        var b = document.createElement("button");
        b.id = "update-available";
        b.type = "button";
        b.className = "update-banner";
        b.setAttribute("data-testid", "update-available");
        b.textContent = "Update available — reload";
        b.onclick = function () { requested = true; b.disabled = true; worker.postMessage({ type: "SKIP_WAITING" }); };
        document.body.appendChild(b);
      }
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var w = reg.installing;
        if (w) w.addEventListener("statechange", function () { if (w.state === "installed") offer(w); });
      });
      document.addEventListener("visibilitychange", function () { if (!document.hidden) reg.update().catch(function () {}); });
    }).catch(function (e) { console.warn("offline support unavailable:", e && e.message); });
    navigator.serviceWorker.addEventListener("controllerchange", function () { if (requested) location.reload(); });
  }
})();
