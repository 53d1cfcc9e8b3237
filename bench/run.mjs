// `make bench`: measures the release dist/ in headless Chromium and prints a table (also written
// to bench/results/latest.json). Budgets are printed as pass / over, never asserted.
//   sizes   initial load (what the home page requests until it is interactive) raw / gzip /
//           brotli; what it fetches afterwards when idle (prefetch, service-worker precache);
//           each area's module and the other lazy bundles
//   timing  first quiz question interactive (cache off / on) vs a static HTML baseline of the
//           same question; home → Start → first question painted (cold / warm); next-question
//           paint; Run → results (warm and cold worker)
//   sql     bytes the SQL page loads; SQL worker cold start (new Worker → engine answered);
//           Submit → results on sql-top-salaries-per-department, all datasets, warm and cold
//   design  bytes a design prompt page loads; the simulator's recompute per slider move (the
//           core's simulate, and input → next frame painted); Find the limit → shown
//   memory  JS heap after a 20-question quiz
//   audit   Lighthouse (mobile defaults) on the home, a quiz and an exercise page: performance,
//           LCP, CLS, accessibility, best practices (medians of LH_RUNS runs, default 11: the
//           issue's "medians of ≥ 11 runs"; Lighthouse moves by several points run to run here)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import lighthouse from "lighthouse";
import { launch, answerKey, launchForLighthouse, recordRequests, ExercisePage, SqlPage, ROOT, SUB_PATH } from "../tests/e2e/support.mjs";
import { startServer } from "../tests/e2e/serve.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 11);
const LH_RUNS = Number(process.env.LH_RUNS || 11);
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "bench", "results");
const QUERY = "topics=time-complexity&n=20&total=900&seed=2026";

const step = (what) => console.error(`bench: ${what}`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);
const sizes = (buf) => ({ raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, brotli: zlib.brotliCompressSync(buf).length });
const sum = (list) => list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Records when the home page is interactive: the app's topic links are in the DOM. */
const MARK_HOME_READY = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector("[data-testid=topic-link]")) {
      window.__homeReady = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Records when the first quiz option is in the DOM and enabled (relative to navigation start):
 * the app's or, first, a quiz link's copy of its first question (core/src/copy/quiz.rs), which
 * works (what is chosen or submitted on it is handed to the app). `__appQuestion`: the app's own. */
const OBSERVE_FIRST_QUESTION = () => {
  const check = () => {
    const o = document.querySelector(".question .option input");
    if (o && !o.disabled && window.__firstQuestion === undefined) window.__firstQuestion = performance.now();
    const a = document.querySelector("[data-testid=quiz-option] input");
    if (a && !a.disabled && window.__appQuestion === undefined) window.__appQuestion = performance.now();
    return window.__firstQuestion !== undefined && (window.__appQuestion !== undefined || !document.querySelector("script"));
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
};

/** Clicks the button `id` (default `run-tests`: Submit, every test) and resolves with the
 * milliseconds until `run-tests`, disabled while running (and shrinking), is enabled again with a
 * summary shown and painted. */
const TIME_RUN_TESTS = (id = "run-tests") => new Promise((resolve) => {
  const button = document.querySelector("[data-testid=run-tests]");
  let busy = false;
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    if (button.disabled) busy = true;
    else if (busy && document.querySelector("[data-testid=run-summary]")) {
      obs.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }
  });
  obs.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
  document.querySelector(`[data-testid=${id}]`).click();
});

