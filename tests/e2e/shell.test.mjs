// The app shell from the release dist/, served under a sub-path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, writeTemp, recordRequests, HomePage, ExercisePage, ROOT, wakeEditor, FRAME } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const topicFiles = fs.readdirSync(path.join(ROOT, "questions")).filter((f) => f.endsWith(".toml"));
const exerciseDirs = fs.readdirSync(path.join(ROOT, "exercises"), { withFileTypes: true }).filter((d) => d.isDirectory());

test("home lists the content, links navigate, nothing errors or leaves the origin", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  const home = await new HomePage(page, env.url).open();
  assert.equal(await home.topics.count(), topicFiles.length, "one link per questions/*.toml");
  // The static home copy painted before WASM started is gone once the app is up.
  assert.match(fs.readFileSync(path.join(ROOT, "dist/index.html"), "utf8"), /id="prerender"/);
  assert.equal(await page.locator("#prerender").count(), 0);
  assert.equal(await home.exercises.count(), exerciseDirs.length, "one link per exercises/<slug>/");
  await screenshot(page, "home-desktop");

  await home.topics.first().click();
  await page.waitForURL(/#\/quiz\/[a-z-]+$/);
  await page.getByRole("heading", { name: "Set up a quiz" }).waitFor();
  await page.goBack();
  await home.exercises.first().click();
  await page.getByTestId("exercise").waitFor();
  await page.goto(env.url + "#/definitely/not/here");
  await page.getByTestId("not-found").waitFor();

  assert.deepEqual(problems.console, [], "no console errors");
  assert.deepEqual(problems.foreign, [], "no request leaves the page's origin");
  await context.close();
});

test("theme follows the system, the toggle overrides it and survives a reload", async () => {
  const context = await env.browser.newContext({ colorScheme: "dark", viewport: { width: 360, height: 780 } });
  const { page, problems } = await guardedPage(context, env.url);
  const home = await new HomePage(page, env.url).open();
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  assert.equal(dark, "rgb(21, 23, 28)", "dark system preference gives the dark theme");
  await home.themeToggle.click();
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  assert.equal(await bg(), "rgb(247, 247, 248)");
  await page.reload();
  await home.root.waitFor();
  assert.equal(await page.getAttribute("html", "data-theme"), "light", "remembered");
  assert.equal(await bg(), "rgb(247, 247, 248)");
  // Phone width: no horizontal scrolling.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than a 360px screen`);
  await screenshot(page, "home-phone-light");
  // Keyboard focus is visible on the toggle.
  await home.themeToggle.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const outline = await home.themeToggle.evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, "none", "focus ring is visible");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the static home copy is the app's first render: same elements, text and boxes, so the swap shifts and repaints nothing larger", async () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
    // Without the modules, the page shows only the copy from index.html.
    const bare = await env.browser.newContext({ viewport, serviceWorkers: "block" });
    const p1 = await bare.newPage();
    await p1.route("**/areas/**", () => {}); // held: no module, and no load error either
    await p1.goto(env.url + "#/");
    await p1.locator("#prerender main h1").waitFor();
    const copy = await p1.evaluate(FRAME, "#prerender");
    await bare.close();
    // The app, for a new visitor.
    const live = await env.browser.newContext({ viewport, serviceWorkers: "block" });
    const p2 = await live.newPage();
    await p2.goto(env.url + "#/");
    await p2.getByTestId("topic-link").first().waitFor();
    assert.equal(await p2.locator("#prerender").count(), 0, "the copy is gone");
    const app = await p2.evaluate(FRAME, ".app-root");
    await live.close();
    assert.ok(copy.length > 40, `the copy has ${copy.length} elements`);
    assert.deepEqual(copy, app, `at ${viewport.width}px`);
  }
});

test("a link to another page never puts the home copy in the page, and the home page still starts from it", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  // Records every home copy attached to the document, from the first parsed node on.
  await context.addInitScript(() => {
    window.__homeCopies = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (n.matches("[data-copy=home]") || n.querySelector("[data-copy=home]"))) window.__homeCopies += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  for (const [hash, ready] of [["#/exercise/binary-search", "exercise"], ["#/quiz?topics=caching&n=5&seed=3&start=1", "quiz-submit"], ["#/data", "export-progress"]]) {
    await page.goto("about:blank"); // a new document each time, not a change of hash
    await page.goto(env.url + hash);
    await page.getByTestId(ready).first().waitFor();
    assert.equal(await page.evaluate(() => window.__homeCopies), 0, `${hash}: the home copy was never in the page`);
    assert.equal(await page.locator("#home-copy").count(), 0, `${hash}: its script is gone too`);
  }
  await page.goto("about:blank");
  await page.goto(env.url + "#/");
  await page.getByTestId("topic-link").first().waitFor();
  assert.equal(await page.evaluate(() => window.__homeCopies), 1, "the home page showed its copy first");
  assert.equal(await page.locator("#home-copy").count(), 0);
  await context.close();
});

test("each exercise's static copy is its page's first render: same elements, text and boxes", async () => {
  for (const dir of exerciseDirs) {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const hash = `#/exercise/${dir.name}`;
      // Without the modules, the page shows only the copy the loader fetched.
      const bare = await env.browser.newContext({ viewport, serviceWorkers: "block" });
      const p1 = await bare.newPage();
      await p1.route("**/areas/**", () => {}); // held: no module, and no load error either
      await p1.goto(env.url + hash);
      await p1.locator("#prerender main h1").waitFor();
      const copy = await p1.evaluate(FRAME, "#prerender");
      await bare.close();
      // The app's first render for a new visitor (the editor waits to be reached for; held back anyway).
      const live = await env.browser.newContext({ viewport, serviceWorkers: "block" });
      const p2 = await live.newPage();
      await p2.route("**/editor/**", () => {});
      await p2.goto(env.url + hash);
      await p2.getByTestId("code-textarea").waitFor();
      assert.equal(await p2.locator("#prerender").count(), 0, "the copy is gone");
      const app = await p2.evaluate(FRAME, ".app-root");
      await live.close();
      assert.ok(copy.length > 40, `${hash}: the copy has ${copy.length} elements`);
      assert.deepEqual(copy, app, `${hash} at ${viewport.width}px`);
    }
  }
});