async function main() {
  if (!fs.existsSync(path.join(DIST, "index.html"))) throw new Error("build first: make dist");
  fs.mkdirSync(OUT, { recursive: true });
  const env = await launch();
  const results = { date: new Date().toISOString(), runs: RUNS, sizes: {}, timings: {}, memory: {}, budgets: [] };

  step("sizes");
  // --- Sizes: what a first visit to the home page requests before it is interactive (the home
  // page's content in the DOM), and what it requests afterwards, when idle (the warmed quiz
  // module; the service worker's precache, reported below).
  const fileOf = (u) => decodeURIComponent(new URL(u).pathname.slice(SUB_PATH.length)) || "index.html";
  const sized = (f) => ({ file: f, ...sizes(fs.readFileSync(path.join(DIST, f))) });
  {
    const ctx = await env.browser.newContext({ serviceWorkers: "block" });
    await ctx.addInitScript(MARK_HOME_READY);
    const page = await ctx.newPage();
    const requests = recordRequests(page);
    await page.goto(env.url + "#/");
    await page.getByTestId("topic-link").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500);
    // Split by when each request started, in the page's own clock: before or after the home
    // page was interactive (index.html, the navigation itself, is always before). Requests of
    // the page's workers count too (modules nobody waits on are compiled in a worker), so
    // they come from the browser's request events, not the page's resource timing.
    const ready = await page.evaluate(() => window.__homeReady);
    const entries = (await requests.timed()).filter((e) => e.path.startsWith(SUB_PATH) && e.path !== SUB_PATH).map((e) => ({ file: e.path.slice(SUB_PATH.length), start: e.start }));
    const uniq = (xs) => [...new Set(xs)];
    const before = ["index.html", ...entries.filter((e) => e.start <= ready).map((e) => e.file)];
    results.sizes.initial = { files: uniq(before).map(sized), home_interactive_ms: ready };
    results.sizes.initial.total = sum(results.sizes.initial.files);
    results.sizes.idle = { files: uniq(entries.filter((e) => e.start > ready).map((e) => e.file)).map(sized) };
    results.sizes.idle.total = sum(results.sizes.idle.files);
    const editorFiles = fs.readdirSync(path.join(DIST, "editor"));
    results.sizes.editor = sum(editorFiles.filter((f) => f === "javascript.js" || f.startsWith("codemirror-")).map((f) => sized("editor/" + f)));
    results.sizes.worker = sized("runner/worker.js");
    const content = fs.readdirSync(path.join(DIST, "content")).map((f) => sized("content/" + f));
    results.sizes.content = { files: content.length, total: sum(content) };
    results.sizes.areas = {};
    if (fs.existsSync(path.join(DIST, "areas"))) {
      for (const d of fs.readdirSync(path.join(DIST, "areas"))) {
        const name = d.replace(/-[0-9a-f]+$/, "");
        // An area's glue and WebAssembly; the quiz copy module's WebAssembly alone.
        results.sizes.areas[name] = sum(fs.readdirSync(path.join(DIST, "areas", d)).filter((f) => /\.(js|wasm)$/.test(f)).map((f) => sized(`areas/${d}/${f}`)));
      }
    } else {
      // A build from before the split into areas (to measure "before" with this same bench).
      const one = fs.readdirSync(DIST).filter((f) => f.endsWith(".wasm") || (f.endsWith(".js") && f !== "sw.js"));
      results.sizes.areas["(the one module)"] = sum(one.map(sized));
    }
    await ctx.close();
  }

  step("service worker");
  // --- The service worker's precache: when it starts relative to the page being interactive,
  // and what it fetches.
  {
    const ctx = await env.browser.newContext();
    await ctx.addInitScript(MARK_HOME_READY);
    const page = await ctx.newPage();
    const sw = [];
    ctx.on("request", (r) => { if (r.serviceWorker()) sw.push({ file: fileOf(r.url()), at: Date.now() }); });
    await page.goto(env.url + "#/");
    await page.getByTestId("topic-link").first().waitFor();
    // Both in wall-clock milliseconds relative to the page's time origin.
    const { origin, ready } = await page.evaluate(() => ({ origin: performance.timeOrigin, ready: window.__homeReady }));
    const readyAt = Math.round(ready);
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    // Both relative to the page's time origin (the precache may start after the lines above).
    for (const x of sw) x.at -= origin;
    const files = [...new Set(sw.map((x) => x.file))].filter((f) => fs.existsSync(path.join(DIST, f)));
    results.sizes.precache = { files: files.length, total: sum(files.map(sized)), first_request_ms: Math.round(Math.min(...sw.map((x) => x.at))), home_interactive_ms: readyAt };
    await ctx.close();
  }

  step("baseline");
  // --- The static baseline: the same first question as plain HTML with the same stylesheet.
  const key = answerKey(QUERY);
  const topicFile = fs.readdirSync(path.join(DIST, "content")).find((f) => f.startsWith("topic-time-complexity-"));
  const topic = JSON.parse(fs.readFileSync(path.join(DIST, "content", topicFile), "utf8"));
  const q = topic.questions.find((x) => x.id === key[0].id);
  const opts = q.answer.options ?? [{ html: "True" }, { html: "False" }];
  const css = fs.readdirSync(DIST).find((f) => f.endsWith(".css"));
  const baseDir = fs.mkdtempSync(path.join(OUT, "baseline-"));
  fs.copyFileSync(path.join(DIST, css), path.join(baseDir, css));
  fs.writeFileSync(path.join(baseDir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title><link rel="stylesheet" href="${css}"></head>
<body><main><article class="question"><div class="prose prompt">${q.prompt_html}</div><fieldset class="options"><legend>Choose one</legend>
${opts.map((o, i) => `<label class="option" data-testid="quiz-option"><input type="radio" name="answer"> <span class="option-body">${o.html}</span></label>`).join("\n")}
</fieldset><button class="primary" type="button">Submit</button></article></main></body></html>`);
  const baseServer = await startServer({ root: baseDir, prefix: "/baseline/" });

  // App and baseline loads alternate, so that a slower minute of this machine weighs on both.
  const firstQuestion = async (urls, cached) => {
    const xs = urls.map(() => []), apps = urls.map(() => []);
    let served = 0;
    const ctxs = [];
    for (const url of urls) {
      const ctx = cached ? await env.browser.newContext() : null;
      if (ctx) {
        await ctx.addInitScript(OBSERVE_FIRST_QUESTION);
        const p = await ctx.newPage();
        await p.goto(url); // warm: HTTP cache and (for the app) the service worker
        await p.waitForFunction(() => window.__firstQuestion !== undefined);
        await p.waitForTimeout(1500);
        // A repeat visit finds the service worker active: the app's warm-up waits until it has
        // precached the release (which may take longer than 1.5 s here), as a reader's return
        // visit would. Before, the first visits of a series could miss it.
        if (url === urls[0]) await p.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 30_000))]));
        await p.close();
      }
      ctxs.push(ctx);
    }
    for (let i = 0; i < RUNS; i++) {
      for (const [k, url] of urls.entries()) {
        const c = ctxs[k] ?? (await env.browser.newContext());
        if (!ctxs[k]) await c.addInitScript(OBSERVE_FIRST_QUESTION);
        const p = await c.newPage();
        await p.goto(url);
        await p.waitForFunction(() => window.__firstQuestion !== undefined, null, { timeout: 20_000 });
        if (k === 0) await p.waitForFunction(() => window.__appQuestion !== undefined, null, { timeout: 20_000 });
        const [first, app, sw] = await p.evaluate(() => [window.__firstQuestion, window.__appQuestion, !!(navigator.serviceWorker && navigator.serviceWorker.controller)]);
        xs[k].push(first);
        apps[k].push(app);
        if (k === 0 && sw) served += 1;
        await p.close();
        if (!ctxs[k]) await c.close();
      }
    }
    for (const ctx of ctxs) if (ctx) await ctx.close();
    return { first: xs.map(median), app: median(apps[0]), served };
  };
  const appUrl = `${env.url}#/quiz?${QUERY}&start=1`;
  for (const cached of [false, true]) {
    const label = cached ? "cache_on" : "cache_off";
    const { first: [app, base], app: own, served } = await firstQuestion([appUrl, baseServer.url], cached);
    results.timings[`first_question_${label}`] = { app_ms: app, baseline_ms: base, ratio: app / base, app_render_ms: own, service_worker_runs: served, runs: RUNS };
    step(`first question ${label}: ${app.toFixed(0)} vs ${base.toFixed(0)} ms (the app's own render: ${own.toFixed(0)} ms; served by the service worker: ${served}/${RUNS})`);
  }

  step("start from home");
  // --- Home → click the first "Start now" preset (a mixed quiz over every topic) → first
  // question painted. Cold: a first visit (no HTTP cache, no service worker); warm: a repeat
  // visit (HTTP cache and service worker). Both click 1.5 s after the home page is interactive,
  // as a person would: by then the idle-time warm-up (quiz module, question banks) has run.
  for (const warm of [false, true]) {
    const xs = [];
    const ctx = warm ? await env.browser.newContext() : null;
    if (ctx) {
      const p = await ctx.newPage();
      await p.goto(env.url + "#/");
      await p.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30_000 });
      await p.waitForTimeout(500);
      await p.close();
    }
    for (let i = 0; i < RUNS; i++) {
      const c = ctx ?? (await env.browser.newContext({ serviceWorkers: "block" }));
      const p = await c.newPage();
      await p.goto(env.url + "#/");
      await p.locator("[data-testid=home] .quick button.primary").first().waitFor();
      await p.waitForTimeout(1500);
      xs.push(await p.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          const o = document.querySelector("[data-testid=quiz-option] input, [data-testid=quiz-numeric]");
          if (o && !o.disabled) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
        document.querySelector("[data-testid=home] .quick button.primary").click();
      })));
      await p.close();
      if (!ctx) await c.close();
    }
    if (ctx) await ctx.close();
    results.timings[`start_to_question_${warm ? "warm" : "cold"}_ms`] = { median: median(xs), max: Math.max(...xs) };
    step(`start → question ${warm ? "warm" : "cold"}: ${median(xs).toFixed(0)} ms`);
  }

  step("quiz paints");
  // --- Answer → next question painted; heap after a 20-question quiz.
  {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(appUrl);
    await page.getByTestId("quiz-submit").waitFor();
    const paints = [];
    const choose = [];
    for (let i = 0; i < key.length; i++) {
      if (key[i].kind === "numeric") await page.getByTestId("quiz-numeric").fill(String(key[i].answer));
      else choose.push(await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector("[data-testid=quiz-option]").click();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const check = () => document.querySelector("[data-testid=quiz-option].chosen, [data-testid=quiz-option] input:checked") ? done() : setTimeout(check, 0);
        check();
      })));
      await page.getByTestId("quiz-submit").click();
      await page.getByTestId("confidence-2").click();
      await page.getByTestId("quiz-next").waitFor();
      if (i + 1 === key.length) break;
      paints.push(await page.evaluate(() => new Promise((resolve) => {
        const progress = document.querySelector(".progress").textContent;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (document.querySelector(".progress").textContent !== progress && document.querySelector("[data-testid=quiz-submit]")) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        document.querySelector("[data-testid=quiz-next]").click();
      })));
    }
    results.timings.next_question_paint_ms = { median: median(paints), max: Math.max(...paints), samples: paints.length };
    results.timings.choose_option_paint_ms = { median: median(choose), max: Math.max(...choose), samples: choose.length };
    await page.getByTestId("quiz-next").click();
    await page.getByTestId("quiz-result-score").waitFor();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    results.memory.js_heap_after_20_questions = { used: heap.usedSize, total: heap.totalSize };
    await ctx.close();
  }

  step("runs");
  // --- Run (the visible examples) and Submit (every test: authored, 16 random, 7 growth probes
  // up to 32,768 elements) → results for binary-search, warm and cold worker.
  for (const mode of ["warm", "cold"]) {
    // The runner, not the service worker's precache running alongside, is what is measured.
    const ctx = await env.browser.newContext({ serviceWorkers: "block" });
    const page = await ctx.newPage();
    const ex = await new ExercisePage(page, env.url).open(`binary-search${mode === "cold" ? "?runner=cold" : ""}`);
    await ex.load(path.join(ROOT, "exercises/binary-search/solution.js"));
    await page.waitForTimeout(300); // the spare worker (warm mode) has started
    for (const [key, id] of [["run", "run-visible"], ["submit", "run-tests"]]) {
      const xs = [];
      for (let i = 0; i < RUNS; i++) {
        xs.push(await page.evaluate(TIME_RUN_TESTS, id));
        await page.waitForTimeout(mode === "warm" ? 300 : 50);
      }
      results.timings[`${key}_${mode}_ms`] = { median: median(xs), max: Math.max(...xs) };
    }
    await ctx.close();
  }
  // --- Submit → the smallest failing input: a binary search that gives up on arrays of 1,000
  // elements or more, shrunk (reference and user code in two workers per round) to exactly 1,000.
  {
    const ctx = await env.browser.newContext({ serviceWorkers: "block" });
    const page = await ctx.newPage();
    const ex = await new ExercisePage(page, env.url).open("binary-search");
    const dir = fs.mkdtempSync(path.join(OUT, "planted-"));
    const file = path.join(dir, "planted.js");
    fs.writeFileSync(file, "function search(nums, target) {\n  if (nums.length >= 1000) return -2;\n  let lo = 0, hi = nums.length - 1;\n  while (lo <= hi) {\n    const mid = (lo + hi) >> 1;\n    if (nums[mid] === target) return mid;\n    if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;\n  }\n  return -1;\n}\n");
    await ex.load(file);
    await page.waitForTimeout(300);
    const xs = [], tried = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      xs.push(await page.evaluate(TIME_RUN_TESTS, "run-tests"));
      const note = await page.locator("[data-testid=shrinking]").textContent();
      tried.push(Number(/after trying (\d+)/.exec(note)?.[1] ?? NaN));
      const shrunk = JSON.parse(await page.getByTestId("shrunk-input").textContent());
      if (shrunk[0].length !== 1000) throw new Error(`shrunk to ${shrunk[0].length} elements, not 1000`);
      await page.waitForTimeout(300);
    }
    results.timings.shrink_ms = { median: median(xs), max: Math.max(...xs), candidates: median(tried) };
    fs.rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  }
  await baseServer.close();

  step("sql");
  // --- The SQL round: what its page loads, the worker's cold start, Submit → results.
  {
    const SQL_SLUG = "sql-top-salaries-per-department";
    const ctx = await env.browser.newContext({ serviceWorkers: "block" });
    const page = await ctx.newPage();
    const loaded = new Set();
    ctx.on("requestfinished", (r) => loaded.add(fileOf(r.url())));
    const sq = await new SqlPage(page, env.url).open(SQL_SLUG);
    // The engine has loaded when a Run returns rows.
    await sq.click(sq.run);
    await page.getByTestId("sql-result-grid").or(page.getByTestId("sql-error")).first().waitFor();
    const files = [...loaded].filter((f) => f && fs.existsSync(path.join(DIST, f)) && !fs.statSync(path.join(DIST, f)).isDirectory());
    results.sizes.sql_page = { files: files.map(sized), total: sum(files.map(sized)) };
    // Cold start of the worker alone, with the HTTP cache warm: new Worker → first reply.
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(await page.evaluate(() => new Promise((resolve, reject) => {
        const t0 = performance.now();
        const w = new Worker(new URL("runner/sql-worker.js", document.baseURI));
        w.onmessage = (e) => { if (JSON.parse(e.data).outcomes) { w.terminate(); resolve(performance.now() - t0); } };
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage(JSON.stringify({ schema: "CREATE TABLE t (x INTEGER);", tables: [], jobs: [{ sql: "SELECT 1", reads: [], max_rows: 10 }] }));
      })));
    }
    results.timings.sql_worker_cold_ms = { median: median(cold), max: Math.max(...cold) };
    await ctx.close();
    for (const mode of ["warm", "cold"]) {
      const ctx = await env.browser.newContext({ serviceWorkers: "block" });
      const page = await ctx.newPage();
      const sq = await new SqlPage(page, env.url).open(SQL_SLUG, mode === "cold" ? "?engine=cold" : "");
      await sq.load(path.join(ROOT, `sql/${SQL_SLUG}/solution.sql`));
      await page.waitForTimeout(1500); // warm: the engine has loaded
      const xs = [];
      for (let i = 0; i < RUNS; i++) {
        xs.push(await page.evaluate(TIME_RUN_TESTS));
        const summary = await sq.summary.textContent();
        if (!summary.startsWith("5 passed")) throw new Error(`bench: the reference did not pass: ${summary}`);
        await page.waitForTimeout(mode === "warm" ? 200 : 50);
      }
      results.timings[`sql_submit_${mode}_ms`] = { median: median(xs), max: Math.max(...xs) };
      await ctx.close();
    }
  }

  step("design");
  // --- The design round: what a prompt page loads; the simulator's recompute on every slider
  // move (the core's `simulate` alone, and input → next frame painted); "find the limit".
  {
    const ctx = await env.browser.newContext({ serviceWorkers: "block" });
    const page = await ctx.newPage();
    const loaded = new Set();
    ctx.on("requestfinished", (r) => loaded.add(fileOf(r.url())));
    await page.goto(env.url + "#/design/url-shortener");
    await page.getByTestId("design-prompt").waitFor();
    const files = [...loaded].filter((f) => f && fs.existsSync(path.join(DIST, f)) && !fs.statSync(path.join(DIST, f)).isDirectory());
    results.sizes.design_page = { files: files.map(sized), total: sum(files.map(sized)) };
    await page.goto(env.url + "#/simulator");
    await page.getByTestId("sim-bottleneck").waitFor();
    const compute = [], painted = [];
    for (let i = 0; i < RUNS * 3; i++) {
      const r = await page.evaluate((pos) => new Promise((resolve) => {
        const el = document.querySelector('input[aria-label="Requests per second (slider)"]');
        const out = document.querySelector("[data-testid=sim-results]");
        const t0 = performance.now();
        el.value = String(pos);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, compute: Number(out.getAttribute("data-compute-ms")) }), 0));
      }), 380 + (i % 2) * 40);
      compute.push(r.compute);
      painted.push(r.ms);
    }
    results.timings.sim_recompute_ms = { median: median(compute), max: Math.max(...compute), samples: compute.length };
    results.timings.sim_slide_to_paint_ms = { median: median(painted), max: Math.max(...painted) };
    const limits = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByTestId("sim-rps").fill(String(3000 + i));
      const t0 = Date.now();
      await page.getByTestId("sim-find-limit").click();
      await page.getByTestId("sim-limit-rps").waitFor();
      limits.push(Date.now() - t0);
    }
    results.timings.sim_find_limit_ms = { median: median(limits), max: Math.max(...limits) };
    await ctx.close();
  }

  step("lighthouse");
  // --- Lighthouse, mobile defaults (simulated slow 4G, 4× CPU slowdown), on three pages.
  results.lighthouse = {};
  const pages = { home: "#/", quiz: `#/quiz?${QUERY}&start=1`, exercise: "#/exercise/binary-search" };
  for (const [name, hash] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i++) {
      const chrome = await launchForLighthouse();
      try {
        const { lhr } = await lighthouse(env.url + hash, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"] });
        runs.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          best_practices: Math.round(lhr.categories["best-practices"].score * 100),
          fcp_ms: lhr.audits["first-contentful-paint"].numericValue,
          lcp_ms: lhr.audits["largest-contentful-paint"].numericValue,
          tbt_ms: lhr.audits["total-blocking-time"].numericValue,
          cls: lhr.audits["cumulative-layout-shift"].numericValue,
          lcp_element: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
        });
      } finally {
        await chrome.kill();
      }
    }
    const m = (k) => median(runs.map((r) => r[k]));
    results.lighthouse[name] = { runs, performance: m("performance"), accessibility: m("accessibility"), best_practices: m("best_practices"), fcp_ms: m("fcp_ms"), lcp_ms: m("lcp_ms"), tbt_ms: m("tbt_ms"), cls: m("cls"), lcp_element: runs[0].lcp_element };
    step(`lighthouse ${name}: ${results.lighthouse[name].performance} (LCP ${results.lighthouse[name].lcp_ms.toFixed(0)} ms)`);
  }
  await env.close();
  fs.rmSync(baseDir, { recursive: true, force: true });

  // --- Budgets and the table.
  const t = results.timings, s = results.sizes;
  const budget = (name, value, limit, unit) => results.budgets.push({ name, value, limit, unit, pass: value <= limit });
  budget("home initial load until interactive, gzip", s.initial.total.gzip / 1024, 180, "KB");
  budget("first question vs static baseline (cache off)", t.first_question_cache_off.ratio, 2.5, "×");
  budget("first question vs static baseline (cache on)", t.first_question_cache_on.ratio, 2, "×");
  budget("Start → first question, cold (median)", t.start_to_question_cold_ms.median, 100, "ms");
  budget("Start → first question, warm (median)", t.start_to_question_warm_ms.median, 50, "ms");
  budget("service worker precache starts after the home page is interactive (ms before it)", s.precache.home_interactive_ms - s.precache.first_request_ms, 0, "ms");
  budget("next-question paint (median)", t.next_question_paint_ms.median, 16, "ms");
  budget("Run → results, warm (median)", t.run_warm_ms.median, 50, "ms");
  budget("Run → results, cold (median)", t.run_cold_ms.median, 200, "ms");
  budget("Submit → results, warm (median)", t.submit_warm_ms.median, 200, "ms");
  budget("Submit → smallest failing input (median)", t.shrink_ms.median, 3000, "ms");
  budget("SQL Submit → results, warm (median)", t.sql_submit_warm_ms.median, 150, "ms");
  budget("simulator recompute, default topology (median)", t.sim_recompute_ms.median, 16, "ms");
  budget("SQL Submit → results, cold (median)", t.sql_submit_cold_ms.median, 400, "ms");
  for (const [name, l] of Object.entries(results.lighthouse)) {
    budget(`Lighthouse ${name}: performance`, 100 - l.performance, 5, "points below 100");
    budget(`Lighthouse ${name}: LCP`, l.lcp_ms, 2500, "ms");
    budget(`Lighthouse ${name}: CLS`, l.cls, 0.01, "");
    budget(`Lighthouse ${name}: accessibility`, 100 - l.accessibility, 0, "points below 100");
    budget(`Lighthouse ${name}: best practices`, 100 - l.best_practices, 0, "points below 100");
  }
  fs.writeFileSync(path.join(OUT, "latest.json"), JSON.stringify(results, null, 2));

  const size3 = (x) => `${kb(x.raw)} KB raw · ${kb(x.gzip)} KB gzip · ${kb(x.brotli)} KB br`;
  const rows = [
    ["home: initial load until interactive (" + s.initial.files.length + " files)", size3(s.initial.total)],
    ...s.initial.files.map((f) => ["  " + f.file, `${kb(f.raw)} · ${kb(f.gzip)} · ${kb(f.brotli)} KB`]),
    ["home: fetched when idle, after interactive (" + s.idle.files.length + " files)", size3(s.idle.total)],
    ...s.idle.files.map((f) => ["  " + f.file, `${kb(f.raw)} · ${kb(f.gzip)} · ${kb(f.brotli)} KB`]),
    [`service worker precache (${s.precache.files} files)`, `${size3(s.precache.total)}; first request ${s.precache.first_request_ms} ms, home interactive ${s.precache.home_interactive_ms} ms`],
    ...Object.entries(s.areas).map(([a, x]) => [`area module: ${a} (js + wasm)`, size3(x)]),
    ["editor bundle (lazy)", size3(s.editor)],
    ["runner worker (lazy)", size3(s.worker)],
    [`SQL page: everything it loads (${s.sql_page.files.length} files)`, size3(s.sql_page.total)],
    ...s.sql_page.files.map((f) => ["  " + f.file, `${kb(f.raw)} · ${kb(f.gzip)} · ${kb(f.brotli)} KB`]),
    [`content files (${s.content.files}, lazy)`, `${kb(s.content.total.raw)} KB raw · ${kb(s.content.total.gzip)} KB gzip`],
    ["first question, cache off", `${t.first_question_cache_off.app_ms.toFixed(0)} ms (baseline ${t.first_question_cache_off.baseline_ms.toFixed(0)} ms, ${t.first_question_cache_off.ratio.toFixed(2)}×)`],
    ["first question, cache on", `${t.first_question_cache_on.app_ms.toFixed(0)} ms (baseline ${t.first_question_cache_on.baseline_ms.toFixed(0)} ms, ${t.first_question_cache_on.ratio.toFixed(2)}×; ${t.first_question_cache_on.service_worker_runs}/${t.first_question_cache_on.runs} runs served by the service worker)`],
    ["the quiz module's own first question, cache off / on", `${t.first_question_cache_off.app_render_ms.toFixed(0)} / ${t.first_question_cache_on.app_render_ms.toFixed(0)} ms (after the copy: it takes the copy's place)`],
    ["home → Start → first question, cold", `${t.start_to_question_cold_ms.median.toFixed(1)} ms median, ${t.start_to_question_cold_ms.max.toFixed(1)} max`],
    ["home → Start → first question, warm", `${t.start_to_question_warm_ms.median.toFixed(1)} ms median, ${t.start_to_question_warm_ms.max.toFixed(1)} max`],
    ["choose option → painted", `${t.choose_option_paint_ms.median.toFixed(1)} ms median, ${t.choose_option_paint_ms.max.toFixed(1)} max`],
    ["next question → painted", `${t.next_question_paint_ms.median.toFixed(1)} ms median, ${t.next_question_paint_ms.max.toFixed(1)} max`],
    ["Run → results, warm worker", `${t.run_warm_ms.median.toFixed(1)} ms median, ${t.run_warm_ms.max.toFixed(1)} max`],
    ["Run → results, cold worker", `${t.run_cold_ms.median.toFixed(1)} ms median, ${t.run_cold_ms.max.toFixed(1)} max`],
    ["Submit → results, warm worker", `${t.submit_warm_ms.median.toFixed(1)} ms median, ${t.submit_warm_ms.max.toFixed(1)} max`],
    ["Submit → results, cold worker", `${t.submit_cold_ms.median.toFixed(1)} ms median, ${t.submit_cold_ms.max.toFixed(1)} max`],
    ["Submit → smallest failing input (planted bug, 30k → 1,000)", `${t.shrink_ms.median.toFixed(0)} ms median, ${t.shrink_ms.max.toFixed(0)} max, ${t.shrink_ms.candidates} candidates`],
    ["SQL worker cold start (new Worker → reply)", `${t.sql_worker_cold_ms.median.toFixed(1)} ms median, ${t.sql_worker_cold_ms.max.toFixed(1)} max`],
    ["SQL Submit → results (5 datasets), warm", `${t.sql_submit_warm_ms.median.toFixed(1)} ms median, ${t.sql_submit_warm_ms.max.toFixed(1)} max`],
    ["SQL Submit → results (5 datasets), cold", `${t.sql_submit_cold_ms.median.toFixed(1)} ms median, ${t.sql_submit_cold_ms.max.toFixed(1)} max`],
    [`design prompt page: everything it loads (${s.design_page.files.length} files)`, size3(s.design_page.total)],
    ...s.design_page.files.map((f) => ["  " + f.file, `${kb(f.raw)} · ${kb(f.gzip)} · ${kb(f.brotli)} KB`]),
    ["simulator recompute (simulate, default topology)", `${t.sim_recompute_ms.median.toFixed(2)} ms median, ${t.sim_recompute_ms.max.toFixed(2)} max (${t.sim_recompute_ms.samples} slider moves)`],
    ["simulator slider move → next frame painted", `${t.sim_slide_to_paint_ms.median.toFixed(1)} ms median, ${t.sim_slide_to_paint_ms.max.toFixed(1)} max`],
    ["simulator Find the limit → shown", `${t.sim_find_limit_ms.median.toFixed(0)} ms median, ${t.sim_find_limit_ms.max.toFixed(0)} max`],
    ["JS heap after 20 questions", `${kb(results.memory.js_heap_after_20_questions.used)} KB used`],
    ...Object.entries(results.lighthouse).map(([n, l]) => [`Lighthouse ${n} (median of ${LH_RUNS})`, `perf ${l.performance}, a11y ${l.accessibility}, best practices ${l.best_practices}; FCP ${l.fcp_ms.toFixed(0)} ms, LCP ${l.lcp_ms.toFixed(0)} ms, TBT ${l.tbt_ms.toFixed(0)} ms, CLS ${l.cls.toFixed(3)}`]),
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nbackprep benchmark (${RUNS} runs each, medians)\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log("\nbudgets");
  for (const b of results.budgets) console.log(`${(b.pass ? "pass" : "OVER").padEnd(5)} ${b.name}: ${b.value.toFixed(2)} ${b.unit} (≤ ${b.limit})`);
  console.log(`\nwritten to ${path.relative(ROOT, path.join(OUT, "latest.json"))}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