test("an exercise link paints its copy first and starts its module after that paint; a saved draft skips the copy", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page, problems } = await guardedPage(context, env.url);
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(e.startTime); }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const requests = recordRequests(page);
  await page.goto(env.url + "#/exercise/binary-search");
  const ex = new ExercisePage(page, env.url);
  await page.getByTestId("exercise").waitFor();
  // From the page and its workers (the module, which nobody waits on while the copy is on
  // screen, is compiled in a worker).
  const entries = await requests.timed();
  const copy = entries.filter((e) => /^copy-exercise-binary-search-[0-9a-f]+\.html$/.test(e.file));
  const wasm = entries.find((e) => e.file === "exercise_bg.wasm");
  const lcp = await page.evaluate(() => window.__lcp);
  assert.equal(copy.length, 1, `the copy, once: ${JSON.stringify(entries)}`);
  assert.ok(lcp.length >= 1 && lcp[0] < wasm.start, `largest paint at ${lcp} ms, before the module's request at ${wasm.start} ms`);
  assert.equal(lcp.length, 1, `the module's render paints nothing larger than the copy: ${lcp}`);
  // A draft changes the page's first render (its code): then no copy, the draft at once.
  await wakeEditor(page);
  await ex.load(writeTemp("draft.js", "function search(nums, target) { return 42; }\n"));
  await page.waitForFunction(() => (localStorage.getItem("backprep") || "").includes("return 42"));
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname.split("/").pop()));
  await page.reload();
  await wakeEditor(page);
  assert.ok(!requested.some((f) => f.startsWith("copy-exercise-")), `no copy with a draft: ${requested.join(", ")}`);
  assert.match(await page.locator(".cm-content").textContent(), /return 42/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the home page loads only its own module; each area's module loads when its page opens, once", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page, problems } = await guardedPage(context, env.url);
  const requests = recordRequests(page);
  const modules = () => requests.seen.map((x) => x.path).filter((u) => u.endsWith("_bg.wasm")).map((u) => u.split("/").pop());
  // When the home page became interactive, by the page's own clock (the idle warm-up of the
  // quiz module may start right after, before this test sees the page).
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector("[data-testid=topic-link]")) { window.__ready = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.url + "#/");
  await page.getByTestId("topic-link").first().waitFor();
  const ready = await page.evaluate(() => window.__ready);
  const before = (await requests.timed()).filter((e) => e.start <= ready).map((e) => e.path);
  assert.deepEqual(before.filter((u) => u.endsWith(".wasm")).map((u) => u.split("/").pop()), ["home_bg.wasm"], "before the home page is interactive, only its module");
  assert.ok(!before.some((u) => /editor|runner|content\//.test(u)), `no lazy bundle or content yet: ${before.join(", ")}`);
  const all = requests.seen.map((x) => x.path);
  assert.ok(!all.some((u) => /editor|runner|exercise_bg|data_bg/.test(u)), `nothing of the exercise or data areas: ${all.join(", ")}`);

  await page.getByTestId("exercise-link").first().click();
  await page.getByTestId("exercise").waitFor();
  assert.ok(modules().includes("exercise_bg.wasm"));
  await page.goto(env.url + "#/data");
  await page.getByTestId("export-progress").waitFor();
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await page.getByTestId("exercise-link").first().click();
  await page.getByTestId("exercise").waitFor();
  const counts = {};
  for (const m of modules()) counts[m] = (counts[m] || 0) + 1;
  for (const [m, n] of Object.entries(counts)) assert.equal(n, 1, `${m} fetched ${n} times`);
  assert.equal(await page.locator(".app-root").count(), 1, "one app on the page at a time");
  assert.equal(await page.locator("header.top").count(), 1);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("each area module primes its first-run code as the loader's compile worker runs it: on an instance whose imports throw, it runs through", async () => {
  // core/src/prime.rs: a `prime` that calls into the page (an import) stops there, and the page's
  // first run of the rest is a compile on the main thread again. Nothing else would show it.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("topic-link").first().waitFor();
  const areas = fs.readdirSync(path.join(ROOT, "dist", "areas")).map((d) => [d.replace(/-[0-9a-f]+$/, ""), d]);
  for (const [area, dir] of areas) {
    const r = await page.evaluate(async (u) => {
      const m = await WebAssembly.compileStreaming(fetch(u));
      if (!WebAssembly.Module.exports(m).some((x) => x.name === "prime")) return "no prime";
      const imports = {}, called = [];
      for (const x of WebAssembly.Module.imports(m)) (imports[x.module] ??= {})[x.name] = () => { called.push(x.name); throw new Error(x.name); };
      try { return `prime ${new WebAssembly.Instance(m, imports).exports.prime()}`; } catch (e) { return `threw after calling ${called.join(", ")}: ${e}`; }
    }, `areas/${dir}/${fs.readdirSync(path.join(ROOT, "dist", "areas", dir)).find((f) => f.endsWith(".wasm"))}`);
    // The quiz link's copy module is not an area: it is compiled on the main thread, in time.
    assert.equal(r, area === "quizcopy" ? "no prime" : "prime 1", `${area}: ${r}`);
  }
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the loader's compile worker renders a page with a copy against its stand-in document, through to the end, and leaves the page's storage alone", async () => {
  // scripts/compile-worker.js as the page ships it (the string the inline loader puts in a blob).
  // A render that stopped early (a web API the stand-in lacks) would leave the page's first
  // render compiling on the main thread again, and nothing else would show it.
  // Its top-level names are globals, which minifying keeps: the literal starts `var files=`.
  const html = fs.readFileSync(path.join(ROOT, "dist", "index.html"), "utf8");
  const start = html.indexOf("var files=") - 1;
  assert.ok(start > 0 && `"'\``.includes(html[start]), "the compile worker is in index.html");
  let end = start + 1;
  while (html[end] !== html[start]) end += html[end] === "\\" ? 2 : 1;
  const source = Function(`return ${html.slice(start, end + 1)}`)();
  assert.match(source, /onmessage=/);
  const dirOf = (area) => fs.readdirSync(path.join(ROOT, "dist", "areas")).find((d) => d.startsWith(area + "-"));
  const QUIZ = "#/quiz?topics=time-complexity&n=5&total=300&seed=11&start=1";
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("topic-link").first().waitFor();
  const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  const contentFile = (re) => "content/" + fs.readdirSync(path.join(ROOT, "dist", "content")).find((f) => re.test(f));
  for (const [area, hash, files, expected] of [
    ["home", "#/", [], /Start now/],
    ["exercise", "#/exercise/binary-search", [contentFile(/^exercise-binary-search-[0-9a-f]+\.json$/)], /Binary search/],
    ["quiz", QUIZ, [contentFile(/^topic-time-complexity-[0-9a-f]+\.json$/)], /Question 1 of 5/],
  ]) {
    const dir = dirOf(area);
    const r = await page.evaluate(async ({ source, job }) => {
      const w = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      const messages = [];
      await new Promise((resolve) => {
        w.onmessage = (e) => { messages.push(e.data); if (messages.length === 2) resolve(); };
        w.postMessage({ ...job, wasm: new URL(job.wasm, document.baseURI).href, js: new URL(job.js, document.baseURI).href, href: new URL(job.hash, location.href).href, storage: Object.entries(localStorage) });
        // The content the loader fetched early, as it hands it over.
        for (const f of job.files) fetch(f).then((r) => r.arrayBuffer()).then((bytes) => w.postMessage({ file: f, bytes }));
      });
      w.terminate();
      return { module: messages[0] instanceof WebAssembly.Module, ...messages[1] };
    }, { source, job: { wasm: `areas/${dir}/${area}_bg.wasm`, js: `areas/${dir}/${area}.js`, hash, copy: true, files } });
    assert.equal(r.module, true, `${area}: the module is posted first`);
    assert.equal(r.error, undefined, `${area}: ${r.error}`);
    assert.equal(r.settled, true, `${area}: the render settled by itself`);
    assert.match(r.rendered, expected, `${area} rendered: ${r.rendered}`);
  }
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage))), saved, "the page's storage is untouched");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("an exercise, SQL or design link fetches its content file alongside its module, once, and the page takes it", async () => {
  for (const [hash, file, testid] of [
    ["#/exercise/binary-search", /^exercise-binary-search-[0-9a-f]+\.json$/, "exercise"],
    ["#/sql/sql-top-salaries-per-department/again", /^sql-top-salaries-per-department-[0-9a-f]+\.json$/, "sql-exercise"],
    ["#/design/url-shortener", /^design-url-shortener-[0-9a-f]+\.json$/, "design-page"],
  ]) {
    const context = await env.browser.newContext({ serviceWorkers: "block" });
    const { page, problems } = await guardedPage(context, env.url);
    const requests = recordRequests(page);
    await page.goto(env.url + hash);
    await page.locator("main h1").first().waitFor();
    await page.getByTestId(testid).waitFor();
    const entries = await requests.timed();
    const content = entries.filter((e) => file.test(e.file));
    const wasm = entries.find((e) => e.file.endsWith("_bg.wasm"));
    assert.equal(content.length, 1, `${hash}: its content file once: ${JSON.stringify(entries)}`);
    // Requested by the page's loader with the module, not by the module once it has started.
    assert.ok(content[0].start <= wasm.start + 5, `${hash}: content at ${content[0].start} ms, module at ${wasm.start} ms`);
    assert.deepEqual(problems.console, []);
    await context.close();
  }
});

test("a module that cannot load says so and offers a retry that works", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page } = await guardedPage(context, env.url);
  let offline = true;
  await page.route("**/areas/exercise-*/**", (r) => (offline ? r.abort("internetdisconnected") : r.continue()));
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await page.getByTestId("exercise-link").first().click();
  const failed = page.getByTestId("area-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not load/i);
  assert.match(await failed.textContent(), /offline/i);
  // The home module is still running: its header works.
  assert.equal(await page.locator("header.top").count(), 1);
  offline = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await page.getByTestId("exercise").waitFor();
  await context.close();
});

test("a page opened from another one gets the focus on its heading, also when its content arrives later, unless the reader moved it", async () => {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  // Each case in a new document, with content files coming late: the page renders before its
  // heading exists.
  const openHome = async () => {
    const { page, problems } = await guardedPage(context, env.url);
    await page.route("**/content/*.json", async (r) => { await new Promise((ok) => setTimeout(ok, 600)); await r.continue(); });
    await page.goto(env.url + "#/");
    await page.getByTestId("home").waitFor();
    return { page, problems };
  };
  const focused = (page) => page.evaluate(() => {
    const a = document.activeElement;
    return a && a.matches("main h1") ? `h1 ${a.textContent}` : `${a?.tagName} ${a?.getAttribute("href") ?? ""}`;
  });
  for (const [link, testid] of [["exercise-link", "exercise"], ["sql-link", "sql-exercise"]]) {
    const { page, problems } = await openHome();
    const title = (await page.getByTestId(link).first().locator(".card-title").textContent()).trim();
    await page.getByTestId(link).first().click();
    await page.getByTestId(testid).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches("main h1"), null, { timeout: 2000 }).catch(() => {});
    assert.equal(await focused(page), `h1 ${title}`, `${link}: the new page's heading has the focus`);
    assert.deepEqual(problems.console, []);
    await page.close();
  }
  // The reader tabs to the header while the exercise is loading: the focus stays there.
  const { page } = await openHome();
  await page.getByTestId("exercise-link").first().click();
  // The exercise module is up, and its page says it is loading its content.
  await page.waitForFunction(() => !document.querySelector("[data-testid=area-loading]") && document.querySelector("main p[role=status]"));
  await page.locator("header.top a").first().focus();
  const held = await focused(page);
  assert.doesNotMatch(held, /^h1|BODY/);
  await page.getByTestId("exercise").waitFor();
  await page.waitForTimeout(300);
  assert.equal(await focused(page), held, "a focus the reader moved is left where it is");
  await context.close();
});
